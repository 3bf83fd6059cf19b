using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>Reads a <c>kiemtra.statutory-holidays/1</c> document by hand, checking every entry.</summary>
internal static class StatutoryHolidayRulesJsonReader
{
    public const string Format = "kiemtra.statutory-holidays/1";

    public static StatutoryHolidayRules Read(Stream stream, string documentName)
    {
        using var document = JsonNode.Parse(stream, documentName);
        var root = new JsonNode(documentName, document.RootElement, "$").AsObject("format", "version", "description", "sources", "weeklyRest", "compensation", "holidays");
        var format = root.Required("format");
        if (format.String() != Format)
        {
            throw format.Error($"định dạng phải là '{Format}'", $"format must be '{Format}'");
        }

        var version = root.Required("version").String();
        root.Optional("description")?.String();
        var sources = HolidayScheduleJsonReader.ReadSources(root.Required("sources"));
        var weeklyRest = root.Required("weeklyRest").AsObject("source");
        var weeklyRestSource = HolidayScheduleJsonReader.Citation(weeklyRest, sources);

        var compensation = new List<(LocalDate, LocalDate?, Rules.RuleCitation)>();
        foreach (var entry in root.Required("compensation").Items())
        {
            entry.AsObject("from", "to", "source");
            var (from, to) = ReadRange(entry);
            compensation.Add((from, to, HolidayScheduleJsonReader.Citation(entry, sources)));
        }

        var holidays = new List<StatutoryHolidayRule>();
        foreach (var entry in root.Required("holidays").Items())
        {
            entry.AsObject("id", "name", "rule", "month", "day", "lunarMonth", "lunarDay", "days", "adjacentDay", "optional", "from", "to", "source");
            var id = entry.Required("id").String();
            var name = entry.Required("name").Text();
            var ruleNode = entry.Required("rule");
            var (from, to) = ReadRange(entry);
            var source = HolidayScheduleJsonReader.Citation(entry, sources);
            var adjacent = entry.Optional("adjacentDay")?.Boolean() ?? false;
            var optional = entry.Optional("optional")?.Boolean() ?? false;
            StatutoryHolidayRule rule = ruleNode.String() switch
            {
                "fixed" => new(id, name, StatutoryHolidayRuleKind.Fixed, entry.Required("month").Int32(1, 12), entry.Required("day").Int32(1, 31), 1, adjacent, optional, from, to, source),
                "lunar" => new(id, name, StatutoryHolidayRuleKind.Lunar, entry.Required("lunarMonth").Int32(1, 12), entry.Required("lunarDay").Int32(1, 30), 1, adjacent, optional, from, to, source),
                "lunarNewYear" => new(id, name, StatutoryHolidayRuleKind.LunarNewYear, 1, 1, entry.Required("days").Int32(1, 10), false, optional, from, to, source),
                var other => throw ruleNode.Error($"quy tắc '{other}' không hợp lệ (fixed, lunar, lunarNewYear)", $"unknown rule '{other}' (fixed, lunar, lunarNewYear)"),
            };
            if (rule.Kind == StatutoryHolidayRuleKind.Fixed && rule.Day > 28 && rule.Day > CalendarSystem.Iso.GetDaysInMonth(2001, rule.Month))
            {
                throw entry.Required("day").Error("ngày không tồn tại trong tháng", "no such day in that month");
            }

            holidays.Add(rule);
        }

        return new StatutoryHolidayRules($"{documentName}:{version}", holidays, weeklyRestSource, compensation);
    }

    private static (LocalDate From, LocalDate? To) ReadRange(JsonNode entry)
    {
        var from = entry.Required("from").Date();
        var toNode = entry.Optional("to");
        LocalDate? to = toNode?.Date();
        if (to is { } end && end < from)
        {
            throw toNode!.Value.Error("ngày kết thúc hiệu lực trước ngày bắt đầu", "the effective range ends before it starts");
        }

        return (from, to);
    }
}
