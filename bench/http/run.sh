#!/usr/bin/env bash
# HTTP throughput of the gateway on its embedded sandbox, measured with wrk on loopback.
# Usage: bench/http/run.sh [seconds per scenario, default 10] [connections, default 16]
# Needs: the .NET SDK and wrk (apt-get install wrk). Starts its own Release build on 127.0.0.1:5190 with a fresh
# data folder, and stops it afterwards. Load stays on 127.0.0.1 and is bounded by the duration.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
connections="${2:-16}"
url="http://127.0.0.1:5190"
data=$(mktemp -d)

dotnet build src/GraphApi -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Storage__DataDirectory="$data" \
  dotnet src/GraphApi/bin/Release/net10.0/GraphApi.dll --urls "$url" >"$data/gateway.log" 2>&1 &
gateway=$!
trap 'kill $gateway 2>/dev/null; wait $gateway 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf "$url/health/ready" >/dev/null && break; sleep 1; done

export TOKEN
TOKEN=$(curl -sf -X POST "$url/sandbox/token" -H 'content-type: application/json' \
  -d '{"user":"demo.pinner","connect":true}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

run() {
  local name="$1" query="$2"
  printf '%-28s ' "$name"
  QUERY="$query" wrk -t2 -c"$connections" -d"${duration}s" -s bench/http/post.lua "$url/graphql" | tail -n 1
}

echo "GraphApi on $(nproc) cores, wrk -t2 -c$connections -d${duration}s, $(date -u +%Y-%m-%dT%H:%MZ)"
# Warm-up (JIT, tiered compilation, pools), not reported.
QUERY="{ __typename }" wrk -t2 -c"$connections" -d10s -s bench/http/post.lua "$url/graphql" >/dev/null
run "typename" "{ __typename }"
run "gateway (no upstream)" "{ gateway { name version upstream } }"
run "connection (store read)" "{ pinterestConnection { status grantedScopes } }"
# Two upstream calls to the mounted sandbox per request (user_account/get, boards/list), over loopback HTTP.
run "me + 5 boards (sandbox)" "{ me { username boards(first: 5) { nodes { name pinCount } } } }"
if [ -n "${EXTRA_QUERY:-}" ]; then run "extra" "$EXTRA_QUERY"; fi
