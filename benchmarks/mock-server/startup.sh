#!/usr/bin/env bash
# How long the mock server takes to start on the bundled Pendo collection: from launching
# `java -jar pendo-mock-server.jar` to the ready line, and to the first 200 for GET /api/v1/page
# (asked for once the ready line is out). RUNS times (5), one at a time; prints each run and the median.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
RUNS=${RUNS:-5}
PORT=${PORT:-18092}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}  # e.g. -XX:SharedArchiveFile=mock.jsa (JDK 17) or -XX:AOTCache=mock.aot (JDK 25)
MOCK_JAR=${MOCK_JAR:-"$ROOT/mock-server/target/pendo-mock-server.jar"}  # another build of the jar, to compare
[ -f "$MOCK_JAR" ] || { echo "startup.sh: $MOCK_JAR is missing; build it with: ./mvnw -q install -DskipTests" >&2; exit 1; }
command -v curl > /dev/null || { echo "startup.sh: curl is missing; install it with: sudo apt-get install -y curl" >&2; exit 1; }

. ./launch.sh
LOG=$(mktemp)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2> /dev/null; rm -f "$LOG"' EXIT

echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
ready_times=()
first_times=()
for run in $(seq "$RUNS"); do
  launch_mock "$LOG" --port "$PORT" || { cat "$LOG" >&2; echo "startup.sh: the mock server exited" >&2; exit 1; }
  # The first answer is asked for once the ready line is out: asking all along would slow the start.
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'x-pendo-integration-key: k' \
      "http://127.0.0.1:$PORT/api/v1/page" || true)" = 200 ]; do
    kill -0 "$PID" 2> /dev/null || { cat "$LOG" >&2; echo "startup.sh: the mock server exited" >&2; exit 1; }
    sleep 0.02
  done
  first=$(( (${EPOCHREALTIME//[!0-9]/} - LAUNCHED) / 1000 ))
  kill "$PID"; wait "$PID" 2> /dev/null || true; PID=
  echo "run $run: ready line after $READY_MS ms, first 200 after $first ms ($(grep -o 'ready in [0-9]* ms' "$LOG"))"
  ready_times+=("$READY_MS"); first_times+=("$first")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "median of $RUNS: ready line after $(median "${ready_times[@]}") ms, first 200 after $(median "${first_times[@]}") ms"
