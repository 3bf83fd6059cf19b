using System.Collections.Immutable;
using System.Text.Json;
using KiemTra.Sdk.Json;
using NodaTime;

namespace KiemTra.Sdk.Rules;

/// <summary>
/// Reads rule sets from JSON (<i>đọc bộ quy định</i>), strictly: unknown fields, missing fields, bad dates,
/// malformed keys and duplicate keys are rejected with a <see cref="RuleSetFormatException"/> naming the source,
/// the JSON pointer, the line and the value. Uses <see cref="Utf8JsonReader"/> by hand (AOT-safe).
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
public static class RuleSetJson
{
    private static readonly string[] RuleSetFields =
    [
        "$comment", "id", "instrument", "title", "issuer", "issuedOn", "effectiveFrom", "verified", "source",
        "supersededBy", "supersededOn", "supersessionVerified", "amends", "entries",
    ];

    private static readonly string[] EntryFields = ["key", "value", "article", "verified", "note"];

    /// <summary>Parses one rule set from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <param name="sourceName">The file or stream name used in error messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> is null.</exception>
    /// <exception cref="RuleSetFormatException">The JSON is malformed or breaks the format.</exception>
    public static RuleSet Parse(ReadOnlySpan<byte> utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        LineAwareJson.ErrorFactory error = (path, line, value, message) => new RuleSetFormatException(sourceName, path, line, value, message);
        return Read(LineAwareJson.Parse(utf8Json, error), error);
    }

    /// <summary>Parses one rule set from a JSON string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="RuleSetFormatException">The JSON is malformed or breaks the format.</exception>
    public static RuleSet Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(System.Text.Encoding.UTF8.GetBytes(json), sourceName);
    }

    /// <summary>Reads one rule set from a stream of UTF-8 JSON.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="RuleSetFormatException">The JSON is malformed or breaks the format.</exception>
    public static RuleSet Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        LineAwareJson.ErrorFactory error = (path, line, value, message) => new RuleSetFormatException(sourceName, path, line, value, message);
        return Read(LineAwareJson.Parse(stream, error), error);
    }

    /// <summary>Reads one rule set from a file.</summary>
    /// <exception cref="RuleSetFormatException">The JSON is malformed or breaks the format.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RuleSet LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>The rule sets embedded in the library, in resource-name order.</summary>
    internal static ImmutableArray<RuleSet> LoadBuiltIn()
    {
        var assembly = typeof(RuleSetJson).Assembly;
        var builder = ImmutableArray.CreateBuilder<RuleSet>();
        foreach (var name in assembly.GetManifestResourceNames().OrderBy(n => n, StringComparer.Ordinal))
        {
            var normalized = name.Replace('\\', '.').Replace('/', '.');
            if (normalized.StartsWith("KiemTra.Sdk.Data.rules.", StringComparison.Ordinal) && normalized.EndsWith(".json", StringComparison.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                builder.Add(Load(stream, name));
            }
        }

        return builder.ToImmutable();
    }

    internal static RuleSet Read(LineAwareJson root, LineAwareJson.ErrorFactory error)
    {
        root.ExpectObject(error, RuleSetFields);
        var idNode = root.Required("id", error);
        var id = idNode.AsString(error);
        if (!RuleSet.IsValidId(id))
        {
            throw error(idNode.Path, idNode.Line, id, "A rule set id uses 1–64 ASCII letters, digits, '-', '.' or '_'.");
        }

        var titleNode = root.Required("title", error);
        titleNode.ExpectObject(error, "vi", "en");
        var title = LocalizedText.Of(titleNode.Required("vi", error).AsString(error), titleNode.Required("en", error).AsString(error));
        var issuedNode = root.Required("issuedOn", error);
        var issuedOn = issuedNode.AsDate(error);
        var effectiveNode = root.Required("effectiveFrom", error);
        var effectiveFrom = effectiveNode.AsDate(error);
        if (effectiveFrom < issuedOn)
        {
            throw error(effectiveNode.Path, effectiveNode.Line, effectiveNode.Describe(), $"The effective date is before the issue date {issuedNode.Describe()}.");
        }

        var entriesNode = root.Required("entries", error);
        var entries = new List<RuleEntry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in entriesNode.AsArray(error))
        {
            var entry = ReadEntry(item, error);
            if (!keys.Add(entry.Key))
            {
                var keyNode = item.Required("key", error);
                throw error(keyNode.Path, keyNode.Line, entry.Key, "This key is defined twice in the rule set.");
            }

            entries.Add(entry);
        }

        var set = RuleSet.Create(
            id,
            root.Required("instrument", error).AsString(error),
            title,
            root.Required("issuer", error).AsString(error),
            issuedOn,
            effectiveFrom,
            root.Required("verified", error).AsBoolean(error),
            root.Required("source", error).AsString(error),
            entries);

        var supersededByNode = root.Optional("supersededBy");
        var supersededOnNode = root.Optional("supersededOn");
        var supersessionVerifiedNode = root.Optional("supersessionVerified");
        if (supersededByNode is not null)
        {
            var successor = supersededByNode.AsString(error);
            if (!RuleSet.IsValidId(successor) || successor == id)
            {
                throw error(supersededByNode.Path, supersededByNode.Line, successor, "Expected the id of another rule set.");
            }

            var on = supersededOnNode?.AsDate(error);
            if (on is { } date && date < effectiveFrom)
            {
                throw error(supersededOnNode!.Path, supersededOnNode.Line, supersededOnNode.Describe(), "The supersession date is before the effective date.");
            }

            var verified = supersessionVerifiedNode?.AsBoolean(error)
                ?? throw error($"{root.Path}/supersessionVerified", root.Line, string.Empty, "Say whether the supersession was verified (true or false).");
            set = set.WithSupersession(successor, on, verified);
        }
        else if (supersededOnNode is not null || supersessionVerifiedNode is not null)
        {
            var stray = supersededOnNode ?? supersessionVerifiedNode!;
            throw error(stray.Path, stray.Line, stray.Describe(), "Only a rule set with 'supersededBy' may have this field.");
        }

        if (root.Optional("amends") is { } amendsNode)
        {
            var amended = amendsNode.AsString(error);
            if (!RuleSet.IsValidId(amended) || amended == id)
            {
                throw error(amendsNode.Path, amendsNode.Line, amended, "Expected the id of another rule set.");
            }

            set = set.WithAmends(amended);
        }

        return set;
    }

    internal static RuleEntry ReadEntry(LineAwareJson node, LineAwareJson.ErrorFactory error)
    {
        node.ExpectObject(error, EntryFields);
        var keyNode = node.Required("key", error);
        var key = keyNode.AsString(error);
        if (!RuleEntry.IsValidKey(key))
        {
            throw error(keyNode.Path, keyNode.Line, key, "A rule key is lower-case ASCII words, digits and '-' separated by '.'.");
        }

        var value = ReadValue(node.Required("value", error), error);
        var article = node.Optional("article")?.AsString(error);
        var note = node.Optional("note")?.AsString(error);
        return RuleEntry.Create(key, value, article, node.Required("verified", error).AsBoolean(error), note);
    }

    internal static RuleValue ReadValue(LineAwareJson node, LineAwareJson.ErrorFactory error)
    {
        if (node.Kind != JsonValueKind.Object)
        {
            throw error(node.DisplayPath, node.Line, node.Describe(), "Expected a value object with a 'kind'.");
        }

        var kindNode = node.Required("kind", error);
        var kind = kindNode.AsString(error);
        switch (kind)
        {
            case "duration":
                node.ExpectObject(error, "kind", "amount", "unit");
                var amountNode = node.Required("amount", error);
                var amount = amountNode.AsInt32(error);
                if (amount <= 0)
                {
                    throw error(amountNode.Path, amountNode.Line, amountNode.Describe(), "A duration must be positive.");
                }

                var unitNode = node.Required("unit", error);
                var unit = unitNode.AsString(error) switch
                {
                    "days" => RuleDurationUnit.Days,
                    "workingDays" => RuleDurationUnit.WorkingDays,
                    "months" => RuleDurationUnit.Months,
                    "years" => RuleDurationUnit.Years,
                    var other => throw error(unitNode.Path, unitNode.Line, other, "Expected one of: days, workingDays, months, years."),
                };
                return RuleValue.OfDuration(RuleDuration.Of(amount, unit));
            case "integer":
                node.ExpectObject(error, "kind", "value");
                return RuleValue.OfInteger(node.Required("value", error).AsInt32(error));
            case "integerRange":
                node.ExpectObject(error, "kind", "min", "max");
                var min = node.Required("min", error).AsInt32(error);
                var maxNode = node.Required("max", error);
                var max = maxNode.AsInt32(error);
                if (max < min)
                {
                    throw error(maxNode.Path, maxNode.Line, maxNode.Describe(), $"The maximum is less than the minimum {min}.");
                }

                return RuleValue.OfRange(min, max);
            case "boolean":
                node.ExpectObject(error, "kind", "value");
                return RuleValue.OfBoolean(node.Required("value", error).AsBoolean(error));
            case "codes":
                node.ExpectObject(error, "kind", "codes");
                var codes = new List<string>();
                foreach (var item in node.Required("codes", error).AsArray(error))
                {
                    var code = item.AsString(error);
                    if (codes.Contains(code))
                    {
                        throw error(item.Path, item.Line, code, "This code appears twice.");
                    }

                    codes.Add(code);
                }

                return RuleValue.OfCodes(codes);
            case "repealed":
                node.ExpectObject(error, "kind");
                return RuleValue.Repealed;
            default:
                throw error(kindNode.Path, kindNode.Line, kind, "Expected one of: duration, integer, integerRange, boolean, codes, repealed.");
        }
    }
    /// <summary>Writes <paramref name="set"/> in the format <see cref="Read"/> accepts (used by the JSON adapter package).</summary>
    internal static void Write(Utf8JsonWriter writer, RuleSet set)
    {
        writer.WriteStartObject();
        writer.WriteString("id", set.Id);
        writer.WriteString("instrument", set.Instrument);
        writer.WriteStartObject("title");
        writer.WriteString("vi", set.Title.Vietnamese);
        writer.WriteString("en", set.Title.English);
        writer.WriteEndObject();
        writer.WriteString("issuer", set.Issuer);
        writer.WriteString("issuedOn", IsoDate(set.IssuedOn));
        writer.WriteString("effectiveFrom", IsoDate(set.EffectiveFrom));
        writer.WriteBoolean("verified", set.Verified);
        writer.WriteString("source", set.Source);
        if (set.SupersededBy is { } successor)
        {
            writer.WriteString("supersededBy", successor);
            if (set.SupersededOn is { } on)
            {
                writer.WriteString("supersededOn", IsoDate(on));
            }

            writer.WriteBoolean("supersessionVerified", set.SupersessionVerified);
        }

        if (set.Amends is { } amends)
        {
            writer.WriteString("amends", amends);
        }

        writer.WriteStartArray("entries");
        foreach (var entry in set.Entries)
        {
            WriteEntry(writer, entry);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one entry in the format <see cref="ReadEntry"/> accepts.</summary>
    internal static void WriteEntry(Utf8JsonWriter writer, RuleEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("key", entry.Key);
        writer.WritePropertyName("value");
        WriteValue(writer, entry.Value);
        if (entry.Article is { } article)
        {
            writer.WriteString("article", article);
        }

        writer.WriteBoolean("verified", entry.Verified);
        if (entry.Note is { } note)
        {
            writer.WriteString("note", note);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one value in the format <see cref="ReadValue"/> accepts.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, RuleValue value)
    {
        writer.WriteStartObject();
        switch (value.Kind)
        {
            case RuleValueKind.Duration:
                writer.WriteString("kind", "duration");
                writer.WriteNumber("amount", value.AsDuration().Amount);
                writer.WriteString("unit", value.AsDuration().Unit switch
                {
                    RuleDurationUnit.Days => "days",
                    RuleDurationUnit.WorkingDays => "workingDays",
                    RuleDurationUnit.Months => "months",
                    _ => "years",
                });
                break;
            case RuleValueKind.Integer:
                writer.WriteString("kind", "integer");
                writer.WriteNumber("value", value.AsInteger());
                break;
            case RuleValueKind.IntegerRange:
                writer.WriteString("kind", "integerRange");
                writer.WriteNumber("min", value.AsRange().Min);
                writer.WriteNumber("max", value.AsRange().Max);
                break;
            case RuleValueKind.Boolean:
                writer.WriteString("kind", "boolean");
                writer.WriteBoolean("value", value.AsBoolean());
                break;
            case RuleValueKind.Codes:
                writer.WriteString("kind", "codes");
                writer.WriteStartArray("codes");
                foreach (var code in value.AsCodes())
                {
                    writer.WriteStringValue(code);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteString("kind", "repealed");
                break;
        }

        writer.WriteEndObject();
    }

    private static string IsoDate(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
