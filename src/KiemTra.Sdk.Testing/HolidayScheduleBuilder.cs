using System.Diagnostics.CodeAnalysis;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Testing;

/// <summary>
/// Builds a <see cref="HolidaySchedule"/> for a test in a few lines (<i>dựng lịch nghỉ cho kiểm thử</i>): a break of N
/// days (weekends inside it listed as weekly rest days), compensatory days, and weekday/Saturday swaps. Every day cites
/// the builder's source. Not thread-safe; each <see cref="Build"/> returns a new immutable schedule.
/// </summary>
/// <example>
/// <code>
/// var schedule = HolidayScheduleBuilder.ForYear(2027)
///     .Break(new LocalDate(2027, 2, 5), days: 9, "Tết Nguyên đán", "Lunar New Year")
///     .Swap(dayOff: new LocalDate(2027, 1, 4), makeUpSaturday: new LocalDate(2027, 1, 9))
///     .Build();
/// var calendar = WorkingCalendar.Create(new WorkingCalendarOptions { Schedules = HolidayScheduleBuilder.Source(schedule) });
/// </code>
/// </example>
public sealed class HolidayScheduleBuilder
{
    private readonly int _year;
    private readonly RuleCitation _source;
    private readonly List<DayExplanation> _daysOff = [];
    private readonly List<DayExplanation> _makeUps = [];

    private HolidayScheduleBuilder(int year, RuleCitation source)
    {
        _year = year;
        _source = source;
    }

    /// <summary>Starts an official schedule for <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <param name="source">The notice every day cites (default: a verified test notice).</param>
    /// <returns>The builder.</returns>
    public static HolidayScheduleBuilder ForYear(int year, RuleCitation? source = null)
        => new(year, source ?? RuleCitation.Of(RecordId<RuleSet>.From("TEST"), $"Thông báo thử nghiệm năm {year}", null, verified: true));

    /// <summary>Adds one public holiday.</summary>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The day is not valid for a schedule (see <see cref="DayExplanation.Create"/>).</exception>
    public HolidayScheduleBuilder Holiday(LocalDate date, string vietnamese, string english)
        => Break(date, 1, vietnamese, english);

    /// <summary>Adds a break of <paramref name="days"/> consecutive days: weekdays as public holidays, Saturdays and Sundays as weekly rest days.</summary>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public HolidayScheduleBuilder Break(LocalDate first, int days, string vietnamese, string english)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var reason = LocalizedText.Of(vietnamese, english);
        for (var date = first; date < first.PlusDays(days); date = date.PlusDays(1))
        {
            var kind = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayKind.WeeklyRestDay : DayKind.PublicHoliday;
            _daysOff.Add(DayExplanation.Create(date, kind, reason, _source, isProvisional: false));
        }

        return this;
    }

    /// <summary>Adds a compensatory day off (a weekday given for a holiday on a weekly rest day).</summary>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is a Saturday or Sunday.</exception>
    public HolidayScheduleBuilder Compensatory(LocalDate date)
    {
        _daysOff.Add(DayExplanation.Create(date, DayKind.CompensatoryDayOff, LocalizedText.Of("Nghỉ bù", "Compensatory day off"), _source, isProvisional: false));
        return this;
    }

    /// <summary>Gives <paramref name="dayOff"/> (a weekday) off in exchange for working <paramref name="makeUpSaturday"/>.</summary>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="dayOff"/> is a weekend day or <paramref name="makeUpSaturday"/> is not a Saturday.</exception>
    public HolidayScheduleBuilder Swap(LocalDate dayOff, LocalDate makeUpSaturday)
    {
        _daysOff.Add(DayExplanation.Create(dayOff, DayKind.SwappedDayOff, LocalizedText.Of("Nghỉ hoán đổi", "Swapped day off"), _source, isProvisional: false));
        _makeUps.Add(DayExplanation.Create(
            makeUpSaturday,
            DayKind.MakeUpWorkday,
            LocalizedText.Of($"Làm bù cho ngày {KiemTra.Sdk.Formatting.TextFormat.Date(dayOff)}", $"Make-up for {KiemTra.Sdk.Formatting.TextFormat.IsoDate(dayOff)}"),
            _source,
            isProvisional: false,
            replaces: dayOff));
        return this;
    }

    /// <summary>Builds the schedule.</summary>
    /// <returns>An immutable schedule.</returns>
    /// <exception cref="ArgumentException">A date is outside the year or listed twice.</exception>
    public HolidaySchedule Build() => HolidaySchedule.Create(_year, isProvisional: false, _source, _daysOff, _makeUps);

    /// <summary>A schedule source over <paramref name="schedules"/> (one per year), to combine with or replace the built-in one.</summary>
    /// <param name="schedules">The schedules.</param>
    /// <returns>An immutable source with version id <c>test</c>.</returns>
    /// <exception cref="ArgumentException">Two schedules have the same year.</exception>
    public static IHolidayScheduleSource Source(params HolidaySchedule[] schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        return new TestSource(schedules.ToDictionary(s => s.Year));
    }

    private sealed class TestSource(Dictionary<int, HolidaySchedule> schedules) : IHolidayScheduleSource
    {
        private readonly int[] _years = schedules.Keys.Order().ToArray();

        public string VersionId => "test";

        public IReadOnlyList<int> GetYears() => _years;

        public bool TryGetSchedule(int year, [NotNullWhen(true)] out HolidaySchedule? schedule) => schedules.TryGetValue(year, out schedule);
    }
}
