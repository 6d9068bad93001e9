#!/usr/bin/env bash
# pendokit's OpenAPI document of the Pendo collection against postman-to-openapi's (the npm
# package p2o) on the same file: operations, documented statuses, response schemas, request
# examples. Then the CLI's `generate` against the Maven goal's for the same output.
#
# Needs: the reactor installed (./mvnw install -DskipTests), Node.js 18+ with npm, python3 with
# PyYAML. Run from the repository root: benchmarks/openapi/compare.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
collection="$root/collection/src/main/resources/pendo-api.postman_collection.json"
cli="$root/cli/target/pendokit-cli.jar"
version="$(cd "$root" && ./mvnw -q help:evaluate -Dexpression=project.version -DforceStdout)"

echo "== OpenAPI documents of the Pendo collection"
java -jar "$cli" openapi --print json > "$work/pendokit.json" 2> /dev/null
(cd "$work" && npm init -y > /dev/null && npm install --silent --no-audit --no-fund postman-to-openapi@3.0.1 > /dev/null)
"$work/node_modules/.bin/p2o" "$collection" -f "$work/p2o.yml" > /dev/null
printf 'pendokit          '; python3 "$root/benchmarks/openapi/count.py" "$work/pendokit.json"
printf 'postman-to-openapi '; python3 "$root/benchmarks/openapi/count.py" "$work/p2o.yml"

echo "== generate: the CLI against the Maven goal (3 runs each, fresh output each time)"
mkdir -p "$work/maven"
cat > "$work/maven/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>generate</artifactId><version>1</version>
  <packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>dev.pendokit</groupId><artifactId>pendokit-maven-plugin</artifactId><version>$version</version>
  </plugin></plugins></build>
</project>
POM
for run in 1 2 3; do
  rm -rf "$work/cli-out" "$work/.pendokit" "$work/maven/target"
  start=$(date +%s%N)
  java -jar "$cli" generate --output "$work/cli-out" > /dev/null 2>&1
  cli_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  start=$(date +%s%N)
  (cd "$work/maven" && "$root/mvnw" -q -o dev.pendokit:pendokit-maven-plugin:"$version":generate > /dev/null 2>&1)
  maven_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "run $run: cli ${cli_ms} ms, maven ${maven_ms} ms"
done
diff -r "$work/cli-out" "$work/maven/target/generated-sources/pendokit" > /dev/null \
  && echo "the same files, byte for byte" || echo "the outputs differ"
