#!/usr/bin/env bash
# The test command: every test of every module (unit, DynamoDB Local, handler, end-to-end over HTTP,
# template schema, OpenAPI lint). Usage: scripts/test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
scripts/node-tools.sh >/dev/null
exec mvn -B -ntp verify "$@"
