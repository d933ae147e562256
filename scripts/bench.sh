#!/usr/bin/env bash
# Prints the speed figures as tables:
#   - handler init: a new ApiFunction handler to its first response, in fresh JVMs (median of N)
#   - p50/p99 latency of GET and POST /v1/projects at fixed request rates, through the local
#     HTTP platform (API Gateway emulation → ApiFunction jar → DynamoDB Local), driven by autocannon.
#   - the generation workflow on eight prompts (offline agents): wall ms per stage, prompt → reviewed
#     version, and whether each generated app installs and builds with npm.
#   - mockups: rendering a page version through the API (p50/p99 at fixed rates), serving one, and the
#     renderer alone on one thread (pages/s).
#   - healing: the fault corpus twice on one fix memory with real builds (heal rate, builds per heal, the
#     second pass's fix-memory hits), then the k-NN lookup at 100k vectors (p50/p95/p99, recall@10 vs exact).
# Usage: scripts/bench.sh [--only api|mockups|generation|healing] [--rates "100 300"] [--seconds 15] [--init-samples 5]
set -euo pipefail
cd "$(dirname "$0")/.."
rates="100 300"; seconds=15; samples=5; port=${BENCH_PORT:-18181}; only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rates) rates="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --init-samples) samples="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ "$only" = generation ]; then
  exec scripts/local.sh bench-generation 2>/dev/null
fi
if [ "$only" = healing ]; then
  exec scripts/local.sh bench-healing 2>/dev/null
fi
scripts/node-tools.sh >/dev/null
cannon=scripts/node_modules/.bin/autocannon

# 1. cold start, each sample in a new JVM (scripts/local.sh builds what is missing on the first call)
# The JVM runs with the flags template.yaml gives the function (Globals JAVA_TOOL_OPTIONS).
lambda_jvm_flags=$(sed -n 's/^ *JAVA_TOOL_OPTIONS: *//p' template.yaml | head -n 1)
scripts/local.sh measure-init >/dev/null 2>&1 # builds what is missing, outside the measurement
inits=()
[ "$only" = mockups ] && samples=0
for _ in $(seq "$samples"); do
  inits+=("$(JAVA_TOOL_OPTIONS="$lambda_jvm_flags" scripts/local.sh measure-init 2>/dev/null | tail -n 1)")
done
init_sorted=$(printf '%s\n' "${inits[@]}" | sort -n | tr '\n' ' ')
init_median=$(printf '%s\n' "${inits[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
[ "$samples" = 0 ] && init_median="-"

# 2. the platform, in memory, in the background
log=$(mktemp)
scripts/local.sh serve --in-memory --port "$port" >"$log" 2>&1 &
server=$!
stop_server() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"; }
trap stop_server EXIT
for _ in $(seq 120); do
  curl -sf "http://localhost:$port/v1/health" >/dev/null 2>&1 && break
  sleep 0.5
done
base="http://localhost:$port"
token=$(curl -sf -X POST "$base/local/tokens" -d '{"sub":"bench","workspace":"bench","role":"owner","ttlSeconds":3600}' \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')
location=$(curl -sf -D - -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"Bench target"}' "$base/v1/projects" | tr -d '\r' | awk -F': ' 'tolower($1)=="location" {print $2}')

page=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"Recipes","path":"/recipes","keyElements":["search","table"]}' "$base$location/pages" \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')
curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' \
  "$base$location/pages/$page/mockups" >/dev/null

run() { # method url rate [body] → "p50 p99 rps non2xx"
  local method=$1 url=$2 rate=$3 body=${4:-'{"name":"Bench project"}'} extra=()
  if [ "$method" = POST ]; then
    extra=(-m POST -H 'Content-Type=application/json' -b "$body")
  fi
  "$cannon" -j -c 8 -d "$seconds" -R "$rate" -H "Authorization=Bearer $token" "${extra[@]}" "$url" 2>/dev/null \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);
        console.log(r.latency.p50, r.latency.p99, Math.round(r.requests.average), r.non2xx + r.errors)})'
}
# warm the JIT and every instance of the pool on both paths before measuring
[ "$only" = mockups ] || "$cannon" -c 8 -d 20 -H "Authorization=Bearer $token" "$base$location" >/dev/null 2>&1
"$cannon" -c 8 -d 10 -m POST -H 'Content-Type=application/json' -b '{"name":"Warm-up"}' \
  -H "Authorization=Bearer $token" "$base/v1/projects" >/dev/null 2>&1

printf '\n%-44s %10s %10s %10s %8s\n' "measure" "p50 ms" "p99 ms" "req/s" "errors"
printf '%-44s %10s %10s %10s %8s\n' "--------------------------------------------" "------" "------" "-----" "------"
printf '%-44s %10s %10s %10s %8s\n' "handler init, median of $samples fresh JVMs (ms)" "$init_median" "-" "-" "-"
[ "$only" = mockups ] && rates=""
for rate in $rates; do
  read -r p50 p99 rps errors < <(run GET "$base$location" "$rate")
  printf '%-44s %10s %10s %10s %8s\n' "GET /v1/projects/{id} at $rate req/s" "$p50" "$p99" "$rps" "$errors"
  read -r p50 p99 rps errors < <(run POST "$base/v1/projects" "$rate")
  printf '%-44s %10s %10s %10s %8s\n' "POST /v1/projects at $rate req/s" "$p50" "$p99" "$rps" "$errors"
done
# mockups: a new rendered version per request (render + blob + a DynamoDB transaction), and serving one
"$cannon" -c 4 -d 5 -m POST -H 'Content-Type=application/json' -b '{}' -H "Authorization=Bearer $token" \
  "$base$location/pages/$page/mockups" >/dev/null 2>&1
for rate in 50 100; do
  read -r p50 p99 rps errors < <(run POST "$base$location/pages/$page/mockups" "$rate" '{}')
  printf '%-44s %10s %10s %10s %8s\n' "POST …/pages/{id}/mockups (render) at $rate/s" "$p50" "$p99" "$rps" "$errors"
done
"$cannon" -c 8 -d 5 -H "Authorization=Bearer $token" "$base$location/mockups/recipes.html" >/dev/null 2>&1
read -r p50 p99 rps errors < <(run GET "$base$location/mockups/recipes.html" 300)
printf '%-44s %10s %10s %10s %8s\n' "GET …/mockups/{slug}.html at 300 req/s" "$p50" "$p99" "$rps" "$errors"
echo
scripts/local.sh bench-render 2>/dev/null | tail -n 1
echo
echo "init samples (ms): $init_sorted; $(nproc) cores; load generator on the same machine; targets: init <= 1500 ms, p99 <= 15 ms at 300 req/s"

if [ "$only" != api ] && [ "$only" != mockups ]; then
  stop_server
  trap - EXIT
  echo
  echo "generation workflow (scripts/local.sh bench-generation):"
  scripts/local.sh bench-generation 2>/dev/null
fi
if [ -z "$only" ]; then
  echo
  echo "self-healing on the fault corpus, and the fix memory's k-NN (scripts/local.sh bench-healing):"
  scripts/local.sh bench-healing 2>/dev/null || true
fi
