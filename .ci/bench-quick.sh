#!/usr/bin/env bash
# Benchmark smoke run: builds the benchmark program in Release and runs its --quick mode (a representative subset
# with BenchmarkDotNet's dry job, in process), then checks that a GitHub-flavoured report was written for every class
# of the quick set. BenchmarkDotNet exits 0 even when it ran nothing, so the files are the proof (the program itself
# also exits 1 when a benchmark failed). Timings are never asserted: the machine is shared and noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== benchmark smoke run (--quick: runs and writes results; timings are not checked)"
out=artifacts/benchmarks-quick
rm -rf "$out"
start=$(date +%s)
dotnet run -c Release --project benchmarks/KiemTra.Sdk.Benchmarks -- --quick "$out"
classes=(CalendarBenchmarks LunarCalendarBenchmarks LunarRangeBenchmarks IndicatorBenchmarks JsonBenchmarks)
missing=0
for c in "${classes[@]}"; do
  report="$out/results/KiemTra.Sdk.Benchmarks.$c-report-github.md"
  # The report must hold a table with at least one row under its header.
  if [ ! -s "$report" ] || ! awk '/^\|[-: |]+$/ {t = 1; next} t && /^\|/ {n++} END {exit !(n > 0)}' "$report"; then
    echo "bench-quick: no results for $c ($report)" >&2
    missing=1
  fi
done
if [ "$missing" -ne 0 ]; then
  exit 1
fi
echo "bench-quick: ${#classes[@]} classes reported in $out/results ($(( $(date +%s) - start )) s)"
