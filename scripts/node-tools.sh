#!/usr/bin/env bash
# Installs the npm tools the tests call (Redocly's OpenAPI linter), pinned in scripts/package.json.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  echo "npm is required (Node.js 20+): apt-get install nodejs npm" >&2
  exit 1
fi
if [ ! -x node_modules/.bin/redocly ] || [ package.json -nt node_modules/.installed ]; then
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.installed
fi
