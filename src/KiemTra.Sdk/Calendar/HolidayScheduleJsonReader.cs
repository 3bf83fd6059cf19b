using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// Reads a holiday-schedule document (format <c>kiemtra.holiday-schedules/1</c>, see <c>docs/deadlines.md</c>)
/// by hand with <see cref="System.Text.Json.JsonDocument"/>, checking every entry.
/// </summary>
internal static class HolidayScheduleJsonReader
{
    public const string Format = "kiemtra.holiday-schedules/1";

    public static IHolidayScheduleSource Read(Stream stream, string documentName)
    {
        using var document = JsonNode.Parse(stream, documentName);
        var root = new JsonNode(documentName, document.RootElement, "$").AsObject("format", "version", "description", "sources", "schedules");
        var format = root.Required("format");
        if (format.String() != Format)
        {
            throw format.Error($"định dạng phải là '{Format}'", $"format must be '{Format}'");
        }

        var version = root.Required("version").String();
        root.Optional("description")?.String();
        var sources = ReadSources(root.Required("sources"));
        var schedules = new List<HolidaySchedule>();
        var years = new HashSet<int>();
        foreach (var item in root.Required("schedules").Items())
        {
            var schedule = ReadSchedule(item, sources);
            if (!years.Add(schedule.Year))
            {
                throw item.Required("year").Error($"năm {schedule.Year} có hai lịch nghỉ", $"year {schedule.Year} has two schedules");
            }

            schedules.Add(schedule);
        }

        return new InMemoryHolidayScheduleSource($"{documentName}:{version}", schedules);
    }

    internal static Dictionary<string, RuleCitation> ReadSources(JsonNode node)
    {
        var sources = new Dictionary<string, RuleCitation>(StringComparer.Ordinal);
        foreach (var (id, value) in node.Properties())
        {
            value.AsObject("instrument", "article", "verified", "note");
            value.Optional("note")?.String();
            sources[id] = RuleCitation.Of(id, value.Required("instrument").String(), value.Optional("article")?.String(), value.Required("verified").Boolean());
        }

        return sources;
    }

    internal static RuleCitation Citation(JsonNode entry, IReadOnlyDictionary<string, RuleCitation> sources)
    {
        var node = entry.Required("source");
        var id = node.String();
        return sources.TryGetValue(id, out var citation)
            ? citation
            : throw node.Error(
                $"nguồn '{id}' không có trong 'sources' (mỗi mục phải dẫn căn cứ)",
                $"source '{id}' is not defined in 'sources' (every entry must cite its basis)");
    }

    private static HolidaySchedule ReadSchedule(JsonNode node, IReadOnlyDictionary<string, RuleCitation> sources)
    {
        node.AsObject("year", "source", "replacesStatutoryRules", "daysOff", "makeUpWorkdays");
        var year = node.Required("year").Int32(HolidaySchedule.MinYear, HolidaySchedule.MaxYear);
        var replacesStatutoryRules = node.Optional("replacesStatutoryRules")?.Boolean() ?? false;
        var scheduleSource = Citation(node, sources);
        var daysOffNodes = node.Required("daysOff").Items().ToList();
        var makeUpNodes = (node.Optional("makeUpWorkdays")?.Items() ?? []).ToList();

        var daysOff = new List<ScheduledDayOff>();
        foreach (var entry in daysOffNodes)
        {
            entry.AsObject("date", "kind", "reason", "source");
            var dateNode = entry.Required("date");
            var date = dateNode.Date();
            var kindNode = entry.Required("kind");
            var kind = kindNode.String() switch
            {
                "holiday" => DayKind.PublicHoliday,
                "compensatory" => DayKind.CompensatoryDayOff,
                "swapped" => DayKind.SwappedDayOff,
                "weeklyRest" => DayKind.WeeklyRestDay,
                var other => throw kindNode.Error(
                    $"loại '{other}' không hợp lệ (holiday, compensatory, swapped, weeklyRest)",
                    $"unknown kind '{other}' (holiday, compensatory, swapped, weeklyRest)"),
            };
            if (HolidayScheduleRules.CheckInYear(year, date) is { } outside)
            {
                throw new HolidayScheduleFormatException(dateNode.DocumentName, dateNode.Path, date.ToString("uuuu-MM-dd", null), outside);
            }

            if (HolidayScheduleRules.CheckDayOff(date, kind) is { } wrongKind)
            {
                throw new HolidayScheduleFormatException(kindNode.DocumentName, kindNode.Path, kindNode.String(), wrongKind);
            }

            daysOff.Add(ScheduledDayOff.Create(date, kind, entry.Required("reason").Text(), Citation(entry, sources)));
        }

        var makeUps = new List<MakeUpWorkday>();
        foreach (var entry in makeUpNodes)
        {
            entry.AsObject("date", "replaces", "reason", "source");
            var dateNode = entry.Required("date");
            var date = dateNode.Date();
            if (date.DayOfWeek != IsoDayOfWeek.Saturday)
            {
                throw dateNode.Error(
                    $"ngày làm bù phải là thứ Bảy, nhưng {KiemTra.Sdk.Formatting.TextFormat.Date(date)} là {KiemTra.Sdk.Formatting.TextFormat.DayOfWeek(date.DayOfWeek)}",
                    $"a make-up workday must be a Saturday, but {date:uuuu-MM-dd} is a {date.DayOfWeek}");
            }

            LocalDate? replaces = null;
            if (entry.Optional("replaces") is { } replacesNode)
            {
                replaces = replacesNode.Date();
                if (!daysOff.Any(d => d.Date == replaces && d.Kind == DayKind.SwappedDayOff))
                {
                    throw replacesNode.Error(
                        "ngày được hoán đổi phải là một ngày 'swapped' trong daysOff của cùng năm",
                        "the replaced day must be a 'swapped' day in the same schedule's daysOff");
                }
            }

            makeUps.Add(MakeUpWorkday.Create(date, replaces, entry.Required("reason").Text(), Citation(entry, sources)));
        }

        var problem = HolidaySchedule.FindProblem(year, daysOff.Select(d => d.Date).ToList(), makeUps.Select(m => m.Date).ToList());
        if (problem is { } p)
        {
            var bad = (p.List == "daysOff" ? daysOffNodes : makeUpNodes)[p.Index].Required("date");
            throw new HolidayScheduleFormatException(bad.DocumentName, bad.Path, bad.String(), p.Problem);
        }

        if (!replacesStatutoryRules
            && StatutoryHolidayCheck.FindMissing(year, daysOff.Select(d => d.Date).ToHashSet(), StatutoryHolidayRules.BuiltIn, VietnameseLunarHolidayDates.Default) is { } missing)
        {
            var list = node.Required("daysOff");
            throw new HolidayScheduleFormatException(list.DocumentName, list.Path, missing.Date.ToString("uuuu-MM-dd", null), missing.Describe(year));
        }

        return HolidaySchedule.Create(year, isProvisional: false, scheduleSource, daysOff, makeUps, replacesStatutoryRules);
    }
}
