#!/usr/bin/env bash
# Checks the report's documents as a person would read them: converts DIR/report.docx and DIR/report.xlsx with
# LibreOffice in headless mode to PDF, renders the first pages to PNG (pdftoppm) into ARTIFACTS, and fails if a
# conversion fails or the PDF's text layer (pdftotext) lacks the header block, the title "BÁO CÁO", figures of the tables
# (taken from DIR/report.json, written by the same run) or the signature block.
# Needs the Debian packages libreoffice-writer libreoffice-calc poppler-utils fonts-liberation (installed by .ci/run).
# Usage: tests/documents/check-documents.sh DIR ARTIFACTS
set -euo pipefail
if [ "$#" -ne 2 ]; then
  echo "usage: $0 DIR ARTIFACTS" >&2
  exit 2
fi
dir=$(realpath "$1")
artifacts=$(realpath -m "$2")
for f in report.docx report.xlsx report.json; do
  [ -s "$dir/$f" ] || { echo "check-documents: missing $dir/$f" >&2; exit 2; }
done
for tool in soffice pdftoppm pdftotext; do
  command -v "$tool" >/dev/null 2>&1 || { echo "check-documents: $tool is not installed (apt-get install -y libreoffice-writer libreoffice-calc poppler-utils fonts-liberation)" >&2; exit 2; }
done
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "check-documents: $*" >&2; failures=$((failures + 1)); }

# One LibreOffice profile per run, so a concurrent office instance cannot swallow the conversion.
convert() { # FILE OUTDIR
  mkdir -p "$2"
  timeout 300 soffice -env:UserInstallation="file://$work/profile" --headless --norestore --convert-to pdf --outdir "$2" "$1" >"$2/soffice.log" 2>&1 || true
  local pdf="$2/$(basename "${1%.*}").pdf"
  [ -s "$pdf" ] || { fail "LibreOffice did not convert $(basename "$1") to PDF ($(tr '\n' ' ' <"$2/soffice.log"))"; return 1; }
}

# Figures from the JSON report: the first indicator's numerator/denominator, and the discipline totals.
number() { # 1234567 -> 1.234.567 (Vietnamese grouping, as the .docx writes numbers)
  echo "$1" | rev | sed -E 's/([0-9]{3})/\1./g; s/\.$//' | rev
}
numerator=$(grep -m1 -oE '"numerator": [0-9]+' "$dir/report.json" | grep -oE '[0-9]+$')
denominator=$(grep -m1 -oE '"denominator": [0-9]+' "$dir/report.json" | grep -oE '[0-9]+$')
discipline=$(sed -n '/"discipline": \[/,$p' "$dir/report.json")
members=$(grep -oE '"members": [0-9]+' <<<"$discipline" | awk '{s+=$2} END {print s+0}')
organizations=$(grep -oE '"organizations": [0-9]+' <<<"$discipline" | awk '{s+=$2} END {print s+0}')
ratio="$(number "$numerator")/$(number "$denominator")"

require() { # TEXTFILE WHAT NEEDLE
  grep -qF -- "$3" "$1" || fail "$(basename "$1" .txt): $2 missing (\"$3\")"
}

if convert "$dir/report.docx" "$work/docx"; then
  pdf="$work/docx/report.pdf"
  text="$work/docx.txt"
  pdftotext "$pdf" "$text"
  pdftoppm -r 80 -png -f 1 -l 3 "$pdf" "$artifacts/report-docx"
  pdfinfo "$pdf" | grep -q 'Page size: *595.* x 841.* pts (A4)' || fail "report.docx: the pages are not A4"
  require "$text" "the party's title" "ĐẢNG CỘNG SẢN VIỆT NAM"
  require "$text" "the issuing body" "ỦY BAN KIỂM TRA"
  require "$text" "the number and symbol" "-BC/UBKTTU"
  require "$text" "the title" "BÁO CÁO"
  require "$text" "the first indicator's figures from the JSON report" "$ratio"
  require "$text" "the discipline table's member total from the JSON report" "$(number "$members")"
  require "$text" "the discipline section" "THI HÀNH KỶ LUẬT ĐẢNG"
  require "$text" "the signing authority" "T/M ỦY BAN KIỂM TRA"
  require "$text" "the signer's position" "CHỦ NHIỆM"
  require "$text" "the recipients" "Nơi nhận:"
fi

if convert "$dir/report.xlsx" "$work/xlsx"; then
  pdf="$work/xlsx/report.pdf"
  text="$work/xlsx.txt"
  pdftotext -layout "$pdf" "$text"
  pdftoppm -r 80 -png -f 1 -l 3 "$pdf" "$artifacts/report-xlsx"
  require "$text" "the inspection sheet" "Biểu 1. Kiểm tra tổ chức đảng, đảng viên"
  require "$text" "the discipline sheet" "Biểu 3. Thi hành kỷ luật"
  require "$text" "the scope header row" "Phạm vi:"
  require "$text" "the period header row" "Kỳ báo cáo:"
  grep -qE "^Cộng +${organizations} +${members}\$" <(sed -E 's/[[:space:]]+$//; s/,//g' "$text") \
    || fail "xlsx: the discipline total row 'Cộng $organizations $members' from the JSON report is missing"
fi

if [ "$failures" -ne 0 ]; then
  echo "check-documents: $failures problem(s); PNGs in $artifacts" >&2
  exit 1
fi
echo "check-documents: OK — report.docx and report.xlsx converted, text checked ($ratio; discipline $organizations organisations, $members members); PNGs in $artifacts"
