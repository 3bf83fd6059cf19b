#!/usr/bin/env bash
# Publishes samples/KiemTra.AotSmoke trimmed and self-contained (warnings are errors, so any trim or AOT-analyser
# warning from the shipped libraries fails), then runs it: it computes a deadline and round-trips it through the
# source-generated JSON context. Native AOT itself is not published here: the NativeAOT runtime pack is not in the
# package mirror. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
rid="${RID:-linux-x64}"
out="artifacts/aot-smoke/$rid"
rm -rf "$out"
echo "== publish trimmed, self-contained ($rid)"
dotnet publish samples/KiemTra.AotSmoke -c Release -r "$rid" --self-contained -p:PublishTrimmed=true -p:TreatWarningsAsErrors=true -o "$out"
echo "== run"
"$out/KiemTra.AotSmoke"
echo "aot-smoke: ok"
