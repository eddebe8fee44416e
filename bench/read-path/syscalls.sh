#!/usr/bin/env bash
# System calls per cached public answer (issue 7), counted exactly by strace while wrk sends a fixed load.
# See docs/benchmarks.md, "System calls per request".
#
#   NO_BUILD=1 bench/read-path/syscalls.sh   # measure target/jobgoal-*.jar as it is
#
# Starts the jar with the demo data set in a new data directory, warms each page up, then for each page attaches
# `strace -f -c` to the app during `wrk -c16 -t2 -d10s` and prints the calls per request of the busiest kinds.
# strace slows the app down a lot: the counts are exact, the throughput under strace means nothing.
set -euo pipefail

cd "$(dirname "$0")/../.."
PATHS=(/governments/45210/results/2020 /dashboard /api/v1/governments/45210/results/2020)
WORK=$(mktemp -d /tmp/jobgoal-syscalls.XXXXXX)
APP_PID=
cleanup() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

[ -z "${NO_BUILD:-}" ] && ./mvnw -B -q -DskipTests package
JAR=$(ls target/jobgoal-*.jar | head -1)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
JOBGOAL_DATA_DIR="$WORK/data" JOBGOAL_DEMO=true SERVER_PORT=$PORT java -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$WORK/app.log"; exit 1; }
  sleep 0.2
done
echo "# jar: $JAR ($(git rev-parse --short HEAD)), $(nproc) cores"
printf '%-45s %8s %9s %8s %8s %8s %8s\n' path bytes requests 'all/req' 'write' 'read' 'futex'
for p in "${PATHS[@]}"; do
  url="http://127.0.0.1:$PORT$p"
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$url")
  wrk -c16 -t2 -d5s "$url" >/dev/null
  strace -f -c -p "$APP_PID" -o "$WORK/strace$(echo "$p" | tr '/' '_').txt" 2>/dev/null &
  STRACE=$!
  sleep 1
  requests=$(wrk -c16 -t2 -d10s "$url" | awk '/requests in/ {print $1}')
  sleep 0.5
  kill -INT "$STRACE"; wait "$STRACE" 2>/dev/null || true
  f="$WORK/strace$(echo "$p" | tr '/' '_').txt"
  calls() { awk -v n="$1" '$NF==n {print $4}' "$f"; }
  total=$(awk '$NF=="total" {print $4}' "$f")
  per() { echo "scale=2; ${1:-0} / $requests" | bc; }
  printf '%-45s %8s %9s %8s %8s %8s %8s\n' "$p" "$bytes" "$requests" "$(per "$total")" "$(per "$(calls write)")" \
    "$(per "$(calls read)")" "$(per "$(calls futex)")"
done
echo "# strace summaries: $WORK/strace_*.txt"
