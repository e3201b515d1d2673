#!/usr/bin/env bash
# Load run: builds the seed graph, serves it on loopback, warms up, then drives 64 clients for 30 s over entity
# lookups, searches and SPARQL queries, and prints latency percentiles and the server's memory after warm-up and at
# the end. Usage, from the repository's root: bench/load.sh [clients=64] [seconds=30]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-64}
seconds=${2:-30}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
[ -f target/tupu.jar ] || mvn -B -q package -DskipTests
cp target/tupu.jar "$work/tupu.jar"
java -jar "$work/tupu.jar" build --input seeds --store "$work/store" > /dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xmx1g -jar "$work/tupu.jar" serve --store "$work/store" --port "$port" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/api/health" && break; sleep 0.5; done
rss() { awk '/VmRSS/ {print int($2/1024) " MB"}' "/proc/$server/status"; }
# Live heap: what is still reachable after a full collection (RSS only shows the JVM growing into its heap limit).
live() { jcmd "$server" GC.run > /dev/null; jcmd "$server" GC.heap_info | awk '/garbage-first heap|total/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'; }
echo "warm-up: 10 s"
java bench/LoadClient.java mix "http://127.0.0.1:$port" "$clients" 10 > /dev/null
echo "server after warm-up: live heap $(live), RSS $(rss)"
java bench/LoadClient.java mix "http://127.0.0.1:$port" "$clients" "$seconds"
echo "server at the end:    live heap $(live), RSS $(rss)"
