using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// One day of a break in a holiday schedule (<i>ngày nghỉ</i>): a holiday, a compensatory or swapped
/// day off, or a weekly rest day inside a break, with its reason and the notice or law it comes from.
/// </summary>
public sealed record ScheduledDayOff
{
    private ScheduledDayOff(LocalDate date, DayKind kind, LocalizedText reason, RuleCitation source)
    {
        Date = date;
        Kind = kind;
        Reason = reason;
        Source = source;
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>
    /// Why it is off: <see cref="DayKind.PublicHoliday"/>, <see cref="DayKind.CompensatoryDayOff"/>,
    /// <see cref="DayKind.SwappedDayOff"/> or <see cref="DayKind.WeeklyRestDay"/> (a weekend inside a break).
    /// </summary>
    public DayKind Kind { get; }

    /// <summary>The reason, e.g. "Tết Nguyên đán (mùng 1) / Lunar New Year (day 1)".</summary>
    public LocalizedText Reason { get; }

    /// <summary>The notice or law the day comes from.</summary>
    public RuleCitation Source { get; }

    /// <summary>Creates a day off.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="kind"/> is not a day-off kind; a compensatory or swapped day off falls on a Saturday or
    /// Sunday; or a weekly rest day is not a Saturday or Sunday.
    /// </exception>
    public static ScheduledDayOff Create(LocalDate date, DayKind kind, LocalizedText reason, RuleCitation source)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(source);
        var problem = HolidayScheduleRules.CheckDayOff(date, kind);
        if (problem is not null)
        {
            throw new ArgumentException($"{date:uuuu-MM-dd} ({kind}): {problem.English}", nameof(kind));
        }

        return new ScheduledDayOff(date, kind, reason, source);
    }
}
