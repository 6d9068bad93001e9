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
# About 4 minutes. Prints Markdown tables; logs stay in target/size-<date>/.
set -euo pipefail
cd "$(dirname "$0")"
HERE=$(pwd)
ROOT=$(cd ../.. && pwd)

THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10}      # seconds of each measured wrk run
WARMUP=${WARMUP:-10}          # seconds of warm-up before each measured run
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
PID=
trap '[ -n "$PID" ] && kill "$PID" 2> /dev/null; wait 2> /dev/null || true' EXIT
"$JAVA" -cp "$CLASSES:$MOCK_JAR" dev.pendokit.mock.size.LargeCollections "$RESULTS" > /dev/null

echo "Machine: $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Results and logs: $RESULTS"
now_ms() { date +%s%3N; }

start_mock() { # collection-or-empty log: starts the mock (PID), waits for its ready line (READY_MS from launch)
  local args=(--port "$PORT") start
  [ -n "$1" ] && args+=(--collection "$1")
  start=$(now_ms)
  "$JAVA" -jar "$MOCK_JAR" "${args[@]}" > "$2" 2>&1 &
  PID=$!
  until grep -q 'pendo-mock-server: serving' "$2"; do
    if ! kill -0 "$PID" 2> /dev/null; then PID=; return 1; fi
    [ $(( $(now_ms) - start )) -lt 60000 ] || die "the mock did not start within 60 s; see $2"
    sleep 0.01
  done
  READY_MS=$(( $(now_ms) - start ))
}
stop_mock() { kill "$PID"; wait "$PID" 2> /dev/null || true; PID=; }
wait_all_stubs() { # stubs: the mock adds most stubs after its ready line
  local want=$1 start=$SECONDS
  until [ "$(curl -s "http://127.0.0.1:$PORT/__admin/mappings?limit=1" | grep -o '"total" *: *[0-9]*' | grep -o '[0-9]*$')" \
      -ge "$want" ]; do
    [ $((SECONDS - start)) -lt 120 ] || die "the mock did not hold $want stubs within 120 s"
    sleep 0.5
  done
}
measure() { # path: warm-up, then one measured wrk run; prints requests per second
  local url="http://127.0.0.1:$PORT$1" code
  code=$(curl -s -o /dev/null -w '%{http_code}' "${HEADERS[@]}" "$url")
  [ "$code" = 200 ] || die "GET $1 answered $code, not 200"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${HEADERS[@]}" "$url" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "${HEADERS[@]}" "$url" > "$RESULTS/wrk.txt"
  cat "$RESULTS/wrk.txt" >> "$RESULTS/wrk-all.txt"
  grep -q 'Non-2xx\|Socket errors' "$RESULTS/wrk.txt" && die "errors under load on GET $1; see $RESULTS/wrk-all.txt"
  awk '/Requests\/sec:/ {printf "%.0f", $2}' "$RESULTS/wrk.txt"
}
serve_and_measure() { # name collection-or-empty path...: sets STUBS and RPS (one per path)
  local name=$1 collection=$2 log="$RESULTS/$1.log"
  shift 2
  start_mock "$collection" "$log" || die "the mock exited while starting; see $log"
  STUBS=$(grep -o '[0-9]* stubs' "$log" | grep -o '[0-9]*')
  wait_all_stubs "$STUBS"
  RPS=()
  for path in "$@"; do RPS+=("$(measure "$path")"); done
  stop_mock
}

P=/api/v1/visitor/exampleVisitor
G=/repos/octocat/hello-world/issues/1347/comments
S=/service-0042/v1/resource-7/abc-123/items
echo "Measuring (each run: ${WARMUP} s warm-up, ${DURATION} s measured, wrk -t$THREADS -c$CONNECTIONS)"
serve_and_measure pendo "" "$P"
pendo_stubs=$STUBS pendo_p=${RPS[0]}
serve_and_measure pendo-plus-one "$RESULTS/pendo-plus-one-github-request.postman_collection.json" "$G"
one_stubs=$STUBS one_g=${RPS[0]}
serve_and_measure pendo-plus-github "$RESULTS/pendo-plus-github.postman_collection.json" "$P" "$G"
big_stubs=$STUBS big_p=${RPS[0]} big_g=${RPS[1]}
serve_and_measure synthetic-1 "$RESULTS/synthetic-1.postman_collection.json" "$S"
s1_stubs=$STUBS s1=${RPS[0]}
serve_and_measure synthetic-5000 "$RESULTS/synthetic-5000.postman_collection.json" "$S"
s5k_stubs=$STUBS s5k=${RPS[0]}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "| request | small collection (stubs) | rps | large collection (stubs) | rps | large / small |"
echo "|---|---|---|---|---|---|"
echo "| \`GET $P\` | Pendo ($pendo_stubs) | $pendo_p | Pendo + GitHub folder ($big_stubs) | $big_p | **$(ratio "$big_p" "$pendo_p")** |"
echo "| \`GET $G\` | Pendo + that request ($one_stubs) | $one_g | Pendo + GitHub folder ($big_stubs) | $big_g | **$(ratio "$big_g" "$one_g")** |"
echo "| \`GET $S\` | that request alone ($s1_stubs) | $s1 | synthetic, 5,000 requests ($s5k_stubs) | $s5k | **$(ratio "$s5k" "$s1")** |"

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
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
    start_mock "$collection" "$log" || { times=(); break; }
    times+=("$READY_MS")
    stop_mock
  done
  name=$([ -z "$collection" ] && echo "Pendo (bundled)" || basename "$collection")
  if [ ${#times[@]} -eq 0 ]; then
    echo "| $name | refused: $(head -c 120 "$log" | tr '\n|' '  ') | | |"
    continue
  fi
  counts=$(sed -n 's/.*: \([0-9]*\) requests, \([0-9]*\) stubs.*/\1 | \2/p' "$log")
  echo "| $name | $counts | $(median "${times[@]}") |"
done
