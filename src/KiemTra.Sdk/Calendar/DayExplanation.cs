using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// Why a day is or is not a working day (<i>giải thích ngày làm việc / ngày nghỉ</i>): its kind, the reason,
/// the notice or law it comes from, and whether the answer is provisional.
/// </summary>
/// <remarks>
/// One type for the day as a notice lists it and as a calendar answers for it (as NodaTime's <c>ZoneInterval</c> is
/// both what a time-zone source holds and what a zone answers): a <see cref="HolidaySchedule"/> lists its days off
/// (<i>ngày nghỉ</i>: holidays, compensatory and swapped days off, weekends inside a break) and its make-up Saturdays
/// (<i>ngày làm bù</i>, with the weekday they replace) as explanations, and <see cref="WorkingCalendar.Explain"/>
/// answers with the listed explanation of a day, made provisional where the calendar's answer is.
/// </remarks>
public sealed record DayExplanation
{
    internal DayExplanation(LocalDate date, DayKind kind, LocalizedText reason, RuleCitation source, bool isProvisional, LocalDate? replaces = null)
    {
        Date = date;
        Kind = kind;
        Reason = reason;
        Source = source;
        IsProvisional = isProvisional;
        Replaces = replaces;
    }

    /// <summary>
    /// Creates an explanation: a day of a holiday schedule, or one that was stored or exchanged (a calendar makes its
    /// own with <see cref="WorkingCalendar.Explain"/>), after checking the kind fits the day of the week.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <param name="kind">The kind of day.</param>
    /// <param name="reason">The reason, e.g. "Tết Nguyên đán (mùng 1) / Lunar New Year (day 1)" or "Làm bù cho ngày 02/01/2026 / Make-up for 2026-01-02".</param>
    /// <param name="source">The notice or law.</param>
    /// <param name="isProvisional">Whether the answer is provisional (for a day of a schedule: whether the schedule is).</param>
    /// <param name="replaces">For a make-up Saturday, the weekday given off in exchange when the notice names it; otherwise null.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="kind"/> is undefined, or does not fit the day: an ordinary working day, compensatory or swapped
    /// day off on a weekend, a make-up workday that is not a Saturday, a weekly rest day on a weekday; or
    /// <paramref name="replaces"/> is given for a day that is not a make-up workday.
    /// </exception>
    public static DayExplanation Create(LocalDate date, DayKind kind, LocalizedText reason, RuleCitation source, bool isProvisional, LocalDate? replaces = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(source);
        var problem = kind switch
        {
            DayKind.WorkingDay when HolidayScheduleRules.IsWeekend(date) => $"an ordinary working day must be Monday to Friday, but {date:uuuu-MM-dd} is a {date.DayOfWeek}",
            DayKind.WorkingDay => null,
            DayKind.MakeUpWorkday when date.DayOfWeek != IsoDayOfWeek.Saturday => $"a make-up workday must be a Saturday, but {date:uuuu-MM-dd} is a {date.DayOfWeek}",
            DayKind.MakeUpWorkday => null,
            _ => HolidayScheduleRules.CheckDayOff(date, kind)?.English,
        };
        if (problem is not null)
        {
            throw new ArgumentException($"{date:uuuu-MM-dd} ({kind}): {problem}", nameof(kind));
        }

        if (replaces is { } replaced && kind != DayKind.MakeUpWorkday)
        {
            throw new ArgumentException($"{date:uuuu-MM-dd} ({kind}): only a make-up workday replaces another day, but it names {replaced:uuuu-MM-dd}.", nameof(replaces));
        }

        if (replaces is { } given && (given == date || given.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
        {
            throw new ArgumentException($"{date:uuuu-MM-dd} ({kind}): the day it replaces must be another day, a weekday; got {given:uuuu-MM-dd} ({given.DayOfWeek}).", nameof(replaces));
        }

        return new DayExplanation(date, kind, reason, source, isProvisional, replaces);
    }

    /// <summary>The day explained.</summary>
    public LocalDate Date { get; }

    /// <summary>Whether it is a working day (<see cref="DayKind.WorkingDay"/> or <see cref="DayKind.MakeUpWorkday"/>).</summary>
    public bool IsWorkingDay => Kind is DayKind.WorkingDay or DayKind.MakeUpWorkday;

    /// <summary>Whether it is a day off that a holiday schedule lists (a holiday, a compensatory or swapped day off, or a weekly rest day).</summary>
    internal bool IsDayOff => HolidayScheduleRules.CheckDayOff(Date, Kind) is null;

    /// <summary>The kind of day.</summary>
    public DayKind Kind { get; }

    /// <summary>The reason, in Vietnamese and English (e.g. the holiday's name).</summary>
    public LocalizedText Reason { get; }

    /// <summary>The notice or law the answer rests on (QĐ 188/1999/QĐ-TTg for ordinary days).</summary>
    public RuleCitation Source { get; }

    /// <summary>
    /// Whether the answer is provisional: the year has no official schedule (computed from the statutory rules), the day
    /// is in the last week of a year whose successor has no official schedule (a New Year swap could still move it), or
    /// the day comes from an unverified rule a host enabled.
    /// </summary>
    public bool IsProvisional { get; }

    /// <summary>
    /// For a make-up Saturday (<see cref="DayKind.MakeUpWorkday"/>), the weekday given off in exchange when the notice
    /// names it; otherwise null.
    /// </summary>
    public LocalDate? Replaces { get; }

    /// <summary>Returns e.g. "2026-02-17 PublicHoliday: Tết Nguyên đán … (Lunar New Year …) [Công văn …]".</summary>
    public override string ToString()
        => $"{Date:uuuu-MM-dd} {Kind}: {Reason} [{Source}]{(IsProvisional ? " (tạm tính / provisional)" : string.Empty)}";
}
