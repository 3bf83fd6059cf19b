using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// Reads rule sets from JSON (<i>đọc bộ quy định</i>), strictly: unknown fields, missing fields, bad dates,
/// malformed keys and duplicate keys are rejected with a <see cref="DataFormatException"/> naming the source,
/// the JSON pointer, the line, the value and a stable code. Uses <see cref="Utf8JsonReader"/> by hand (AOT-safe).
/// </summary>
/// <remarks>
/// The format (see <c>docs/rule-sets.md</c>):
/// <code>
/// {
///   "id": "QD-69-2022", "instrument": "69-QĐ/TW",
///   "title": { "vi": "…", "en": "…" }, "issuer": "Bộ Chính trị",
///   "issuedOn": "2022-07-06", "effectiveFrom": "2022-07-06", "verified": true, "source": "…",
///   "supersededBy": "QD-212-2026", "supersededOn": "2026-08-17", "supersessionVerified": true,
///   "entries": [
///     { "key": "discipline.limitation.reprimand", "value": { "kind": "duration", "amount": 5, "unit": "years" },
///       "article": "Điều 4", "verified": true, "note": "…" }
///   ]
/// }
/// </code>
/// Value kinds: <c>duration</c> (amount, unit: days | workingDays | months | years), <c>integer</c> (value),
/// <c>integerRange</c> (min, max), <c>boolean</c> (value), <c>codes</c> (codes: [..]), <c>repealed</c>.
/// </remarks>
public static partial class RuleSetJson;
