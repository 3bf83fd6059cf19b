using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// A Saturday that becomes a working day in exchange for a weekday off (<i>ngày làm bù</i>),
/// with the notice that moved it.
/// </summary>
public sealed record MakeUpWorkday
{
    private MakeUpWorkday(LocalDate date, LocalDate? replaces, LocalizedText reason, RuleCitation source)
    {
        Date = date;
        Replaces = replaces;
        Reason = reason;
        Source = source;
    }

    /// <summary>The Saturday worked.</summary>
    public LocalDate Date { get; }

    /// <summary>The weekday given off in exchange, when the notice names it.</summary>
    public LocalDate? Replaces { get; }

    /// <summary>The reason, e.g. "Làm bù cho ngày 02/01/2026 / Make-up for 2 January 2026".</summary>
    public LocalizedText Reason { get; }

    /// <summary>The notice that moved the day.</summary>
    public RuleCitation Source { get; }

    /// <summary>Creates a make-up workday.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not a Saturday.</exception>
    public static MakeUpWorkday Create(LocalDate date, LocalDate? replaces, LocalizedText reason, RuleCitation source)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(source);
        if (date.DayOfWeek != IsoDayOfWeek.Saturday)
        {
            throw new ArgumentException($"A make-up workday must be a Saturday; {date:uuuu-MM-dd} is a {date.DayOfWeek}.", nameof(date));
        }

        return new MakeUpWorkday(date, replaces, reason, source);
    }
}
