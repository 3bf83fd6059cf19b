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

    /// <summary>The counting rule of the Civil Code 2015 (Art. 147–148) every deadline applies.</summary>
    public static RuleCitation CountingRule { get; } = RuleCitation.Of("BLDS-2015", "Bộ luật Dân sự số 91/2015/QH13", "Điều 147–148", verified: true);

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
