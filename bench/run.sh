#!/usr/bin/env bash
# One command for issue 11's benchmark: builds Release, starts the static Pinterest upstream, the hand-written
# baseline and the gateway (live mode) on 127.0.0.1, connects a caller through the real OAuth flow, measures every
# scenario with wrk, prints one markdown table and writes it to bench/results/DATE-MACHINE.md.
# Usage: bench/run.sh [--duration S (10)] [--connections N (16)] [--runs R (3)] [--latency-ms M (50)] [--warmup S (5)]
#                     [--topology single|two-instances (single)]
# --topology two-instances adds two gateway processes on PostgreSQL + Redis behind deploy/Proxy to the same run (README,
# "Running several instances"); it needs both servers on 127.0.0.1 (bash .ci/start-servers.sh starts them) and uses a
# database graphapi_bench (recreated) and the Redis prefix graphapi-bench: (emptied) of their own.
# Needs: the .NET SDK and wrk (apt-get install wrk). See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is missing: apt-get install wrk" >&2
  exit 2
fi

projects=(src/GraphApi bench/StaticUpstream bench/Baseline bench/Runner)
previous=""
for argument in "$@"; do
  if [ "$previous" = "--topology" ] && [ "$argument" = "two-instances" ]; then
    # Connection settings of the two-instance run; the graphapi role and password are .ci/start-servers.sh's.
    export GRAPHAPI_BENCH_POSTGRES="${GRAPHAPI_BENCH_POSTGRES:-Host=127.0.0.1;Port=5432;Database=graphapi_bench;Username=graphapi;Password=graphapi}"
    export GRAPHAPI_BENCH_REDIS="${GRAPHAPI_BENCH_REDIS:-127.0.0.1:6379}"
    export GRAPHAPI_BENCH_REDIS_PREFIX="graphapi-bench:"
    if ! pg_isready -q -h 127.0.0.1 2>/dev/null || [ "$(redis-cli -h 127.0.0.1 ping 2>/dev/null)" != PONG ]; then
      echo "--topology two-instances needs PostgreSQL and Redis on 127.0.0.1: bash .ci/start-servers.sh" >&2
      exit 2
    fi
    echo "preparing a fresh database graphapi_bench and an empty Redis prefix $GRAPHAPI_BENCH_REDIS_PREFIX" >&2
    PGPASSWORD=graphapi psql -q -h 127.0.0.1 -U graphapi -d postgres -v ON_ERROR_STOP=1 \
      -c "DROP DATABASE IF EXISTS graphapi_bench WITH (FORCE)" -c "CREATE DATABASE graphapi_bench" >/dev/null
    redis-cli -h 127.0.0.1 --scan --pattern "$GRAPHAPI_BENCH_REDIS_PREFIX*" | xargs -r redis-cli -h 127.0.0.1 del >/dev/null
    projects+=(deploy/Proxy)
  fi
  previous=$argument
done

echo "building Release (${projects[*]})" >&2
for project in "${projects[@]}"; do
  dotnet build "$project" -c Release -v q -nologo >/dev/null || { echo "building $project failed:" >&2; dotnet build "$project" -c Release -v q -nologo >&2; exit 1; }
done

# exec: Ctrl-C reaches the runner itself, which stops every server it started before exiting.
exec dotnet bench/Runner/bin/Release/net10.0/GraphApi.Bench.Runner.dll "$@"
