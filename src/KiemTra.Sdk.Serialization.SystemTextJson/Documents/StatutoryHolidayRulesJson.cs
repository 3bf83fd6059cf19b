using System.Text.Json;
using KiemTra.Sdk;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Rules;
using NodaTime;

#if KIEMTRA_CORE
namespace KiemTra.Sdk.Documents;
#else
namespace KiemTra.Sdk.Serialization.SystemTextJson;
#endif

static partial class StatutoryHolidayRulesJson
{
    /// <summary>The format name written in every statutory-rules document.</summary>
    public const string Format = "kiemtra.statutory-holidays/1";

    /// <summary>Reads statutory rules (the stream is read to its end, not closed).</summary>
    /// <param name="utf8Json">UTF-8 JSON in the <c>kiemtra.statutory-holidays/1</c> format.</param>
    /// <param name="sourceName">A name for the document used in error messages and in <see cref="StatutoryHolidayRules.VersionId"/>.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is empty.</exception>
    /// <exception cref="DataFormatException">The document is malformed or an entry is bad: unknown field, missing citation, bad date or range (the code says which: <see cref="ErrorCodes"/>).</exception>
    public static StatutoryHolidayRules Read(Stream utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using var document = DocumentNode.Parse(utf8Json, sourceName);
        var root = DocumentNode.Root(document, sourceName).AsObject("format", "version", "description", "sources", "weeklyRest", "compensation", "holidays");
        var format = root.Required("format");
        if (format.String() != Format)
        {
            throw format.Error($"định dạng phải là '{Format}'", $"format must be '{Format}'", code: ErrorCodes.DocumentVersionUnsupported);
        }

        var version = root.Required("version").String();
        root.Optional("description")?.String();
        var sources = HolidayScheduleJson.ReadSources(root.Required("sources"));
        var weeklyRest = root.Required("weeklyRest").AsObject("from", "source", "note");
        weeklyRest.Optional("note")?.String();
        var weeklyRestFrom = weeklyRest.Required("from").Date();
        var weeklyRestSource = HolidayScheduleJson.Citation(weeklyRest, sources);

        var compensation = new List<CompensatoryDayRule>();
        foreach (var entry in root.Required("compensation").Items())
        {
            entry.AsObject("from", "to", "source");
            var (from, to) = ReadRange(entry);
            compensation.Add(new CompensatoryDayRule(from, to, HolidayScheduleJson.Citation(entry, sources)));
        }

        var holidays = new List<StatutoryHolidayRule>();
        foreach (var entry in root.Required("holidays").Items())
        {
            entry.AsObject("id", "name", "rule", "month", "day", "lunarMonth", "lunarDay", "days", "adjacentDay", "optional", "from", "to", "source");
            var id = entry.Required("id").String();
            var name = entry.Required("name").Text();
            var ruleNode = entry.Required("rule");
            var (from, to) = ReadRange(entry);
            var source = HolidayScheduleJson.Citation(entry, sources);
            // An adjacent day belongs to a fixed-date holiday only; on a lunar or Tết entry it would be read and never applied.
            var adjacentNode = entry.Optional("adjacentDay");
            var adjacent = adjacentNode?.Boolean() ?? false;
            var optional = entry.Optional("optional")?.Boolean() ?? false;
            var ruleName = ruleNode.String();
            if (ruleName is not ("fixed" or "lunar" or "lunarNewYear"))
            {
                throw ruleNode.Error($"quy tắc '{ruleName}' không hợp lệ (fixed, lunar, lunarNewYear)", $"unknown rule '{ruleName}' (fixed, lunar, lunarNewYear)");
            }

            if (adjacent && ruleName != "fixed")
            {
                throw adjacentNode!.Value.Error(
                    $"ngày liền kề chỉ áp dụng cho ngày lễ theo dương lịch (rule \"fixed\"), không áp dụng cho mục '{JsonInput.Clip(id)}'",
                    $"an adjacent day applies only to a fixed-date holiday (rule \"fixed\"), not to entry '{JsonInput.Clip(id)}'",
                    code: ErrorCodes.DocumentRuleViolated);
            }

            StatutoryHolidayRule rule = ruleName switch
            {
                "fixed" => StatutoryHolidayRule.Fixed(id, name, entry.Required("month").Int32(1, 12), entry.Required("day").Int32(1, 31), source, from, to, adjacentDay: adjacent, isOptional: optional),
                "lunar" => StatutoryHolidayRule.Lunar(id, name, entry.Required("lunarMonth").Int32(1, 12), entry.Required("lunarDay").Int32(1, 30), source, from, to, isOptional: optional),
                _ => StatutoryHolidayRule.LunarNewYear( // "lunarNewYear", the only other name the check above lets through
                    id, name, entry.Required("days").Int32(1, 10), source, from, to, isOptional: optional),
            };
            if (!rule.IsLunar && rule.Day > 28 && rule.Day > CalendarSystem.Iso.GetDaysInMonth(2001, rule.Month))
            {
                throw entry.Required("day").Error("ngày không tồn tại trong tháng", "no such day in that month", code: ErrorCodes.DocumentRuleViolated);
            }

            holidays.Add(rule);
        }

        return StatutoryHolidayRules.Create($"{sourceName}:{version}", holidays, weeklyRestFrom, weeklyRestSource, compensation);
    }

    /// <summary>Writes statutory rules in the format <see cref="Read(Stream, string)"/> reads (the stream is not closed).</summary>
    /// <param name="value">The rules.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two different citations share an id (the document cites each source once, by id).</exception>
    public static void Write(StatutoryHolidayRules value, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var w = new Utf8JsonWriter(utf8Json, DocumentWriting.Options);
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("version", value.VersionId);
        HolidayScheduleJson.WriteSources(w, value.Compensation.Select(c => c.Source).Concat(value.Holidays.Select(h => h.Source)).Prepend(value.WeeklyRestSource));
        w.WriteStartObject("weeklyRest");
        w.WriteString("from", DocumentWriting.Iso(value.WeeklyRestFrom));
        w.WriteString("source", value.WeeklyRestSource.RuleSetId.Value);
        w.WriteEndObject();
        w.WriteStartArray("compensation");
        foreach (var period in value.Compensation)
        {
            w.WriteStartObject();
            WriteRange(w, period.EffectiveFrom, period.EffectiveTo);
            w.WriteString("source", period.Source.RuleSetId.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("holidays");
        foreach (var rule in value.Holidays)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            HolidayScheduleJson.WriteText(w, "name", rule.Name);
            if (rule.IsLunarNewYear)
            {
                w.WriteString("rule", "lunarNewYear");
                w.WriteNumber("days", rule.Days);
            }
            else if (rule.IsLunar)
            {
                w.WriteString("rule", "lunar");
                w.WriteNumber("lunarMonth", rule.Month);
                w.WriteNumber("lunarDay", rule.Day);
            }
            else
            {
                w.WriteString("rule", "fixed");
                w.WriteNumber("month", rule.Month);
                w.WriteNumber("day", rule.Day);
            }

            if (rule.AdjacentDay)
            {
                w.WriteBoolean("adjacentDay", true);
            }

            if (rule.IsOptional)
            {
                w.WriteBoolean("optional", true);
            }

            WriteRange(w, rule.EffectiveFrom, rule.EffectiveTo);
            w.WriteString("source", rule.Source.RuleSetId.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter w, LocalDate from, LocalDate? to)
    {
        w.WriteString("from", DocumentWriting.Iso(from));
        if (to is { } end)
        {
            w.WriteString("to", DocumentWriting.Iso(end));
        }
    }

    private static (LocalDate From, LocalDate? To) ReadRange(DocumentNode entry)
    {
        var from = entry.Required("from").Date();
        var toNode = entry.Optional("to");
        LocalDate? to = toNode?.Date();
        if (to is { } end && end < from)
        {
            throw toNode!.Value.Error("ngày kết thúc hiệu lực trước ngày bắt đầu", "the effective range ends before it starts", code: ErrorCodes.DocumentRuleViolated);
        }

        return (from, to);
    }
}
