#!/usr/bin/env bash
# Times the generation of the Pendo client: pendokit's generate goal against openapi-generator's
# Maven plugin (Java, native library) on the postman-to-openapi conversion of the same collection,
# in the same run, alternating, each a fresh `mvn clean generate-sources`; then a no-change rebuild.
# Needs the reactor installed first (./mvnw install -DskipTests at the root). See BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
MVN="$ROOT/mvnw -B -ntp -q"
RUNS=${RUNS:-5}

mkdir -p target
npm ci --no-audit --no-fund --silent
node convert.js "$ROOT/collection/src/main/resources/pendo-api.postman_collection.json" target/pendo-openapi.yaml

# One run each to download what the plugins need; the timed runs are offline.
$MVN -f pendokit/pom.xml clean generate-sources > target/last-run.log 2>&1 || { cat target/last-run.log; exit 1; }
$MVN -f openapi/pom.xml clean generate-sources > target/last-run.log 2>&1 || { cat target/last-run.log; exit 1; }

millis() { date +%s%3N; }
time_run() {
  local start; start=$(millis)
  $MVN -o -f "$1" clean generate-sources > target/last-run.log 2>&1 || { cat target/last-run.log >&2; exit 1; }
  echo $(( $(millis) - start ))
}

pendokit=(); openapi=()
for i in $(seq "$RUNS"); do
  pendokit+=("$(time_run pendokit/pom.xml)")
  openapi+=("$(time_run openapi/pom.xml)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p=$(median "${pendokit[@]}"); o=$(median "${openapi[@]}")
echo "pendokit generate:          runs ${pendokit[*]} ms, median $p ms ($(find pendokit/target/generated-sources -name '*.java' | wc -l) files)"
echo "openapi-generator generate: runs ${openapi[*]} ms, median $o ms ($(find openapi/target/generated-sources -name '*.java' | wc -l) files)"
awk -v p="$p" -v o="$o" 'BEGIN { printf "openapi-generator / pendokit: %.2fx\n", o / p }'

# A rebuild with nothing changed: pendokit must skip generation.
start=$(millis)
log=$($ROOT/mvnw -B -ntp -o -f pendokit/pom.xml generate-sources)
echo "pendokit no-change rebuild: $(( $(millis) - start )) ms: $(grep -o 'pendokit: .*up to date.*' <<<"$log")"
