#!/usr/bin/env bash
# Sourced by the other scripts: exports JAVA_HOME for a JDK >= 21 (NexusGen targets Java 21) or
# stops with a clear message. Honors an existing JAVA_HOME when it is new enough.
nexusgen_java_version() { # prints the major version of the JDK at $1
  "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}
nexusgen_pick_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(nexusgen_java_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    version=$(nexusgen_java_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  fi
  echo "NexusGen needs a JDK >= 21 (found: ${version:-none}). Install one (e.g. Temurin 21 or 25) or set JAVA_HOME." >&2
  return 1
}
nexusgen_pick_jdk || exit 1
