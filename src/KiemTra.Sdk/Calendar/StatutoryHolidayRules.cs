using System.Collections.ObjectModel;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// The statutory holidays and the compensatory-day rule as effective-dated data (<i>quy định về nghỉ lễ, tết</i>),
/// used to compute a year that has no official schedule. Saturday and Sunday are weekly rest days of party and
/// state bodies (QĐ 188/1999/QĐ-TTg, <see cref="WeeklyRestSource"/>).
/// </summary>
/// <remarks>
/// The built-in data (<c>src/KiemTra.Sdk/Data/Calendar/statutory-holidays.json</c>, format
/// <c>kiemtra.statutory-holidays/1</c>) encodes Labour Code 1994 (Tết 4 days, National Day 1 day), 2012 (from
/// 2013-05-01: Tết 5 days) and 2019 Art. 112 (from 2021-01-01: National Day plus one adjacent day), the
/// compensatory day of Art. 111(3), and Ngày Văn hóa Việt Nam 24/11 from 2026 (Nghị quyết 28/2026/QH16, in force
/// 2026-07-01; cited from official press, the primary text not read: <c>"verified": false</c>, applied by default).
/// </remarks>
public sealed class StatutoryHolidayRules
{
    private const string BuiltInResource = "statutory-holidays.json";

    private static readonly Lazy<StatutoryHolidayRules> BuiltInRules = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private StatutoryHolidayRules(string versionId, IReadOnlyList<StatutoryHolidayRule> holidays, LocalDate weeklyRestFrom, RuleCitation weeklyRestSource, IReadOnlyList<CompensatoryDayRule> compensation)
    {
        VersionId = versionId;
        Holidays = new ReadOnlyCollection<StatutoryHolidayRule>(holidays.ToArray());
        WeeklyRestFrom = weeklyRestFrom;
        WeeklyRestSource = weeklyRestSource;
        Compensation = new ReadOnlyCollection<CompensatoryDayRule>(compensation.ToArray());
        var tetFrom = holidays.Where(h => h.Kind == StatutoryHolidayRuleKind.LunarNewYear).Select(h => h.EffectiveFrom).DefaultIfEmpty(LocalDate.MaxIsoValue).Min();
        FirstCoveredDate = LocalDate.Max(tetFrom, weeklyRestFrom);
    }

    /// <summary>Creates statutory rules (what a rules document holds).</summary>
    /// <param name="versionId">Identifies the data and its version.</param>
    /// <param name="holidays">Every holiday rule, every version of each.</param>
    /// <param name="weeklyRestFrom">The date from which Saturday and Sunday are weekly rest days.</param>
    /// <param name="weeklyRestSource">The instrument that makes them so.</param>
    /// <param name="compensation">The periods in which a holiday falling on a weekly rest day gives a compensatory day off.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="versionId"/> is empty.</exception>
    public static StatutoryHolidayRules Create(string versionId, IEnumerable<StatutoryHolidayRule> holidays, LocalDate weeklyRestFrom, RuleCitation weeklyRestSource, IEnumerable<CompensatoryDayRule> compensation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(weeklyRestSource);
        ArgumentNullException.ThrowIfNull(compensation);
        var rules = holidays.ToList();
        var periods = compensation.ToList();
        if (rules.Contains(null!) || periods.Contains(null!))
        {
            throw new ArgumentNullException(rules.Contains(null!) ? nameof(holidays) : nameof(compensation), "An entry is null.");
        }

        return new StatutoryHolidayRules(versionId, rules, weeklyRestFrom, weeklyRestSource, periods);
    }

    /// <summary>The rules shipped with the SDK, loaded once on first use.</summary>
    public static StatutoryHolidayRules BuiltIn => BuiltInRules.Value;

    /// <summary>Identifies the data and its version.</summary>
    public string VersionId { get; }

    /// <summary>Every holiday rule, every version of each.</summary>
    public IReadOnlyList<StatutoryHolidayRule> Holidays { get; }

    /// <summary>The date from which Saturday and Sunday are weekly rest days.</summary>
    public LocalDate WeeklyRestFrom { get; }

    /// <summary>The periods in which a holiday falling on a weekly rest day gives a compensatory day off.</summary>
    public IReadOnlyList<CompensatoryDayRule> Compensation { get; }

    /// <summary>The instrument that makes Saturday and Sunday weekly rest days (QĐ 188/1999/QĐ-TTg).</summary>
    public RuleCitation WeeklyRestSource { get; }

    /// <summary>
    /// The first date the rules cover: both Tết and the Saturday–Sunday weekly rest are defined from it (earlier years
    /// cannot be computed; the built-in rules start on 2000-01-01).
    /// </summary>
    public LocalDate FirstCoveredDate { get; }

    /// <summary>The ids of the optional holidays a host may enable.</summary>
    public IEnumerable<string> OptionalHolidayIds => Holidays.Where(h => h.IsOptional).Select(h => h.Id).Distinct();

    /// <summary>
    /// The first statutory holiday of the schedule's year that <paramref name="schedule"/> leaves out (any kind of day
    /// off counts), with the problem in Vietnamese and English, or null when it keeps every one. A schedule that
    /// deliberately departs from the statutory rules says so with <see cref="HolidaySchedule.ReplacesStatutoryRules"/>.
    /// </summary>
    /// <param name="schedule">An official schedule.</param>
    /// <returns>The holiday's date and the problem, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public (LocalDate Date, LocalizedText Problem)? FindMissingHoliday(HolidaySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return StatutoryHolidayCheck.FindMissing(schedule.Year, schedule.DaysOff.Select(d => d.Date).ToHashSet(), this, VietnameseLunarHolidayDates.Default) is { } missing
            ? (missing.Date, missing.Describe(schedule.Year))
            : null;
    }

    /// <summary>The compensatory-day rule in force on <paramref name="date"/>, or null when none is.</summary>
    internal RuleCitation? CompensationOn(LocalDate date)
    {
        foreach (var period in Compensation)
        {
            if (date >= period.EffectiveFrom && (period.EffectiveTo is not { } end || date <= end))
            {
                return period.Source;
            }
        }

        return null;
    }

    private static StatutoryHolidayRules LoadBuiltIn()
    {
        using var stream = EmbeddedCalendarData.Open(BuiltInResource);
        return Documents.StatutoryHolidayRulesJson.Read(stream, "built-in statutory-holidays.json");
    }
}
