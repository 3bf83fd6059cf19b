using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// Why a day is or is not a working day (<i>giải thích ngày làm việc / ngày nghỉ</i>): its kind, the reason,
/// the notice or law it comes from, and whether the answer is provisional.
/// </summary>
public sealed record DayExplanation
{
    internal DayExplanation(LocalDate date, DayKind kind, LocalizedText reason, RuleCitation source, bool isProvisional)
    {
        Date = date;
        Kind = kind;
        Reason = reason;
        Source = source;
        IsProvisional = isProvisional;
    }

    /// <summary>
    /// Re-creates an explanation that was stored or exchanged (a calendar makes its own with
    /// <see cref="WorkingCalendar.Explain"/>), after checking the kind fits the day of the week.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <param name="kind">The kind of day.</param>
    /// <param name="reason">The reason.</param>
    /// <param name="source">The notice or law.</param>
    /// <param name="isProvisional">Whether the answer is provisional.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="kind"/> is undefined, or does not fit the day: an ordinary working day, compensatory or swapped
    /// day off on a weekend, a make-up workday that is not a Saturday, a weekly rest day on a weekday.
    /// </exception>
    public static DayExplanation Create(LocalDate date, DayKind kind, LocalizedText reason, RuleCitation source, bool isProvisional)
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

        return new DayExplanation(date, kind, reason, source, isProvisional);
    }

    /// <summary>The day explained.</summary>
    public LocalDate Date { get; }

    /// <summary>Whether it is a working day (<see cref="DayKind.WorkingDay"/> or <see cref="DayKind.MakeUpWorkday"/>).</summary>
    public bool IsWorkingDay => Kind is DayKind.WorkingDay or DayKind.MakeUpWorkday;

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

    /// <summary>Returns e.g. "2026-02-17 PublicHoliday: Tết Nguyên đán … (Lunar New Year …) [Công văn …]".</summary>
    public override string ToString()
        => $"{Date:uuuu-MM-dd} {Kind}: {Reason} [{Source}]{(IsProvisional ? " (tạm tính / provisional)" : string.Empty)}";
}
