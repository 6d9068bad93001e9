#!/usr/bin/env bash
# Does the mock's matching cost grow with the number of stubs? The same request is measured
# (wrk, requests per second) on a mock serving a small collection and on one serving a large
# collection that holds it too, same machine, same run:
#   - the Pendo request GET /api/v1/visitor/exampleVisitor: Pendo alone (1,450 stubs) against
#     Pendo with a GitHub-shaped folder of 623 requests added (about 10,000 stubs);
#   - an added request, GET /repos/octocat/hello-world/issues/1347/comments: Pendo with only that
#     request added against Pendo with the whole GitHub-shaped folder;
#   - a synthetic request: a collection of that request alone against the synthetic collection of
#     5,000 requests (25,000 stubs).
# Then start-up: from launching the jar to its ready line, for the Pendo collection, the large
# ones, and every collection of the corpus (../shared/postman-corpus, or CORPUS=DIR).
# The collections come from mock-server/src/test/java/dev/pendokit/mock/size/LargeCollections.java.
# About 6 minutes. Prints Markdown tables; logs stay in target/size-<date>/.
set -euo pipefail
cd "$(dirname "$0")"
HERE=$(pwd)
ROOT=$(cd ../.. && pwd)

THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10}      # seconds of each measured wrk run
WARMUP=${WARMUP:-20}          # seconds of warm-up per server and request before the measured runs
ROUNDS=${ROUNDS:-3}           # measured runs per server, alternating (the median is shown)
STARTS=${STARTS:-3}           # start-up runs per collection (the median is shown)
PORT=${PORT:-18093}
JAVA=${JAVA:-java}
MOCK_JAR=${MOCK_JAR:-"$ROOT/mock-server/target/pendo-mock-server.jar"}
CORPUS=${CORPUS:-"$ROOT/../shared/postman-corpus"}
HEADERS=(-H "x-pendo-integration-key: bench" -H "Accept: application/json")

die() { echo "size.sh: $*" >&2; exit 1; }
for tool in wrk curl "$JAVA"; do
  command -v "$tool" > /dev/null || die "$tool is missing; install it with: sudo apt-get install -y wrk curl"
done
[ -f "$MOCK_JAR" ] || die "$MOCK_JAR is missing; build it with: ./mvnw -q install -DskipTests"
CLASSES="$ROOT/mock-server/target/test-classes"
if [ ! -f "$CLASSES/dev/pendokit/mock/size/LargeCollections.class" ]; then
  echo "Compiling the collections' generator"
  "$ROOT/mvnw" -q -B -ntp -f "$ROOT/pom.xml" -pl mock-server test-compile
fi

RESULTS="$HERE/target/size-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RESULTS"
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null; done; wait 2> /dev/null || true' EXIT
"$JAVA" -cp "$CLASSES:$MOCK_JAR" dev.pendokit.mock.size.LargeCollections "$RESULTS" > /dev/null

echo "Machine: $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Results and logs: $RESULTS"
. ./launch.sh
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

start_mock() { # port collection-or-empty log: starts a mock (PIDS), waits for its ready line (READY_MS from launch)
  local args=(--port "$1")
  [ -n "$2" ] && args+=(--collection "$2")
  launch_mock "$3" "${args[@]}" || return 1
  PIDS+=("$PID")
}
stop_mocks() { for pid in "${PIDS[@]}"; do kill "$pid"; wait "$pid" 2> /dev/null || true; done; PIDS=(); }
all_stubs() { # port log: waits until the mock holds all its stubs (it adds most after its ready line), prints how many
  local want start=$SECONDS
  want=$(grep -o '[0-9]* stubs' "$2" | grep -o '[0-9]*')
  until [ "$(curl -s "http://127.0.0.1:$1/__admin/mappings?limit=1" | grep -o '"total" *: *[0-9]*' | grep -o '[0-9]*$')" \
      -ge "$want" ]; do
    [ $((SECONDS - start)) -lt 120 ] || die "the mock on port $1 did not hold $want stubs within 120 s"
    sleep 0.5
  done
  echo "$want"
}
rps() { # port path seconds: one wrk run; prints requests per second
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" "${HEADERS[@]}" "http://127.0.0.1:$1$2" > "$RESULTS/wrk.txt"
  cat "$RESULTS/wrk.txt" >> "$RESULTS/wrk-all.txt"
  if grep -q 'Non-2xx\|Socket errors' "$RESULTS/wrk.txt"; then die "errors under load on GET $2; see $RESULTS/wrk-all.txt"; fi
  awk '/Requests\/sec:/ {printf "%.0f", $2}' "$RESULTS/wrk.txt"
}
compare() { # name path small-collection-or-empty large-collection: sets ROW, one row of the table
  local name=$1 path=$2 small_stubs large_stubs code port round small=() large=()
  local large_port=$((PORT + 1))
  start_mock "$PORT" "$3" "$RESULTS/$name-small.log" || die "the mock exited while starting; see $RESULTS/$name-small.log"
  start_mock "$large_port" "$4" "$RESULTS/$name-large.log" || die "the mock exited while starting; see $RESULTS/$name-large.log"
  small_stubs=$(all_stubs "$PORT" "$RESULTS/$name-small.log")
  large_stubs=$(all_stubs "$large_port" "$RESULTS/$name-large.log")
  for port in "$PORT" "$large_port"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "${HEADERS[@]}" "http://127.0.0.1:$port$path")
    [ "$code" = 200 ] || die "GET $path answered $code on port $port, not 200"
    rps "$port" "$path" "$WARMUP" > /dev/null
  done
  # Both servers run throughout, one loaded at a time, the order alternating from round to round.
  for round in $(seq "$ROUNDS"); do
    if [ $((round % 2)) -eq 1 ]; then
      small+=("$(rps "$PORT" "$path" "$DURATION")"); large+=("$(rps "$large_port" "$path" "$DURATION")")
    else
      large+=("$(rps "$large_port" "$path" "$DURATION")"); small+=("$(rps "$PORT" "$path" "$DURATION")")
    fi
  done
  stop_mocks
  ROW="| \`GET $path\` | $small_stubs | $(median "${small[@]}") (${small[*]}) | $large_stubs | $(median "${large[@]}") (${large[*]}) | **$(ratio "$(median "${large[@]}")" "$(median "${small[@]}")")** |"
}

P=/api/v1/visitor/exampleVisitor
G=/repos/octocat/hello-world/issues/1347/comments
S=/service-0042/v1/resource-7/abc-123/items
echo "Measuring (per server: ${WARMUP} s warm-up, then $ROUNDS runs of ${DURATION} s; wrk -t$THREADS -c$CONNECTIONS)"
rows=()
compare pendo "$P" "" "$RESULTS/pendo-plus-github.postman_collection.json"
rows+=("$ROW")
compare github "$G" "$RESULTS/pendo-plus-one-github-request.postman_collection.json" \
  "$RESULTS/pendo-plus-github.postman_collection.json"
rows+=("$ROW")
compare synthetic "$S" "$RESULTS/synthetic-1.postman_collection.json" "$RESULTS/synthetic-5000.postman_collection.json"
rows+=("$ROW")
echo
echo "| request | small: stubs | rps: median (runs) | large: stubs | rps: median (runs) | large / small |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"

echo
echo "Start-up, launch to ready line, median of $STARTS:"
echo
echo "| collection | requests | stubs | ready (ms) |"
echo "|---|---|---|---|"
collections=("" "$RESULTS/pendo-plus-github.postman_collection.json" "$RESULTS/synthetic-5000.postman_collection.json")
if [ -d "$CORPUS" ]; then
  for file in "$CORPUS"/*.json; do collections+=("$file"); done
fi
for collection in "${collections[@]}"; do
  times=()
  log="$RESULTS/start.log"
  for _ in $(seq "$STARTS"); do
    start_mock "$PORT" "$collection" "$log" || { times=(); break; }
    times+=("$READY_MS")
    stop_mocks
  done
  name=$([ -z "$collection" ] && echo "Pendo (bundled)" || basename "$collection")
  if [ ${#times[@]} -eq 0 ]; then
    echo "| $name | refused: $(head -c 120 "$log" | tr '\n|' '  ') | | |"
    continue
  fi
  counts=$(sed -n 's/.*: \([0-9]*\) requests, \([0-9]*\) stubs.*/\1 | \2/p' "$log")
  echo "| $name | $counts | $(median "${times[@]}") |"
done
