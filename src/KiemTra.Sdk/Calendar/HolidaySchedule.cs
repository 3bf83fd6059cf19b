using System.Collections.ObjectModel;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// The days off and make-up working Saturdays of one calendar year for party and state bodies
/// (<i>lịch nghỉ lễ, tết trong năm</i>): either an official schedule announced by the Government
/// (<see cref="IsProvisional"/> = <c>false</c>) or one computed from the statutory rules
/// (<see cref="IsProvisional"/> = <c>true</c>).
/// </summary>
/// <remarks>
/// <para>A schedule lists every day of each break, weekends inside a break included, and every
/// make-up Saturday, each with its reason and source. Saturdays and Sundays not listed are ordinary
/// weekly rest days; weekdays not listed are ordinary working days.</para>
/// <para>Dates belong to <see cref="Year"/>, except that a New Year break may begin up to seven days
/// before 1 January (the 2023 schedule starts on 2022-12-31, the 2024 one on 2023-12-30). When a calendar
/// is built, such a lead-in date is governed by the schedule that lists it, not by the previous year's.</para>
/// </remarks>
public sealed class HolidaySchedule
{
    private HolidaySchedule(int year, bool isProvisional, RuleCitation source, IReadOnlyList<DayExplanation> daysOff, IReadOnlyList<DayExplanation> makeUpWorkdays, bool replacesStatutoryRules)
    {
        Year = year;
        IsProvisional = isProvisional;
        ReplacesStatutoryRules = replacesStatutoryRules;
        Source = source;
        DaysOff = daysOff;
        MakeUpWorkdays = makeUpWorkdays;
    }

    /// <summary>The smallest year a schedule may describe.</summary>
    public const int MinYear = 1900;

    /// <summary>The largest year a schedule may describe.</summary>
    public const int MaxYear = 2199;

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>
    /// <c>false</c> for an official schedule; <c>true</c> when computed from the statutory rules because no
    /// official schedule is known (every answer that depends on it is provisional).
    /// </summary>
    public bool IsProvisional { get; }

    /// <summary>
    /// Whether this official schedule deliberately replaces the statutory holidays of its year (an explicit opt-out).
    /// When <c>false</c> (the default) a <see cref="WorkingCalendar"/> refuses an official schedule that leaves a
    /// statutory holiday (1/1, Tết, Hùng Kings' day, 30/4, 1/5, 2/9 and its adjacent day, 24/11 from 2026) as a working
    /// day, and the JSON loader refuses such a document; see <c>docs/deadlines.md</c>.
    /// </summary>
    public bool ReplacesStatutoryRules { get; }

    /// <summary>The notice (official schedule) or the law (computed schedule) the schedule as a whole rests on.</summary>
    public RuleCitation Source { get; }

    /// <summary>
    /// Every day off (<i>ngày nghỉ</i>), in date order: a <see cref="DayKind.PublicHoliday"/>, a
    /// <see cref="DayKind.CompensatoryDayOff"/>, a <see cref="DayKind.SwappedDayOff"/> or a
    /// <see cref="DayKind.WeeklyRestDay"/> inside a break, each with its reason and the notice or law it comes from.
    /// </summary>
    public IReadOnlyList<DayExplanation> DaysOff { get; }

    /// <summary>
    /// Every make-up working Saturday (<i>ngày làm bù</i>, <see cref="DayKind.MakeUpWorkday"/>), in date order, with the
    /// weekday it replaces (<see cref="DayExplanation.Replaces"/>) when the notice names it.
    /// </summary>
    public IReadOnlyList<DayExplanation> MakeUpWorkdays { get; }

    /// <summary>Creates a schedule after checking it.</summary>
    /// <param name="year">The year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="isProvisional">Whether the schedule is computed rather than official.</param>
    /// <param name="source">The notice or law the schedule rests on.</param>
    /// <param name="daysOff">The days off (kinds of day off, provisional exactly when the schedule is), in any order.</param>
    /// <param name="makeUpWorkdays">The make-up Saturdays (<see cref="DayKind.MakeUpWorkday"/>, provisional exactly when the schedule is), in any order.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    /// <exception cref="ArgumentException">
    /// A date is outside the year (see remarks on the class), a date is listed twice, a date is both a day off and a
    /// make-up workday, a day is listed under the wrong kind, or a day is provisional when the schedule is not (or the reverse).
    /// </exception>
    public static HolidaySchedule Create(int year, bool isProvisional, RuleCitation source, IEnumerable<DayExplanation> daysOff, IEnumerable<DayExplanation> makeUpWorkdays)
        => Create(year, isProvisional, source, daysOff, makeUpWorkdays, replacesStatutoryRules: false);

    /// <summary>Creates a schedule after checking it, saying whether it deliberately replaces the statutory holidays.</summary>
    /// <param name="year">The year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="isProvisional">Whether the schedule is computed rather than official.</param>
    /// <param name="source">The notice or law the schedule rests on.</param>
    /// <param name="daysOff">The days off (kinds of day off, provisional exactly when the schedule is), in any order.</param>
    /// <param name="makeUpWorkdays">The make-up Saturdays (<see cref="DayKind.MakeUpWorkday"/>, provisional exactly when the schedule is), in any order.</param>
    /// <param name="replacesStatutoryRules">
    /// <c>true</c> only for a schedule that deliberately leaves out a statutory holiday (see <see cref="ReplacesStatutoryRules"/>).
    /// </param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    /// <exception cref="ArgumentException">
    /// A date is outside the year (see remarks on the class), a date is listed twice, a date is both a day off and a
    /// make-up workday, a day is listed under the wrong kind, or a day is provisional when the schedule is not (or the reverse).
    /// </exception>
    public static HolidaySchedule Create(int year, bool isProvisional, RuleCitation source, IEnumerable<DayExplanation> daysOff, IEnumerable<DayExplanation> makeUpWorkdays, bool replacesStatutoryRules)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(daysOff);
        ArgumentNullException.ThrowIfNull(makeUpWorkdays);
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Year {year} is outside the supported range {MinYear}–{MaxYear}.");
        }

        var off = daysOff.ToList();
        var work = makeUpWorkdays.ToList();
        if (off.Contains(null!) || work.Contains(null!))
        {
            throw new ArgumentNullException(off.Contains(null!) ? nameof(daysOff) : nameof(makeUpWorkdays), "A schedule entry is null.");
        }

        for (var i = 0; i < off.Count + work.Count; i++)
        {
            var (list, index, day) = i < off.Count ? (nameof(daysOff), i, off[i]) : (nameof(makeUpWorkdays), i - off.Count, work[i - off.Count]);
            if (i < off.Count ? !day.IsDayOff : day.Kind != DayKind.MakeUpWorkday)
            {
                throw new ArgumentException($"Holiday schedule {year}, {list}[{index}]: {day.Date:uuuu-MM-dd} is a {day.Kind}, not a {(i < off.Count ? "day off" : "make-up workday")}.", list);
            }

            if (day.IsProvisional != isProvisional)
            {
                throw new ArgumentException($"Holiday schedule {year}, {list}[{index}]: {day.Date:uuuu-MM-dd} is {(day.IsProvisional ? "provisional" : "not provisional")} but the schedule is {(isProvisional ? "provisional" : "official")}.", list);
            }
        }

        var problem = FindProblem(year, off.Select(d => d.Date).ToList(), work.Select(w => w.Date).ToList());
        if (problem is { } p)
        {
            throw new ArgumentException($"Holiday schedule {year}, {p.List}[{p.Index}]: {p.Problem.English}", p.List);
        }

        return new HolidaySchedule(
            year,
            isProvisional,
            source,
            new ReadOnlyCollection<DayExplanation>(off.OrderBy(d => d.Date).ToArray()),
            new ReadOnlyCollection<DayExplanation>(work.OrderBy(w => w.Date).ToArray()),
            replacesStatutoryRules);
    }

    /// <summary>
    /// The first problem in the dates of a schedule: a date outside the year, a duplicate, or a date both off
    /// and worked. <c>List</c> is <c>daysOff</c> or <c>makeUpWorkdays</c>; <c>Index</c> is the position in it.
    /// </summary>
    internal static (string List, int Index, LocalizedText Problem)? FindProblem(int year, IReadOnlyList<LocalDate> daysOff, IReadOnlyList<LocalDate> makeUpWorkdays)
    {
        var seen = new Dictionary<LocalDate, string>();
        foreach (var (list, dates) in new[] { ("daysOff", daysOff), ("makeUpWorkdays", makeUpWorkdays) })
        {
            for (var i = 0; i < dates.Count; i++)
            {
                var date = dates[i];
                if (HolidayScheduleRules.CheckInYear(year, date) is { } outside)
                {
                    return (list, i, outside);
                }

                if (!seen.TryAdd(date, $"{list}"))
                {
                    return (list, i, LocalizedText.Of(
                        $"ngày {date:uuuu-MM-dd} đã có trong {seen[date]} (trùng hoặc chồng lấn)",
                        $"date {date:uuuu-MM-dd} is already listed in {seen[date]} (duplicate or overlapping entry)"));
                }
            }
        }

        return null;
    }
}
