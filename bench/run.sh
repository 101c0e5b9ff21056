#!/usr/bin/env bash
# One command for issue 11's benchmark: builds Release, starts the static Pinterest upstream, the hand-written
# baseline and the gateway (live mode) on 127.0.0.1, connects a caller through the real OAuth flow, measures every
# scenario with wrk, prints one markdown table and writes it to bench/results/DATE-MACHINE.md.
# Usage: bench/run.sh [--duration S (10)] [--connections N (16)] [--runs R (3)] [--latency-ms M (50)] [--warmup S (5)]
# Needs: the .NET SDK and wrk (apt-get install wrk). See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is missing: apt-get install wrk" >&2
  exit 2
fi

echo "building Release (gateway, static upstream, baseline, runner)" >&2
for project in src/GraphApi bench/StaticUpstream bench/Baseline bench/Runner; do
  dotnet build "$project" -c Release -v q -nologo >/dev/null || { echo "building $project failed:" >&2; dotnet build "$project" -c Release -v q -nologo >&2; exit 1; }
done

# exec: Ctrl-C reaches the runner itself, which stops every server it started before exiting.
exec dotnet bench/Runner/bin/Release/net10.0/GraphApi.Bench.Runner.dll "$@"
