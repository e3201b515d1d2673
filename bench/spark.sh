#!/usr/bin/env bash
# The Spark job and bulk loading, whole processes, each comparison a ratio within one run (see bench/RESULTS.md):
#   1. extraction: bin/tupu-spark --master 'local[2]' vs tupu build (both 2 cores), on the People's Daily corpus
#      (19,483 documents), in alternating order; the job in local[1], and on the seed alone (its fixed start-up
#      cost), give the measured characters per core-second;
#   2. loading the job's N-Quads into a fresh TDB2 store: tupu load (sequential loader, the default; and phased)
#      vs Jena's tdb2.tdbloader (its default, phased) and tdb2.xloader, from the apache-jena 5.6.0 distribution;
#      then the store's size on disk, per quad and per character of text;
#   3. the same quads through a remote store: tupu load --store URL into a standalone Fuseki, fresh (the new
#      documents of a batch in one POST) and again (each document replaced by a Graph Store PUT);
#   4. scale: the job's output copied SCALE times under other document names (default 10: ~5.9 million quads),
#      loaded by tupu load, tdb2.tdbloader and tdb2.xloader, to see how the rates hold as the store grows.
# Needs ../shared/data/corpus/pku98-199801.txt (or CORPUS=...), Maven (fetches Spark, Fuseki and the Jena
# distribution from Maven Central), jq (tdb2.xloader uses it), python3, GNU time.
# Usage, from the repository's root, on a quiet machine: flock /work/bench.lock bench/spark.sh [rounds=2]
# (SECTIONS=1,3 runs only those sections; SCALE=N sets section 4's copies).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
corpus_source=${CORPUS:-../shared/data/corpus/pku98-199801.txt}
work=bench/work/spark
rm -rf "$work" && mkdir -p "$work"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
[ -f target/tupu.jar ] && [ -f target/spark-classpath.txt ] || mvn -B -q package -DskipTests
tupu="java -jar target/tupu.jar"
jena=bench/work/apache-jena-5.6.0
if [ ! -d "$jena" ]; then
  mvn -B -q dependency:get -Dartifact=org.apache.jena:apache-jena:5.6.0:tar.gz
  tar -xzf "${M2_REPO:-$HOME/.m2/repository}/org/apache/jena/apache-jena/5.6.0/apache-jena-5.6.0.tar.gz" -C bench/work
fi
[ -f bench/work/lib/jena-fuseki-server-5.6.0.jar ] || mvn -B -q dependency:copy \
  -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory=bench/work/lib
[ -d bench/corpus/articles ] || $tupu corpus --corpus "$corpus_source" --out bench/corpus
input=bench/corpus/articles
docs=$(find "$input" -name '*.txt' | wc -l)
read -r chars bytes < <(python3 - "$input" <<'PY'
import os, sys
chars = bytes_ = 0
for root, _, files in os.walk(sys.argv[1]):
    for f in files:
        data = open(os.path.join(root, f), 'rb').read()
        bytes_ += len(data); chars += len(data.decode('utf-8'))
print(chars, bytes_)
PY
)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | sed -n 1p); $(date -u +%F); load average $(cut -d' ' -f1-3 /proc/loadavg) (other people's work shares the cores)"
echo "corpus: $docs documents, $chars characters, $bytes bytes of UTF-8 ($(python3 -c "print(f'{$bytes/$chars:.2f}')") bytes a character)"
# Wall time, peak RSS, and CPU time (user + system): the machine is shared, so a process's CPU seconds, not its wall
# time, say what it costs a dedicated core.
timed() { /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@"; read -r wall rss user sys < "$work/time"; cpu=$(calc "$user + $sys:.2f"); }
calc() { python3 -c "print(f'{$1}')"; }

section() { [[ ",${SECTIONS:-1,2,3,4}," == *",$1,"* ]]; }
load_side() { # name, command...
  local name=$1; shift
  rm -rf "$work/loaded"
  timed "$@" > "$work/load-$name.log" 2>&1
  local size; size=$(du -s -B1 "$work/loaded" | cut -f1)  # blocks in use: TDB2's files are sparse
  echo "  $name: $wall s (CPU $cpu s), $(calc "$quads / $wall:,.0f") quads/s, peak RSS $((rss / 1024)) MB, store $(calc "$size / 1e6:,.1f") MB ($(calc "$size / $quads:.0f") bytes a quad)"
  eval "wall_$name=$wall"; eval "size_$name=$size"
}

if section 1; then
echo; echo "== 1. extraction: the job in local[2] vs build, $rounds rounds in alternating order"
build_total=0; job_total=0; build_cpu=0; job_cpu=0
for r in $(seq 1 "$rounds"); do
  for side in $( [ $((r % 2)) = 1 ] && echo "build job" || echo "job build"); do
    if [ "$side" = build ]; then
      rm -rf "$work/store"
      timed $tupu build --input "$input" --store "$work/store" > "$work/build.log" 2>&1
      build_total=$(calc "$build_total + $wall"); build_cpu=$(calc "$build_cpu + $cpu")
      echo "  round $r build:         $wall s, CPU $cpu s, peak RSS $((rss / 1024)) MB"
    else
      rm -rf "$work/out"
      timed bin/tupu-spark --master 'local[2]' --input "$input" --output "$work/out" > "$work/job.log" 2>&1
      job_total=$(calc "$job_total + $wall"); job_cpu=$(calc "$job_cpu + $cpu")
      echo "  round $r job local[2]:  $wall s, CPU $cpu s, peak RSS $((rss / 1024)) MB"
    fi
  done
done
grep -E "^built|chars/s" "$work/build.log" | sed 's/^/  /'
grep -E "^extracted|chars/s" "$work/job.log" | sed 's/^/  /'
echo "build: $(calc "$build_total / $rounds:.2f") s, $(calc "$chars * $rounds / $build_total:,.0f") chars/s; job local[2]: $(calc "$job_total / $rounds:.2f") s, $(calc "$chars * $rounds / $job_total:,.0f") chars/s"
echo "ratio job/build (speed): $(calc "$build_total / $job_total:.2f") by wall time; $(calc "$build_cpu / $job_cpu:.2f") by CPU time"
rm -rf "$work/out1" "$work/seed-out"
timed bin/tupu-spark --master 'local[1]' --input "$input" --output "$work/out1" > "$work/job1.log" 2>&1
echo "job local[1]: $wall s, CPU $cpu s"; one_cpu=$cpu
timed bin/tupu-spark --master 'local[2]' --input seeds --output "$work/seed-out" > /dev/null 2>&1
echo "the seed alone (JVM, Spark, models: the fixed cost of a run): $wall s, CPU $cpu s"; fixed_cpu=$cpu
two_cpu=$(calc "$job_cpu / $rounds")
echo "chars per CPU-second, whole process: local[1] $(calc "$chars / $one_cpu:,.0f"), local[2] $(calc "$chars / $two_cpu:,.0f")"
echo "chars per CPU-second, the fixed cost taken off: local[1] $(calc "$chars / ($one_cpu - $fixed_cpu):,.0f"), local[2] $(calc "$chars / ($two_cpu - $fixed_cpu):,.0f")"
# The marginal cost: the corpus three times over (hard links under three folders: other paths, other documents).
mkdir -p "$work/x3" && for c in 1 2 3; do cp -al "$input" "$work/x3/c$c"; done
rm -rf "$work/out3"
timed bin/tupu-spark --master 'local[2]' --input "$work/x3" --output "$work/out3" > "$work/job3.log" 2>&1
echo "job local[2] on the corpus three times over: $wall s, CPU $cpu s"
echo "marginal chars per CPU-second (three corpora against one, start-up and JIT warm-up cancel out): $(calc "2 * $chars / ($cpu - $two_cpu):,.0f")"
rm -rf "$work/x3" "$work/out3"
else
  rm -rf "$work/out"; bin/tupu-spark --master 'local[2]' --input "$input" --output "$work/out" > "$work/job.log" 2>&1
fi
quads_files=$(find "$work/out/quads" -name 'part-*.nq' | sort)
quads=$(cat $quads_files | wc -l); nq_bytes=$(cat $quads_files | wc -c)
echo "job output: $quads quads in $(echo "$quads_files" | wc -l) files, $nq_bytes bytes of N-Quads ($(calc "$quads / $chars:.3f") quads a character)"

if section 2; then
echo; echo "== 2. loading the job's output into a fresh TDB2 store"
load_side tupu_sequential $tupu load --input "$work/out" --store "$work/loaded"
load_side tupu_phased $tupu load --input "$work/out" --store "$work/loaded" --loader phased
load_side tdbloader "$jena/bin/tdb2.tdbloader" --loc "$work/loaded" $quads_files
load_side xloader "$jena/bin/tdb2.xloader" --loc "$work/loaded" --tmpdir "$work" $quads_files
rm -rf "$work/loaded"
$tupu load --input "$work/out" --store "$work/loaded" > /dev/null 2>&1
"$jena/bin/tdb2.tdbcompact" --loc "$work/loaded" --deleteOld > /dev/null 2>&1
compacted=$(du -s -B1 "$work/loaded" | cut -f1)
echo "  tupu load then tdb2.tdbcompact: store $(calc "$compacted / 1e6:,.1f") MB ($(calc "$compacted / $quads:.0f") bytes a quad, $(calc "$compacted / $bytes:.1f") bytes a byte of text)"
echo "ratio tupu load (sequential) / tdb2.tdbloader: $(calc "$wall_tdbloader / $wall_tupu_sequential:.2f"); / tdb2.xloader: $(calc "$wall_xloader / $wall_tupu_sequential:.2f")"
echo "ratio tupu load --loader phased / tdb2.tdbloader: $(calc "$wall_tdbloader / $wall_tupu_phased:.2f"); / tdb2.xloader: $(calc "$wall_xloader / $wall_tupu_phased:.2f")"

fi

if section 3; then
echo; echo "== 3. the same quads into a remote store (a standalone Fuseki over TDB2)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$work/fuseki-db"
java -Xmx1g -jar bench/work/lib/jena-fuseki-server-5.6.0.jar --localhost --port "$port" --loc "$work/fuseki-db" \
  --update --set tdb:unionDefaultGraph=true /ds > "$work/fuseki.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$port/\$/ping" && break; sleep 0.25; done
timed $tupu load --input "$work/out" --store "http://127.0.0.1:$port/ds" > "$work/load-remote.log" 2>&1
echo "  tupu load --store URL, fresh: $wall s, $(calc "$docs / $wall:,.0f") documents/s, $(calc "$quads / $wall:,.0f") quads/s"
timed $tupu load --input "$work/out" --store "http://127.0.0.1:$port/ds" > "$work/load-remote2.log" 2>&1
echo "  again, every document replaced: $wall s, $(calc "$docs / $wall:,.0f") documents/s, $(calc "$quads / $wall:,.0f") quads/s"
kill "${pids[-1]}"
fi

if section 4; then
scale=${SCALE:-10}
echo; echo "== 4. $scale copies of the job's output as other documents, into a fresh TDB2 store"
mkdir -p "$work/scaled"
for k in $(seq 1 "$scale"); do
  for f in $quads_files; do
    # new documents: their IRIs, their evidence IRIs and their texts differ; the entities recur, as in a corpus
    sed -e "s|<https://tupu.dev/doc/\([^>]*\)>|<https://tupu.dev/doc/\1-copy$k>|g" \
        -e "s|<https://tupu.dev/ev/\([^>]*\)>|<https://tupu.dev/ev/\1-copy$k>|g" \
        -e "s|ontology#text> \"|ontology#text> \"copy$k |" "$f" > "$work/scaled/copy$k-$(basename "$f")"
  done
done
scaled_files=$(find "$work/scaled" -name '*.nq' | sort)
scaled_quads=$(cat $scaled_files | wc -l)
echo "  $scaled_quads quads, $(cat $scaled_files | wc -c) bytes of N-Quads in $(echo "$scaled_files" | wc -l) files"
quads=$scaled_quads
load_side tupu_sequential_x$scale $tupu load --input "$work/scaled" --store "$work/loaded"
load_side tdbloader_x$scale "$jena/bin/tdb2.tdbloader" --loc "$work/loaded" $scaled_files
load_side xloader_x$scale "$jena/bin/tdb2.xloader" --loc "$work/loaded" --tmpdir "$work" $scaled_files
rm -rf "$work/loaded" "$work/scaled"
fi
echo; echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
