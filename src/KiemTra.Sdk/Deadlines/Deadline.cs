using System.Collections.ObjectModel;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Deadlines;

/// <summary>
/// A computed deadline (<i>hạn cuối của thời hạn</i>): the event, the rule, the due date (the limit ends at the end of
/// that day), whether it is provisional, and the trace of every day skipped and why, with a bilingual explanation.
/// </summary>
public sealed class Deadline
{
    internal Deadline(LocalDate eventDate, DeadlineRule rule, LocalDate nominalEnd, LocalDate due, bool isProvisional, IReadOnlyList<DayExplanation> skipped, LocalizedText explanation)
    {
        EventDate = eventDate;
        Rule = rule;
        NominalEnd = nominalEnd;
        Due = due;
        IsProvisional = isProvisional;
        Skipped = new ReadOnlyCollection<DayExplanation>(skipped.ToArray());
        Explanation = explanation;
    }

    /// <summary>
    /// A deadline as it was computed and recorded (<i>thời hạn đã ghi nhận</i>), e.g. the deadline of a recommendation in
    /// the register: restored as recorded, not recomputed, because the holiday schedule in force when it was computed
    /// (possibly provisional) decided its due date. Checked for consistency: the event, the nominal end and the due
    /// date in order, and the skipped days non-working days after the event and not after the due date, ascending.
    /// </summary>
    /// <param name="eventDate">The day of the anchor event.</param>
    /// <param name="rule">The rule that was applied.</param>
    /// <param name="nominalEnd">The last day of the counted period before moving past non-working days.</param>
    /// <param name="due">The due date.</param>
    /// <param name="isProvisional">Whether a provisional holiday schedule was relied on.</param>
    /// <param name="skipped">The days not counted, with why.</param>
    /// <param name="explanation">The recorded explanation.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentNullException">A reference argument or a skipped day is null.</exception>
    /// <exception cref="ArgumentException">The dates are out of order, or a skipped day is a working day, outside the period or out of order.</exception>
    public static Deadline Restore(LocalDate eventDate, DeadlineRule rule, LocalDate nominalEnd, LocalDate due, bool isProvisional, IEnumerable<DayExplanation> skipped, LocalizedText explanation)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(skipped);
        ArgumentNullException.ThrowIfNull(explanation);
        if (nominalEnd <= eventDate || due < nominalEnd)
        {
            throw new ArgumentException(
                $"Expected eventDate < nominalEnd <= due, but they are {Formatting.TextFormat.IsoDate(eventDate)}, {Formatting.TextFormat.IsoDate(nominalEnd)}, {Formatting.TextFormat.IsoDate(due)}.", nameof(due));
        }

        var days = skipped.ToArray();
        for (var i = 0; i < days.Length; i++)
        {
            var day = days[i] ?? throw new ArgumentNullException(nameof(skipped), $"Skipped day {i} is null.");
            if (day.IsWorkingDay || day.Date <= eventDate || day.Date > due || (i > 0 && day.Date <= days[i - 1].Date))
            {
                throw new ArgumentException(
                    $"Skipped day {i} ({Formatting.TextFormat.IsoDate(day.Date)}): a skipped day is a non-working day after the event and not after the due date, in ascending order.", nameof(skipped));
            }
        }

        return new Deadline(eventDate, rule, nominalEnd, due, isProvisional, days, explanation);
    }

    /// <summary>The counting rule of the Civil Code 2015 (Art. 147–148) every deadline applies.</summary>
    public static RuleCitation CountingRule { get; } = RuleCitation.Of(RecordId<RuleSet>.FromValidated("BLDS-2015"), "Bộ luật Dân sự số 91/2015/QH13", "Điều 147–148", verified: true);

    /// <summary>The day of the anchor event; counting starts the next day ("kể từ").</summary>
    public LocalDate EventDate { get; }

    /// <summary>The rule applied.</summary>
    public DeadlineRule Rule { get; }

    /// <summary>
    /// The last day before any roll-forward: event + N days or months for calendar rules; equal to <see cref="Due"/> for
    /// working-day rules.
    /// </summary>
    public LocalDate NominalEnd { get; }

    /// <summary>The due date: the limit ends at the end of this day (a working day).</summary>
    public LocalDate Due { get; }

    /// <summary>Whether any day from the day after the event to <see cref="Due"/> is provisional (a year without an official schedule).</summary>
    public bool IsProvisional { get; }

    /// <summary>
    /// The days skipped, in order: for working-day rules every non-working day passed over; for calendar-day and month
    /// rules the non-working last day and the days rolled over to reach a working day.
    /// </summary>
    public IReadOnlyList<DayExplanation> Skipped { get; }

    /// <summary>How the due date was found, in Vietnamese and English, citing the rule.</summary>
    public LocalizedText Explanation { get; }

    /// <summary>Returns "due yyyy-MM-dd: explanation".</summary>
    public override string ToString() => $"{Due:uuuu-MM-dd}: {Explanation.English}";
}
