#!/usr/bin/env bash
# The AWS platform on one machine, from template.yaml: scripts/local.sh [COMMAND] [OPTIONS]
#   scripts/local.sh              serve the HTTP API on :8080 (PORT=... or --port N), data in .local-data
#   scripts/local.sh --help       every command and option
# Builds what is missing (the function jars and the platform) on first use or after a change.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh

stamp=local/target/classpath.txt
rebuild=0
[ -f "$stamp" ] && [ -f functions/api/target/api-function.jar ] && [ -f functions/agents/target/agents-function.jar ] || rebuild=1
if [ "$rebuild" = 0 ] && [ -n "$(find template.yaml pom.xml shared functions local -type f \
      \( -name '*.java' -o -name 'pom.xml' -o -name '*.yml' -o -name '*.properties' -o -name '*.yaml' \
         -o -name '*.json' -o -name '*.md' -o -name '*.txt' \) \
      -not -path '*/target/*' -newer "$stamp" -print -quit)" ]; then
  rebuild=1
fi
if [ "$rebuild" = 1 ]; then
  echo "Building the functions and the local platform (first run or sources changed)..." >&2
  mvn -B -q -ntp -Dstyle.color=never install -DskipTests -pl local -am >&2
  mvn -B -q -ntp -Dstyle.color=never dependency:build-classpath -pl local -Dmdep.includeScope=runtime -Dmdep.outputFile=target/classpath.txt >&2
fi
# The fix memory's Lucene index uses SIMD through the incubating Vector API (Lucene 9.12 knows Java up to 25).
exec "$JAVA_HOME/bin/java" ${NEXUSGEN_JAVA_OPTS:-} --enable-native-access=ALL-UNNAMED -Dnexusgen.root="$PWD" \
  --add-modules jdk.incubator.vector -Dorg.apache.lucene.vectorization.upperJavaFeatureVersion=25 \
  -cp "local/target/classes:$(cat "$stamp")" com.nexusgen.local.LocalMain "$@"
