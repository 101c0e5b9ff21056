#!/usr/bin/env bash
# BenchmarkDotNet micro-benchmarks (bench/Micro): parse + validate, execute + serialize of user/boards/pins.
# Usage: bench/micro.sh [BenchmarkDotNet arguments]; default: every benchmark, the short job (3 iterations).
# Results: BenchmarkDotNet.Artifacts/results/ under the current directory, and the console.
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  args=(--filter '*' --job short)
fi
exec dotnet run -c Release --project bench/Micro -- "${args[@]}"
