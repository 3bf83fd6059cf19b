using System.Globalization;
using System.Text.Json;
using KiemTra.Sdk;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Documents;

/// <summary>
/// Reads and writes the meeting-length limits the built-in <c>meetings-within-length-limit</c> measure reads
/// (<c>Data/indicators/meeting-limits.json</c>): embedded data of the core, read once through this internal code.
/// </summary>
internal static class MeetingLengthLimitsJson
{
    /// <summary>Reads limits (the stream is read to its end, not closed).</summary>
    /// <param name="utf8Json">UTF-8 JSON: <c>{ "source": {ruleSet, instrument, article}, "verified": bool, "limits": [ { "kind": "Dissemination", "maxDays": 0.5, "text": {vi, en} } ] }</c>, one entry per <see cref="MeetingKind"/>.</param>
    /// <param name="sourceName">A name for error messages (the file name).</param>
    /// <returns>The limits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is empty.</exception>
    /// <exception cref="DataFormatException">A field is unknown, missing or bad, a kind is repeated or missing, or a limit is not positive (the code says which: <see cref="ErrorCodes"/>).</exception>
    public static MeetingLengthLimits Read(Stream utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using var document = JsonFields.Parse(utf8Json, sourceName);
        var root = JsonFields.Root(document, sourceName);
        var s = root.Object("source");
        var ruleSet = s.String("ruleSet");
        if (!RecordId<RuleSet>.TryFrom(ruleSet, out var ruleSetId))
        {
            throw s.Error("ruleSet", ruleSet, ErrorCodes.DocumentValueInvalid, IdTexts.RuleSetId.Vietnamese, IdTexts.RuleSetId.English);
        }

        var instrument = s.String("instrument");
        var article = s.OptionalString("article");
        s.RejectUnknown();
        var verified = root.Boolean("verified");
        var limits = new List<(MeetingKind Kind, decimal MaxDays, LocalizedText Text)>();
        foreach (var entry in root.Array("limits"))
        {
            var f = root.Item(entry);
            var kind = f.Enum<MeetingKind>("kind");
            var max = f.Decimal("maxDays");
            if (max <= 0)
            {
                throw f.Error("maxDays", max.ToString(CultureInfo.InvariantCulture), ErrorCodes.DocumentRuleViolated, "phải là số dương", "must be positive");
            }

            var text = f.Text("text");
            f.RejectUnknown();
            if (limits.Any(l => l.Kind == kind))
            {
                throw f.Error("kind", kind.ToString(), ErrorCodes.DocumentIdDuplicate, "loại hội nghị lặp lại", "duplicate meeting kind");
            }

            limits.Add((kind, max, text));
        }

        root.RejectUnknown();
        foreach (var kind in Enum.GetValues<MeetingKind>())
        {
            if (!limits.Any(l => l.Kind == kind))
            {
                throw root.Error("limits", kind.ToString(), ErrorCodes.DocumentFieldMissing, "thiếu giới hạn cho loại hội nghị này", "no limit for this meeting kind");
            }
        }

        var citation = RuleCitation.Of(ruleSetId, instrument, article, verified);
        try
        {
            return MeetingLengthLimits.Create(citation, limits);
        }
        catch (ArgumentException ex)
        {
            throw root.Error("limits", null, ErrorCodes.DocumentRuleViolated, "giá trị trái quy định của dữ liệu (chi tiết ở bản tiếng Anh)", ex.Message);
        }
    }

    /// <summary>Writes limits in the format <see cref="Read(Stream, string)"/> reads (the stream is not closed).</summary>
    /// <param name="value">The limits.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(MeetingLengthLimits value, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var w = new Utf8JsonWriter(utf8Json, DocumentWriting.Options);
        w.WriteStartObject();
        IndicatorCatalogJson.WriteSource(w, value.Source);
        w.WriteBoolean("verified", value.Source.Verified);
        w.WriteStartArray("limits");
        foreach (var kind in Enum.GetValues<MeetingKind>())
        {
            w.WriteStartObject();
            w.WriteString("kind", kind.ToString());
            w.WriteNumber("maxDays", value.MaxDays(kind));
            HolidayScheduleJson.WriteText(w, "text", value.Text(kind));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
