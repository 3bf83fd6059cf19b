using System.Text.Json;
using KiemTra.Sdk;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Rules;
using NodaTime;

#if KIEMTRA_CORE
namespace KiemTra.Sdk.Documents;
#else
namespace KiemTra.Sdk.Serialization.SystemTextJson;
#endif

static partial class RuleSetJson
{
    private static readonly string[] RuleSetFields =
    [
        "$comment", "id", "instrument", "title", "issuer", "issuedOn", "effectiveFrom", "verified", "source",
        "supersededBy", "supersededOn", "supersessionVerified", "amends", "entries",
    ];

    private static readonly string[] EntryFields = ["key", "value", "article", "verified", "note"];

    /// <summary>Reads one rule set from UTF-8 JSON in memory.</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <param name="sourceName">The file or stream name used in error messages.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> is null.</exception>
    /// <exception cref="DataFormatException">The JSON is malformed or breaks the format (the code says how: <see cref="ErrorCodes"/>).</exception>
    public static RuleSet Read(ReadOnlySpan<byte> utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        var error = ErrorsOf(sourceName);
        return Read(LineAwareJson.Parse(utf8Json, error), error);
    }

    /// <summary>Reads one rule set from a stream of UTF-8 JSON (the stream is read to its end, not closed).</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <param name="sourceName">The file or stream name used in error messages.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="DataFormatException">The JSON is malformed or breaks the format (the code says how: <see cref="ErrorCodes"/>).</exception>
    public static RuleSet Read(Stream utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(sourceName);
        var error = ErrorsOf(sourceName);
        return Read(LineAwareJson.Parse(utf8Json, error), error);
    }

    /// <summary>Writes a rule set as indented UTF-8 JSON in the format <see cref="Read(Stream, string)"/> reads (the stream is not closed).</summary>
    /// <param name="value">The rule set.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(RuleSet value, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, DocumentWriting.Options);
        Write(writer, value);
    }

    /// <summary>Reads one rule set from a JSON string (tests and internal callers; the public spelling is the stream or span overload).</summary>
    internal static RuleSet Read(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(System.Text.Encoding.UTF8.GetBytes(json), sourceName);
    }

    private static LineAwareJson.ErrorFactory ErrorsOf(string sourceName)
        => (path, line, value, problem) => problem.At(sourceName, path, line, value);

    private static DocumentProblem Invalid(string vietnamese, string english) => DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, vietnamese, english);

    /// <summary>Runs a core factory; its refusal becomes <see cref="ErrorCodes.DocumentRuleViolated"/> at <paramref name="node"/>, keeping its message.</summary>
    private static T Guard<T>(LineAwareJson node, LineAwareJson.ErrorFactory error, Func<T> factory)
    {
        try
        {
            return factory();
        }
        catch (ArgumentException ex)
        {
            throw error(node.DisplayPath, node.Line, node.Describe(), DocumentProblem.Of(ErrorCodes.DocumentRuleViolated, $"vi phạm quy tắc của bộ quy định: {ex.Message}", ex.Message));
        }
    }

    internal static RuleSet Read(LineAwareJson root, LineAwareJson.ErrorFactory error)
    {
        root.ExpectObject(error, RuleSetFields);
        var idNode = root.Required("id", error);
        var idText = idNode.AsString(error);
        if (!RecordId<RuleSet>.TryFrom(idText, out var id))
        {
            throw error(idNode.Path, idNode.Line, idText, Invalid(IdTexts.RuleSetId.Vietnamese, IdTexts.RuleSetId.English));
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
            throw error(effectiveNode.Path, effectiveNode.Line, effectiveNode.Describe(), DocumentProblem.Of(ErrorCodes.DocumentRuleViolated, $"ngày có hiệu lực trước ngày ban hành {issuedNode.Describe()}", $"The effective date is before the issue date {issuedNode.Describe()}."));
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
                throw error(keyNode.Path, keyNode.Line, entry.Key, DocumentProblem.Of(ErrorCodes.DocumentIdDuplicate, "khóa này được định nghĩa hai lần trong bộ quy định", "This key is defined twice in the rule set."));
            }

            entries.Add(entry);
        }

        var set = Guard(root, error, () => RuleSet.Create(
            id,
            root.Required("instrument", error).AsString(error),
            title,
            root.Required("issuer", error).AsString(error),
            issuedOn,
            effectiveFrom,
            root.Required("verified", error).AsBoolean(error),
            root.Required("source", error).AsString(error),
            entries));

        var supersededByNode = root.Optional("supersededBy");
        var supersededOnNode = root.Optional("supersededOn");
        var supersessionVerifiedNode = root.Optional("supersessionVerified");
        if (supersededByNode is not null)
        {
            var successorText = supersededByNode.AsString(error);
            if (!RecordId<RuleSet>.TryFrom(successorText, out var successor) || successor == id)
            {
                throw error(supersededByNode.Path, supersededByNode.Line, successorText, Invalid("phải là mã của một bộ quy định khác", "Expected the id of another rule set."));
            }

            var on = supersededOnNode?.AsDate(error);
            if (on is { } date && date < effectiveFrom)
            {
                throw error(supersededOnNode!.Path, supersededOnNode.Line, supersededOnNode.Describe(), DocumentProblem.Of(ErrorCodes.DocumentRuleViolated, "ngày bị thay thế trước ngày có hiệu lực", "The supersession date is before the effective date."));
            }

            var verified = supersessionVerifiedNode?.AsBoolean(error)
                ?? throw error($"{root.Path}/supersessionVerified", root.Line, string.Empty, DocumentProblem.Of(ErrorCodes.DocumentFieldMissing, "phải nêu việc thay thế đã được kiểm chứng hay chưa (true hoặc false)", "Say whether the supersession was verified (true or false)."));
            set = Guard(supersededByNode, error, () => set.WithSupersession(successor, on, verified));
        }
        else if (supersededOnNode is not null || supersessionVerifiedNode is not null)
        {
            var stray = supersededOnNode ?? supersessionVerifiedNode!;
            throw error(stray.Path, stray.Line, stray.Describe(), DocumentProblem.Of(ErrorCodes.DocumentFieldUnknown, "chỉ bộ quy định có 'supersededBy' mới được có trường này", "Only a rule set with 'supersededBy' may have this field."));
        }

        if (root.Optional("amends") is { } amendsNode)
        {
            var amendedText = amendsNode.AsString(error);
            if (!RecordId<RuleSet>.TryFrom(amendedText, out var amended) || amended == id)
            {
                throw error(amendsNode.Path, amendsNode.Line, amendedText, Invalid("phải là mã của một bộ quy định khác", "Expected the id of another rule set."));
            }

            set = Guard(amendsNode, error, () => set.WithAmends(amended));
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
            throw error(keyNode.Path, keyNode.Line, key, Invalid("khóa quy định gồm các từ ASCII chữ thường, chữ số và '-', phân cách bằng '.'", "A rule key is lower-case ASCII words, digits and '-' separated by '.'."));
        }

        var value = ReadValue(node.Required("value", error), error);
        var article = node.Optional("article")?.AsString(error);
        var note = node.Optional("note")?.AsString(error);
        var verified = node.Required("verified", error).AsBoolean(error);
        return Guard(node, error, () => RuleEntry.Create(key, value, article, verified, note));
    }

    internal static RuleValue ReadValue(LineAwareJson node, LineAwareJson.ErrorFactory error)
    {
        if (node.Kind != JsonValueKind.Object)
        {
            throw error(node.DisplayPath, node.Line, node.Describe(), Invalid("phải là một đối tượng giá trị có 'kind'", "Expected a value object with a 'kind'."));
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
                    throw error(amountNode.Path, amountNode.Line, amountNode.Describe(), DocumentProblem.Of(ErrorCodes.DocumentRuleViolated, "thời hạn phải là số dương", "A duration must be positive."));
                }

                var unitNode = node.Required("unit", error);
                var unit = unitNode.AsString(error) switch
                {
                    "days" => RuleDurationUnit.CalendarDays,
                    "workingDays" => RuleDurationUnit.WorkingDays,
                    "months" => RuleDurationUnit.Months,
                    "years" => RuleDurationUnit.Years,
                    var other => throw error(unitNode.Path, unitNode.Line, other, Invalid("phải là một trong: days, workingDays, months, years", "Expected one of: days, workingDays, months, years.")),
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
                    throw error(maxNode.Path, maxNode.Line, maxNode.Describe(), DocumentProblem.Of(ErrorCodes.DocumentRuleViolated, $"giá trị lớn nhất nhỏ hơn giá trị nhỏ nhất {min}", $"The maximum is less than the minimum {min}."));
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
                        throw error(item.Path, item.Line, code, DocumentProblem.Of(ErrorCodes.DocumentIdDuplicate, "mã này xuất hiện hai lần", "This code appears twice."));
                    }

                    codes.Add(code);
                }

                return RuleValue.OfCodes(codes);
            case "repealed":
                node.ExpectObject(error, "kind");
                return RuleValue.Repealed;
            default:
                throw error(kindNode.Path, kindNode.Line, kind, Invalid("phải là một trong: duration, integer, integerRange, boolean, codes, repealed", "Expected one of: duration, integer, integerRange, boolean, codes, repealed."));
        }
    }

    /// <summary>Writes <paramref name="set"/> in the format <see cref="Read(LineAwareJson, LineAwareJson.ErrorFactory)"/> accepts.</summary>
    internal static void Write(Utf8JsonWriter writer, RuleSet set)
    {
        writer.WriteStartObject();
        writer.WriteString("id", set.Id.Value);
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
            writer.WriteString("supersededBy", successor.Value);
            if (set.SupersededOn is { } on)
            {
                writer.WriteString("supersededOn", IsoDate(on));
            }

            writer.WriteBoolean("supersessionVerified", set.SupersessionVerified);
        }

        if (set.Amends is { } amends)
        {
            writer.WriteString("amends", amends.Value);
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
        if (value.TryGetDuration(out var duration))
        {
            writer.WriteString("kind", "duration");
            writer.WriteNumber("amount", duration.Amount);
            writer.WriteString("unit", duration.Unit switch
            {
                RuleDurationUnit.CalendarDays => "days",
                RuleDurationUnit.WorkingDays => "workingDays",
                RuleDurationUnit.Months => "months",
                _ => "years",
            });
        }
        else if (value.TryGetInteger(out var integer))
        {
            writer.WriteString("kind", "integer");
            writer.WriteNumber("value", integer);
        }
        else if (value.TryGetRange(out var min, out var max))
        {
            writer.WriteString("kind", "integerRange");
            writer.WriteNumber("min", min);
            writer.WriteNumber("max", max);
        }
        else if (value.TryGetBoolean(out var boolean))
        {
            writer.WriteString("kind", "boolean");
            writer.WriteBoolean("value", boolean);
        }
        else if (value.TryGetCodes(out var codes))
        {
            writer.WriteString("kind", "codes");
            writer.WriteStartArray("codes");
            foreach (var code in codes)
            {
                writer.WriteStringValue(code);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("kind", "repealed");
        }

        writer.WriteEndObject();
    }

    private static string IsoDate(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
