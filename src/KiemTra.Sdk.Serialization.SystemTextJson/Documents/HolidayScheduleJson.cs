using System.Diagnostics.CodeAnalysis;
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

static partial class HolidayScheduleJson
{
    /// <summary>The format name written in every holiday-schedule document.</summary>
    public const string Format = "kiemtra.holiday-schedules/1";

    /// <summary>Reads a holiday-schedule document (the stream is read to its end, not closed).</summary>
    /// <param name="utf8Json">UTF-8 JSON in the <c>kiemtra.holiday-schedules/1</c> format.</param>
    /// <param name="sourceName">A name for the document used in error messages and in <see cref="IHolidayScheduleSource.VersionId"/>.</param>
    /// <returns>An immutable source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is empty.</exception>
    /// <exception cref="DataFormatException">
    /// The JSON is malformed, or an entry is bad: an unknown field, a missing or undefined citation, a duplicate or
    /// overlapping date, a make-up day that is not a Saturday, a date outside its year, two schedules for a year, a
    /// statutory holiday left out (the code says which: <see cref="ErrorCodes"/>).
    /// </exception>
    public static IHolidayScheduleSource Read(Stream utf8Json, string sourceName)
        => Read(utf8Json, sourceName, StatutoryHolidayRules.BuiltIn);

    /// <summary>Writes holiday schedules in the format <see cref="Read(Stream, string)"/> reads (the stream is not closed).</summary>
    /// <param name="value">The schedules (every year the source has).</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two different citations share an id (the document cites each source once, by id).</exception>
    public static void Write(IHolidayScheduleSource value, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var schedules = value.GetYears().Select(year => value.TryGetSchedule(year, out var s) ? s : null).OfType<HolidaySchedule>().ToList();
        var citations = schedules.SelectMany(s => s.DaysOff.Select(d => d.Source).Concat(s.MakeUpWorkdays.Select(m => m.Source)).Prepend(s.Source));
        using var w = new Utf8JsonWriter(utf8Json, DocumentWriting.Options);
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("version", value.VersionId);
        WriteSources(w, citations);
        w.WriteStartArray("schedules");
        foreach (var schedule in schedules)
        {
            w.WriteStartObject();
            w.WriteNumber("year", schedule.Year);
            w.WriteString("source", schedule.Source.RuleSetId.Value);
            if (schedule.ReplacesStatutoryRules)
            {
                w.WriteBoolean("replacesStatutoryRules", true);
            }

            w.WriteStartArray("daysOff");
            foreach (var day in schedule.DaysOff)
            {
                w.WriteStartObject();
                w.WriteString("date", DocumentWriting.Iso(day.Date));
                w.WriteString("kind", day.Kind switch
                {
                    DayKind.PublicHoliday => "holiday",
                    DayKind.CompensatoryDayOff => "compensatory",
                    DayKind.SwappedDayOff => "swapped",
                    _ => "weeklyRest",
                });
                WriteText(w, "reason", day.Reason);
                w.WriteString("source", day.Source.RuleSetId.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("makeUpWorkdays");
            foreach (var day in schedule.MakeUpWorkdays)
            {
                w.WriteStartObject();
                w.WriteString("date", DocumentWriting.Iso(day.Date));
                if (day.Replaces is { } replaces)
                {
                    w.WriteString("replaces", DocumentWriting.Iso(replaces));
                }

                WriteText(w, "reason", day.Reason);
                w.WriteString("source", day.Source.RuleSetId.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Reads a document, checking each schedule against <paramref name="statutory"/>.</summary>
    internal static IHolidayScheduleSource Read(Stream utf8Json, string sourceName, StatutoryHolidayRules statutory)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using var document = DocumentNode.Parse(utf8Json, sourceName);
        var root = DocumentNode.Root(document, sourceName).AsObject("format", "version", "description", "sources", "schedules");
        var format = root.Required("format");
        if (format.String() != Format)
        {
            throw format.Error($"định dạng phải là '{Format}'", $"format must be '{Format}'", code: ErrorCodes.DocumentVersionUnsupported);
        }

        var version = root.Required("version").String();
        root.Optional("description")?.String();
        var sources = ReadSources(root.Required("sources"));
        var schedules = new List<HolidaySchedule>();
        var years = new HashSet<int>();
        foreach (var item in root.Required("schedules").Items())
        {
            var schedule = ReadSchedule(item, sources, statutory);
            if (!years.Add(schedule.Year))
            {
                throw item.Required("year").Error($"năm {schedule.Year} có hai lịch nghỉ", $"year {schedule.Year} has two schedules", code: ErrorCodes.DocumentIdDuplicate);
            }

            schedules.Add(schedule);
        }

        return new Schedules($"{sourceName}:{version}", schedules);
    }

    internal static Dictionary<string, RuleCitation> ReadSources(DocumentNode node)
    {
        var sources = new Dictionary<string, RuleCitation>(StringComparer.Ordinal);
        foreach (var (id, value) in node.Properties())
        {
            value.AsObject("instrument", "article", "verified", "note");
            value.Optional("note")?.String();
            var instrument = value.Required("instrument").String();
            var article = value.Optional("article")?.String();
            var verified = value.Required("verified").Boolean();
            sources[id] = Guard(value, () => RuleCitation.Of(RecordId<RuleSet>.From(id), instrument, article, verified));
        }

        return sources;
    }

    internal static void WriteSources(Utf8JsonWriter w, IEnumerable<RuleCitation> citations)
    {
        var byId = new Dictionary<string, RuleCitation>(StringComparer.Ordinal);
        foreach (var citation in citations)
        {
            if (!byId.TryAdd(citation.RuleSetId.Value, citation) && byId[citation.RuleSetId.Value] != citation)
            {
                throw new ArgumentException($"Two different citations have the id '{citation.RuleSetId}'.", nameof(citations));
            }
        }

        w.WriteStartObject("sources");
        foreach (var (id, citation) in byId)
        {
            w.WriteStartObject(id);
            w.WriteString("instrument", citation.Instrument);
            if (citation.Article is { } article)
            {
                w.WriteString("article", article);
            }

            w.WriteBoolean("verified", citation.Verified);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    internal static void WriteText(Utf8JsonWriter w, string name, LocalizedText text)
    {
        w.WriteStartObject(name);
        w.WriteString("vi", text.Vietnamese);
        w.WriteString("en", text.English);
        w.WriteEndObject();
    }

    internal static RuleCitation Citation(DocumentNode entry, IReadOnlyDictionary<string, RuleCitation> sources)
    {
        var node = entry.Required("source");
        var id = node.String();
        return sources.TryGetValue(id, out var citation)
            ? citation
            : throw node.Error(
                $"nguồn '{id}' không có trong 'sources' (mỗi mục phải dẫn căn cứ)",
                $"source '{id}' is not defined in 'sources' (every entry must cite its basis)",
                code: ErrorCodes.DocumentReferenceUnknown);
    }

    /// <summary>Runs a core factory; its refusal becomes <see cref="ErrorCodes.DocumentRuleViolated"/> at <paramref name="node"/>, keeping its message.</summary>
    internal static T Guard<T>(DocumentNode node, Func<T> factory)
    {
        try
        {
            return factory();
        }
        catch (ArgumentException ex)
        {
            throw node.Error("giá trị trái quy định của dữ liệu (chi tiết ở bản tiếng Anh)", ex.Message, code: ErrorCodes.DocumentRuleViolated);
        }
    }

    private static HolidaySchedule ReadSchedule(DocumentNode node, IReadOnlyDictionary<string, RuleCitation> sources, StatutoryHolidayRules statutory)
    {
        node.AsObject("year", "source", "replacesStatutoryRules", "daysOff", "makeUpWorkdays");
        var year = node.Required("year").Int32(HolidaySchedule.MinYear, HolidaySchedule.MaxYear);
        var replacesStatutoryRules = node.Optional("replacesStatutoryRules")?.Boolean() ?? false;
        var scheduleSource = Citation(node, sources);
        var daysOffNodes = node.Required("daysOff").Items().ToList();
        var makeUpNodes = (node.Optional("makeUpWorkdays")?.Items() ?? []).ToList();

        var daysOff = new List<DayExplanation>();
        foreach (var entry in daysOffNodes)
        {
            entry.AsObject("date", "kind", "reason", "source");
            var date = entry.Required("date").Date();
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
            var reason = entry.Required("reason").Text();
            var citation = Citation(entry, sources);
            daysOff.Add(Guard(kindNode, () => DayExplanation.Create(date, kind, reason, citation, isProvisional: false)));
        }

        var makeUps = new List<DayExplanation>();
        foreach (var entry in makeUpNodes)
        {
            entry.AsObject("date", "replaces", "reason", "source");
            var dateNode = entry.Required("date");
            var date = dateNode.Date();
            LocalDate? replaces = null;
            if (entry.Optional("replaces") is { } replacesNode)
            {
                replaces = replacesNode.Date();
                if (!daysOff.Any(d => d.Date == replaces && d.Kind == DayKind.SwappedDayOff))
                {
                    throw replacesNode.Error(
                        "ngày được hoán đổi phải là một ngày 'swapped' trong daysOff của cùng năm",
                        "the replaced day must be a 'swapped' day in the same schedule's daysOff",
                        code: ErrorCodes.DocumentReferenceUnknown);
                }
            }

            var reason = entry.Required("reason").Text();
            var citation = Citation(entry, sources);
            makeUps.Add(Guard(dateNode, () => DayExplanation.Create(date, DayKind.MakeUpWorkday, reason, citation, isProvisional: false, replaces)));
        }

        HolidaySchedule schedule;
        try
        {
            schedule = HolidaySchedule.Create(year, isProvisional: false, scheduleSource, daysOff, makeUps, replacesStatutoryRules);
        }
        catch (ArgumentException ex)
        {
            // The core names the list and position; find the entry that breaks the schedule (only on failure) to name its pointer and line.
            throw Culprit(year, scheduleSource, daysOff, makeUps, daysOffNodes, makeUpNodes)
                .Error($"vi phạm quy tắc của lịch nghỉ: {ex.Message}", ex.Message, code: ErrorCodes.DocumentRuleViolated);
        }

        if (!replacesStatutoryRules && statutory.FindMissingHoliday(schedule) is { } missing)
        {
            throw node.Required("daysOff").Fail(ErrorCodes.DocumentRuleViolated, missing.Problem, DocumentWriting.Iso(missing.Date));
        }

        return schedule;
    }

    /// <summary>The date node of the first entry with which the schedule can no longer be created (days off first, then make-up days).</summary>
    private static DocumentNode Culprit(int year, RuleCitation source, List<DayExplanation> daysOff, List<DayExplanation> makeUps, List<DocumentNode> daysOffNodes, List<DocumentNode> makeUpNodes)
    {
        for (var i = 1; i <= daysOff.Count + makeUps.Count; i++)
        {
            try
            {
                HolidaySchedule.Create(year, isProvisional: false, source, daysOff.Take(i), makeUps.Take(Math.Max(0, i - daysOff.Count)), replacesStatutoryRules: true);
            }
            catch (ArgumentException)
            {
                return (i <= daysOff.Count ? daysOffNodes[i - 1] : makeUpNodes[i - daysOff.Count - 1]).Required("date");
            }
        }

        return daysOffNodes.Count > 0 ? daysOffNodes[0] : makeUpNodes[0];
    }

    /// <summary>The schedules of one document, by year.</summary>
    private sealed class Schedules(string versionId, IEnumerable<HolidaySchedule> schedules) : IHolidayScheduleSource
    {
        private readonly Dictionary<int, HolidaySchedule> _byYear = schedules.ToDictionary(s => s.Year);

        public string VersionId { get; } = versionId;

        public IReadOnlyList<int> GetYears() => _byYear.Keys.Order().ToArray();

        public bool TryGetSchedule(int year, [NotNullWhen(true)] out HolidaySchedule? schedule) => _byYear.TryGetValue(year, out schedule);
    }
}
