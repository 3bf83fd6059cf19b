#!/usr/bin/env bash
# Packs the solution and checks every shipped package: a .nupkg and a .snupkg, each .nupkg containing README.md
# and the XML documentation of its assembly, and package validation (EnablePackageValidation) passing during pack.
# Exits non-zero on any missing piece. Usage: .ci/pack-check.sh [output-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/packages}"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/Directory.Build.props | head -1)
packages=(KiemTra.Sdk KiemTra.Sdk.Serialization.SystemTextJson KiemTra.Sdk.FluentValidation KiemTra.Sdk.DependencyInjection KiemTra.Sdk.Testing KiemTra.Sdk.Reporting)

rm -rf "$out"
echo "== pack (version $version) into $out"
dotnet pack KiemTra.Sdk.sln -c Release -o "$out" -p:ContinuousIntegrationBuild=true

failures=0
fail() { echo "pack-check: $*" >&2; failures=$((failures + 1)); }
for id in "${packages[@]}"; do
  nupkg="$out/$id.$version.nupkg"
  snupkg="$out/$id.$version.snupkg"
  before=$failures
  [ -f "$nupkg" ] || { fail "missing $nupkg"; continue; }
  [ -f "$snupkg" ] || fail "missing $snupkg"
  listing=$(unzip -Z1 "$nupkg")
  grep -qx "README.md" <<<"$listing" || fail "$id: README.md not packed"
  grep -qx "lib/net10.0/$id.dll" <<<"$listing" || fail "$id: lib/net10.0/$id.dll not packed"
  grep -qx "lib/net10.0/$id.xml" <<<"$listing" || fail "$id: XML documentation lib/net10.0/$id.xml not packed"
  nuspec=$(unzip -p "$nupkg" "$id.nuspec")
  grep -q '<readme>README.md</readme>' <<<"$nuspec" || fail "$id: nuspec has no <readme>"
  grep -q '<repository type="git" url="' <<<"$nuspec" || fail "$id: nuspec has no repository metadata"
  if [ -f "$snupkg" ]; then
    symbols=$(unzip -Z1 "$snupkg")
    grep -qx "lib/net10.0/$id.pdb" <<<"$symbols" || fail "$id: symbols package has no $id.pdb"
  fi
  [ "$failures" -ne "$before" ] || echo "ok  $id"
done

extra=$(find "$out" -name '*.nupkg' | wc -l)
[ "$extra" -eq "${#packages[@]}" ] || fail "expected ${#packages[@]} .nupkg files, found $extra (a non-shipped project is packable?)"
if [ "$failures" -ne 0 ]; then
  echo "pack-check: $failures problem(s)" >&2
  exit 1
fi
echo "pack-check: all ${#packages[@]} packages complete"
