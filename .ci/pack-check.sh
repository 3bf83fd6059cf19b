#!/usr/bin/env bash
# Packs the solution and checks every shipped package (and the kiemtra tool, below): a .nupkg and a .snupkg, each .nupkg containing README.md
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

# The CLI as a .NET tool (samples/KiemTra.Cli): a top-level package pointing to one package per runtime identifier,
# linux-x64 precompiled (ReadyToRun) and `any` portable. Installed from the folder and run, as a user would.
tool_packages=(kiemtra kiemtra.linux-x64 kiemtra.any)
for id in "${tool_packages[@]}"; do
  [ -f "$out/$id.$version.nupkg" ] || fail "missing tool package $out/$id.$version.nupkg"
done
if [ -f "$out/kiemtra.linux-x64.$version.nupkg" ]; then
  listing=$(unzip -Z1 "$out/kiemtra.linux-x64.$version.nupkg")
  grep -qx "tools/net10.0/linux-x64/kiemtra.dll" <<<"$listing" || fail "kiemtra.linux-x64: tools/net10.0/linux-x64/kiemtra.dll not packed"
  grep -qx "tools/net10.0/linux-x64/DotnetToolSettings.xml" <<<"$listing" || fail "kiemtra.linux-x64: DotnetToolSettings.xml not packed"
  grep -qx "README.md" <<<"$listing" || fail "kiemtra.linux-x64: README.md not packed"
fi
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] && [ -f "$out/kiemtra.$version.nupkg" ]; then
  tools=$(mktemp -d)
  if dotnet tool install --tool-path "$tools" --add-source "$out" --version "$version" kiemtra >/dev/null; then
    about=$("$tools/kiemtra" about) || fail "the installed tool: kiemtra about failed"
    grep -q "^KiemTra.Sdk " <<<"$about" || fail "the installed tool: kiemtra about printed no version line"
    # On linux-x64 the tool installed must be the precompiled (ReadyToRun) package, not the portable fallback.
    sdk=$(find "$tools/.store" -path '*linux-x64*' -name KiemTra.Sdk.dll | head -1)
    [ -n "$sdk" ] || fail "the installed tool is not the linux-x64 package"
  else
    fail "dotnet tool install --tool-path $tools --add-source $out kiemtra failed"
  fi
  rm -rf "$tools"
fi
[ "$failures" -ne 0 ] || echo "ok  kiemtra (tool: ${tool_packages[*]}; installed and ran 'kiemtra about')"

extra=$(find "$out" -name '*.nupkg' | wc -l)
expected=$(( ${#packages[@]} + ${#tool_packages[@]} ))
[ "$extra" -eq "$expected" ] || fail "expected $expected .nupkg files, found $extra (a non-shipped project is packable?)"
if [ "$failures" -ne 0 ]; then
  echo "pack-check: $failures problem(s)" >&2
  exit 1
fi
echo "pack-check: all ${#packages[@]} packages complete; the kiemtra tool installs and runs"
