#!/usr/bin/env bash
# Corpus-scale benchmarks, whole processes, each side by side in one run (see bench/RESULTS.md for figures):
#   1. extract over the corpus (one paragraph a line, all cores) vs HanLP's perceptron NER alone (single thread),
#      both whole processes on the same text; HanLP decoding as it ships, and (to show the pipeline's own cost)
#      with tupu's factored decoding;
#   2. build over the corpus: chars/s, docs/s, triples/s, peak RSS, heap (largest live heap after a collection,
#      largest committed; and the whole build again with -Xmx1g); its write path alone vs Jena's tdb2.tdbloader
#      on the same triples (N-Triples export) and the same quads (N-Quads export);
#   3. /sparql of tupu vs a standalone Fuseki (jena-fuseki-server 5.6.0) on copies of the same TDB2 store, the same
#      query mix, 16 clients;
#   4. REST entity lookups at 1, 16 and 64 clients, with the JDK HTTP client and with plain sockets;
#   5. startup time of serve on the existing store, and memory at rest.
# Needs ../shared/data/corpus/pku98-199801.txt (or CORPUS=...), Maven (fetches the two Jena jars), curl, python3.
# Usage, from the repository's root: bench/corpus.sh [seconds per load run=20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
corpus_source=${CORPUS:-../shared/data/corpus/pku98-199801.txt}
work=bench/work
mkdir -p "$work/lib"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
[ -f target/tupu.jar ] || mvn -B -q package -DskipTests
tupu="java -jar target/tupu.jar"
for a in jena-fuseki-server jena-cmds; do
  [ -f "$work/lib/$a-5.6.0.jar" ] || mvn -B -q dependency:copy -Dartifact="org.apache.jena:$a:5.6.0" -DoutputDirectory="$work/lib"
done
[ -f bench/corpus/paragraphs.txt ] || $tupu corpus --corpus "$corpus_source" --out bench/corpus
chars=$(python3 -c 'import sys; print(sum(len(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")))' bench/corpus/paragraphs.txt)
docs=$(find bench/corpus/articles -name '*.txt' | wc -l)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | sed -n 1p); $(date -u +%F)"
echo "corpus: $docs documents, $chars characters"
timed() { /usr/bin/time -f "%e %M" -o "$work/time" "$@"; read -r wall rss < "$work/time"; }
rate() { python3 -c "print(f'{$1/$2:,.0f}')"; }
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }

echo; echo "== 1. extract, whole process, on bench/corpus/paragraphs.txt"
timed $tupu bench --input bench/corpus/paragraphs.txt --only hanlp --rounds 1 --warmup 0 > /dev/null
hanlp_wall=$wall
timed $tupu bench --input bench/corpus/paragraphs.txt --only hanlp-factored --rounds 1 --warmup 0 > /dev/null
factored_wall=$wall
timed $tupu extract < bench/corpus/paragraphs.txt > "$work/extract.jsonl"
echo "tupu extract ($(nproc) threads):       $wall s, $(rate "$chars" "$wall") chars/s, peak RSS $((rss/1024)) MB"
echo "HanLP perceptron NER (1 thread): $hanlp_wall s, $(rate "$chars" "$hanlp_wall") chars/s (model loading included)"
echo "the same, tupu's decoding (1 thread): $factored_wall s, $(rate "$chars" "$factored_wall") chars/s"
echo "ratio tupu/HanLP: $(ratio "$hanlp_wall" "$wall"); tupu/HanLP with tupu's decoding: $(ratio "$factored_wall" "$wall")"

echo; echo "== 2. build, whole process"
rm -rf "$work/store" "$work/store-1g"
timed java -Xlog:gc:file="$work/gc.log" -jar target/tupu.jar build --input bench/corpus/articles --store "$work/store" > "$work/build.log"
grep -E "built|chars/s" "$work/build.log"
echo "wall $wall s: $(rate "$chars" "$wall") chars/s, peak RSS $((rss/1024)) MB; vs HanLP alone (whole process): $(ratio "$hanlp_wall" "$wall")"
python3 - "$work/gc.log" <<'PY'
import re, sys
pairs = [(int(a), int(b)) for a, b in re.findall(r'->(\d+)M\((\d+)M\)', open(sys.argv[1]).read())]
print(f"heap: largest after a collection {max(p[0] for p in pairs)} MB, largest committed {max(p[1] for p in pairs)} MB ({len(pairs)} collections)")
PY
timed java -Xmx1g -jar target/tupu.jar build --input bench/corpus/articles --store "$work/store-1g" > "$work/build-1g.log"
echo "with -Xmx1g: wall $wall s: $(rate "$chars" "$wall") chars/s, peak RSS $((rss/1024)) MB; vs HanLP alone: $(ratio "$hanlp_wall" "$wall")"
rm -rf "$work/store-1g"
timed $tupu build --input bench/corpus/articles --store "$work/store" > "$work/rebuild.log"
echo "rebuild, nothing changed: $wall s ($(grep -o '[0-9]* unchanged' "$work/rebuild.log"))"
$tupu export --store "$work/store" --format ntriples --output "$work/corpus.nt"
$tupu export --store "$work/store" --format nquads --output "$work/corpus.nq"
written=$($tupu bench --write "$work/corpus.nq")
echo "$written"
ours=$(echo "$written" | grep -o '[0-9,]* quads/s' | tr -d ', quads/')
loader() { rm -rf "$work/loaded"; java -cp "$work/lib/jena-cmds-5.6.0.jar:$work/lib/jena-fuseki-server-5.6.0.jar" tdb2.tdbloader --loc "$work/loaded" "$1" 2>&1 | tr '\r' '\n' | grep -o 'Rate = [0-9,]*' | tail -1 | tr -d 'Rate=, '; }
nt=$(loader "$work/corpus.nt"); nq=$(loader "$work/corpus.nq")
echo "tdb2.tdbloader: N-Triples $(rate "$nt" 1) triples/s, N-Quads $(rate "$nq" 1) quads/s"
echo "storage ratio tupu/tdbloader: $(ratio "$ours" "$nt") (vs N-Triples), $(ratio "$ours" "$nq") (vs N-Quads)"

echo; echo "== 3. /sparql vs standalone Fuseki, same data, same queries, 16 clients, ${seconds} s each after 5 s warm-up"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 1 120); do curl -s -o /dev/null "$1" && return 0; sleep 0.25; done; return 1; }
rm -rf "$work/fuseki-store"; cp -r "$work/store" "$work/fuseki-store"
fport=$(free_port)
java -Xmx1g -jar "$work/lib/jena-fuseki-server-5.6.0.jar" --localhost --port "$fport" --loc "$work/fuseki-store" \
  --set tdb:unionDefaultGraph=true /ds > "$work/fuseki.log" 2>&1 &
fuseki=$!; pids+=("$fuseki")
tport=$(free_port)
started=$(date +%s.%N)
java -Xmx1g -jar target/tupu.jar serve --store "$work/store" --port "$tport" > "$work/serve.log" 2>&1 &
tupu_server=$!; pids+=("$tupu_server")
wait_for "http://127.0.0.1:$tport/api/health"
startup=$(python3 -c "import time; print(f'{time.time() - $started:.2f}')")
sleep 2
rest_rss=$(awk '/VmRSS/ {print int($2/1024) " MB"}' "/proc/$tupu_server/status")
rest_live=$(jcmd "$tupu_server" GC.run > /dev/null; jcmd "$tupu_server" GC.heap_info | awk '/heap/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}')
wait_for "http://127.0.0.1:$fport/\$/ping"
load() { java bench/LoadClient.java "$@"; }
for side in tupu fuseki; do  # warm both
  if [ $side = tupu ]; then load sparql "http://127.0.0.1:$tport" 16 5 > /dev/null; else load sparql "http://127.0.0.1:$fport" 16 5 /ds/sparql > /dev/null; fi
done
t=$(load sparql "http://127.0.0.1:$tport" 16 "$seconds"); f=$(load sparql "http://127.0.0.1:$fport" 16 "$seconds" /ds/sparql)
echo "tupu   /sparql:     $t" | tr '\n' ' '; echo
echo "Fuseki /ds/sparql:  $f" | tr '\n' ' '; echo
tr=$(echo "$t" | grep -o '([0-9]*/s)' | tr -d '(/s)'); fr=$(echo "$f" | grep -o '([0-9]*/s)' | tr -d '(/s)')
echo "throughput ratio tupu/Fuseki: $(ratio "$tr" "$fr")"
kill "$fuseki"

echo; echo "== 4. REST entity lookups (/api/entities/{id}, 200 entities), ${seconds} s each"
load entities "http://127.0.0.1:$tport" 16 5 > /dev/null
echo "JDK HttpClient:"
for c in 1 16 64; do echo "  $(load entities "http://127.0.0.1:$tport" "$c" "$seconds" | tr '\n' ' ')"; done
echo "plain keep-alive sockets (-Draw=true, a lighter client):"
for c in 1 16 64; do echo "  $(java -Draw=true bench/LoadClient.java entities "http://127.0.0.1:$tport" "$c" "$seconds" | tr '\n' ' ')"; done

echo; echo "== 5. serve on the existing store"
echo "startup until /api/health answers: $startup s"
echo "memory at rest (2 s after startup): RSS $rest_rss, live heap after a full GC $rest_live"
echo "after the load runs: RSS $(awk '/VmRSS/ {print int($2/1024) " MB"}' "/proc/$tupu_server/status")"
