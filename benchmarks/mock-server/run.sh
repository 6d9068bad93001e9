#!/usr/bin/env bash
# Load benchmark of the mock server (mock-server/target/pendo-mock-server.jar) against stock
# WireMock standalone serving the same stubs (exported with --export-stubs), on loopback, same
# machine, same run. Three requests: a list (GET /api/v1/page), a path variable
# (GET /api/v1/visitor/exampleVisitor) and an aggregation (POST /api/v1/aggregation).
# For each: wrk at full speed (requests per second, p50, p99), then hey at a fixed 1,000 requests
# per second (p99). One server is loaded at a time; the order alternates between requests.
# About 4.5 minutes. See README.md next to this file and BENCHMARKS.md at the root.
set -euo pipefail
cd "$(dirname "$0")"
HERE=$(pwd)
ROOT=$(cd ../.. && pwd)

# --- settings (environment variables) -------------------------------------------------------
THREADS=${THREADS:-2}             # wrk threads
CONNECTIONS=${CONNECTIONS:-32}    # wrk connections
DURATION=${DURATION:-10}          # seconds of each measured wrk run
WARMUP=${WARMUP:-15}              # seconds of warm-up per request and server (3 requests)
RATE=${RATE:-1000}                # hey's total rate, requests per second
HEY_WORKERS=${HEY_WORKERS:-10}    # hey's workers (connections); each sends RATE / HEY_WORKERS per second
HEY_DURATION=${HEY_DURATION:-10}  # seconds of each hey run
PAUSE=${PAUSE:-1}                 # seconds of rest between runs
MOCK_PORT=${MOCK_PORT:-18090}
STOCK_PORT=${STOCK_PORT:-18091}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}          # given to both servers
MOCK_ARGS=${MOCK_ARGS:-}          # more options for the mock, e.g. --integration-key KEY
STOCK_ARGS=${STOCK_ARGS:-}        # more options for stock WireMock, e.g. --max-request-journal-entries 1000

KEY_HEADER="x-pendo-integration-key: bench"

die() { echo "run.sh: $*" >&2; exit 1; }

# --- tools -----------------------------------------------------------------------------------
missing=()
for tool in wrk:wrk hey:hey curl:curl "$JAVA":openjdk-17-jre-headless; do
  command -v "${tool%%:*}" > /dev/null || missing+=("${tool##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  die "missing tools; install them with: sudo apt-get install -y ${missing[*]}"
fi

# --- the two servers' jars -------------------------------------------------------------------
MOCK_JAR="$ROOT/mock-server/target/pendo-mock-server.jar"
if [ ! -f "$MOCK_JAR" ]; then
  echo "Building $MOCK_JAR (it is missing)"
  "$ROOT/mvnw" -q -B -ntp -f "$ROOT/pom.xml" install -DskipTests -pl mock-server -am
fi
WIREMOCK_VERSION=$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' "$ROOT/pom.xml")
[ -n "$WIREMOCK_VERSION" ] || die "no <wiremock.version> in $ROOT/pom.xml"
STOCK_JAR="$HERE/target/wiremock-standalone-$WIREMOCK_VERSION.jar"
if [ ! -f "$STOCK_JAR" ]; then
  echo "Fetching org.wiremock:wiremock-standalone:$WIREMOCK_VERSION"
  "$ROOT/mvnw" -q -B -ntp -N -f "$ROOT/pom.xml" dependency:copy \
    -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" -DoutputDirectory="$HERE/target"
fi

# --- work and results folders; the servers always stop ---------------------------------------
RESULTS="$HERE/target/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RESULTS"
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2> /dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in "$MOCK_PORT" "$STOCK_PORT"; do
  if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    die "port $port is in use; choose others with MOCK_PORT=... STOCK_PORT=..."
  fi
done

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "Java: $("$JAVA" -version 2>&1 | head -2 | tail -1), default max heap $("$JAVA" $JAVA_OPTS -XX:+PrintFlagsFinal -version 2> /dev/null | awk '$2 == "MaxHeapSize" {printf "%d MB", $4 / 1048576}')"
echo "Tools: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), hey $(dpkg-query -W -f '${Version}' hey 2> /dev/null || echo '?')"
echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Results and logs: $RESULTS"

# --- stubs, servers --------------------------------------------------------------------------
"$JAVA" -jar "$MOCK_JAR" --export-stubs "$WORK/stubs" > "$RESULTS/export.log"
cat "$RESULTS/export.log"

# shellcheck disable=SC2086 # the *_OPTS and *_ARGS are lists of options
"$JAVA" $JAVA_OPTS -jar "$MOCK_JAR" --port "$MOCK_PORT" $MOCK_ARGS > "$RESULTS/mock.log" 2>&1 &
MOCK_PID=$!
PIDS+=("$MOCK_PID")
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$STOCK_JAR" --port "$STOCK_PORT" --root-dir "$WORK/stubs" $STOCK_ARGS > "$RESULTS/stock.log" 2>&1 &
STOCK_PID=$!
PIDS+=("$STOCK_PID")

stub_total() { # port: how many stubs the server holds
  curl -s "http://127.0.0.1:$1/__admin/mappings?limit=1" | grep -o '"total" *: *[0-9]*' | grep -o '[0-9]*$' || echo 0
}
wait_ready() { # name pid port log stubs
  local name=$1 pid=$2 port=$3 log=$4 stubs=$5 start=$SECONDS
  while [ $((SECONDS - start)) -lt 180 ]; do
    kill -0 "$pid" 2> /dev/null || die "$name exited while starting; see $log"
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$KEY_HEADER" "http://127.0.0.1:$port/api/v1/page" || true)" = 200 ] \
        && [ "$(stub_total "$port")" -ge "$stubs" ]; then
      echo "$name: serving $(stub_total "$port") stubs on port $port"
      return
    fi
    sleep 1
  done
  die "$name did not answer within 180 s; see $log"
}
# The mock adds most of its stubs after it answers; wait for all of them.
start=$SECONDS
until grep -q 'pendo-mock-server: serving' "$RESULTS/mock.log"; do
  kill -0 "$MOCK_PID" 2> /dev/null || die "the mock server exited while starting; see $RESULTS/mock.log"
  [ $((SECONDS - start)) -lt 180 ] || die "the mock server did not start within 180 s; see $RESULTS/mock.log"
  sleep 1
done
cat "$RESULTS/mock.log"
wait_ready "mock server" "$MOCK_PID" "$MOCK_PORT" "$RESULTS/mock.log" \
  "$(grep -o '[0-9]* stubs' "$RESULTS/mock.log" | grep -o '[0-9]*')"
wait_ready "stock WireMock $WIREMOCK_VERSION" "$STOCK_PID" "$STOCK_PORT" "$RESULTS/stock.log" \
  "$(find "$WORK/stubs/mappings" -name '*.json' | wc -l)"

# --- the requests; both servers must answer them alike ---------------------------------------
NAMES=("list" "path variable" "aggregation")
LABELS=("GET /api/v1/page" "GET /api/v1/visitor/exampleVisitor" "POST /api/v1/aggregation")
PATHS=("/api/v1/page" "/api/v1/visitor/exampleVisitor" "/api/v1/aggregation")
POSTS=(no no yes)
BODY="$HERE/aggregation.json"
declare -A PORT=([mock]=$MOCK_PORT [stock]=$STOCK_PORT)
declare -A PID=([mock]=$MOCK_PID [stock]=$STOCK_PID)

fetch() { # server index: writes $WORK/<server>.<index>.{body,headers}, prints the status
  local extra=()
  [ "${POSTS[$2]}" = yes ] && extra=(-H "Content-Type: application/json" --data-binary "@$BODY")
  curl -s -o "$WORK/$1.$2.body" -D "$WORK/$1.$2.headers" -w '%{http_code}' -H "$KEY_HEADER" "${extra[@]}" \
    "http://127.0.0.1:${PORT[$1]}${PATHS[$2]}" || true
}
stub_of() { tr -d '\r' < "$1" | sed -n 's/^Matched-Stub-Name: //Ip'; }
for i in 0 1 2; do
  m=$(fetch mock "$i"); s=$(fetch stock "$i")
  [ "$m" = 200 ] && [ "$s" = 200 ] || die "${LABELS[$i]}: the mock answered $m and stock WireMock $s, not 200"
  cmp -s "$WORK/mock.$i.body" "$WORK/stock.$i.body" || die "${LABELS[$i]}: the two servers answer different bodies"
  [ "$(stub_of "$WORK/mock.$i.headers")" = "$(stub_of "$WORK/stock.$i.headers")" ] \
    || die "${LABELS[$i]}: the two servers answer from different stubs"
  echo "checked ${LABELS[$i]}: 200 from both, same body ($(wc -c < "$WORK/mock.$i.body") bytes) from stub $(stub_of "$WORK/mock.$i.headers")"
done
for server in mock stock; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORT[$server]}/api/v1/page")
  [ "$code" = 401 ] || die "$server answers $code, not 401, to a request without x-pendo-integration-key"
done
echo "checked: both answer 401 without x-pendo-integration-key"

# --- measuring -------------------------------------------------------------------------------
run_wrk() { # server index seconds: prints wrk's output, ending with bench.lua's BENCH line
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$3s" --timeout 10s -H "$KEY_HEADER" -s bench.lua
    "http://127.0.0.1:${PORT[$1]}${PATHS[$2]}")
  [ "${POSTS[$2]}" = yes ] && args+=(-- post "$BODY")
  wrk "${args[@]}"
}
run_hey() { # server index: prints hey's output
  local args=(-z "${HEY_DURATION}s" -c "$HEY_WORKERS" -q "$((RATE / HEY_WORKERS))" -H "$KEY_HEADER")
  [ "${POSTS[$2]}" = yes ] && args+=(-m POST -T application/json -D "$BODY")
  hey "${args[@]}" "http://127.0.0.1:${PORT[$1]}${PATHS[$2]}"
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< "$2"; }
declare -A RPS P50 P99 HEY99 HEYRPS FLAGS
WARNINGS=()

for server in mock stock; do
  echo "Warming up the $server server: ${WARMUP} s per request"
  for i in 0 1 2; do run_wrk "$server" "$i" "$WARMUP" >> "$RESULTS/warmup.txt"; done
  sleep "$PAUSE"
done

for i in 0 1 2; do
  if [ $((i % 2)) -eq 0 ]; then order=(mock stock); else order=(stock mock); fi
  for server in "${order[@]}"; do
    echo "wrk: ${LABELS[$i]} on the $server server (${DURATION} s)"
    out=$(run_wrk "$server" "$i" "$DURATION")
    echo "$out" >> "$RESULTS/wrk-$server-$i.txt"
    line=$(grep '^BENCH' <<< "$out")
    RPS[$i,$server]=$(field rps "$line"); P50[$i,$server]=$(field p50 "$line"); P99[$i,$server]=$(field p99 "$line")
    bad=$(( $(field errors "$line") + $(field non2xx "$line") + $(field timeouts "$line") ))
    if [ "$bad" -gt 0 ]; then
      FLAGS[$i,$server]="!"
      WARNINGS+=("wrk, ${LABELS[$i]}, $server: $line")
    fi
    sleep "$PAUSE"
  done
  for server in "${order[@]}"; do
    echo "hey: ${LABELS[$i]} on the $server server at $RATE requests/s (${HEY_DURATION} s)"
    out=$(run_hey "$server" "$i")
    echo "$out" >> "$RESULTS/hey-$server-$i.txt"
    HEY99[$i,$server]=$(awk '/ 99% in / {printf "%.2f", $3 * 1000}' <<< "$out")
    HEYRPS[$i,$server]=$(awk '/Requests\/sec:/ {printf "%.0f", $2}' <<< "$out")
    if grep -E '^\s+\[[0-9]+\]' <<< "$out" | grep -vq '\[200\]' || grep -q '^Error distribution' <<< "$out"; then
      FLAGS[$i,$server]="!"
      WARNINGS+=("hey, ${LABELS[$i]}, $server: answers other than 200, see $RESULTS/hey-$server-$i.txt")
    fi
    sleep "$PAUSE"
  done
done

# --- what the servers hold afterwards --------------------------------------------------------
journal() { curl -s "http://127.0.0.1:$1/__admin/requests?limit=1" | grep -o '"total" *: *[0-9]*' | grep -o '[0-9]*$'; }
rss() { ps -o rss= -p "$1" | awk '{printf "%d MB", $1 / 1024}'; }
echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
# The mock keeps WireMock's journal off and its own log of the last 1,000 requests (PendoMock.Builder.journalLimit).
echo "mock server: WireMock journal off, resident memory $(rss "$MOCK_PID")"
echo "stock server: journal holds $(journal "$STOCK_PORT") requests, resident memory $(rss "$STOCK_PID")"

# --- the table -------------------------------------------------------------------------------
echo
printf '| request | server | rps (wrk, %d conn.) | p50 (wrk) | p99 (wrk) | p99 at %d rps (hey) | rate hey reached | mock / stock rps |\n' \
  "$CONNECTIONS" "$RATE"
echo '|---|---|---|---|---|---|---|---|'
for i in 0 1 2; do
  ratio=$(awk -v m="${RPS[$i,mock]}" -v s="${RPS[$i,stock]}" 'BEGIN { printf "%.0f%%", 100 * m / s }')
  for server in mock stock; do
    printf '| %s `%s` | %s%s | %.0f | %.2f ms | %.2f ms | %s ms | %s | %s |\n' "${NAMES[$i]}" "${LABELS[$i]}" "$server" \
      "${FLAGS[$i,$server]:-}" "${RPS[$i,$server]}" "${P50[$i,$server]}" "${P99[$i,$server]}" "${HEY99[$i,$server]}" \
      "${HEYRPS[$i,$server]}" "$([ "$server" = mock ] && echo "**$ratio**" || echo)"
  done
done
for warning in "${WARNINGS[@]}"; do echo "! $warning"; done
