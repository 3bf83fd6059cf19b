using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// The answer to "may this violation still be disciplined with this form?" (<i>xét thời hiệu kỷ luật</i>),
/// with every step of the reasoning and the rule used.
/// </summary>
public sealed record LimitationAssessment
{
    internal LimitationAssessment(DisciplineForm form, LimitationOutcome outcome, LocalDate countedFrom, LocalDate? lastDay, LocalDate conclusionDate, IReadOnlyList<LocalizedText> trace, RuleCitation rule)
    {
        Form = form;
        Outcome = outcome;
        CountedFrom = countedFrom;
        LastDay = lastDay;
        ConclusionDate = conclusionDate;
        Trace = trace;
        Rule = rule;
    }

    /// <summary>The form considered.</summary>
    public DisciplineForm Form { get; }

    /// <summary>Within the period, expired, or no limitation.</summary>
    internal LimitationOutcome Outcome { get; }

    /// <summary>Whether discipline may still be imposed with this form (within the period, or no limitation applies).</summary>
    public bool MayDiscipline => Outcome != LimitationOutcome.Expired;

    /// <summary>Whether a limitation period applies at all (false for the heaviest forms and the exempt categories of violation).</summary>
    public bool HasLimitation => Outcome != LimitationOutcome.NoLimitation;

    /// <summary>The violation the period is counted from: the original one or the latest new violation that restarted it.</summary>
    public LocalDate CountedFrom { get; }

    /// <summary>The last day on which the competent body may still conclude, or null when no limitation applies (<see cref="HasLimitation"/> is false).</summary>
    public LocalDate? LastDay { get; }

    /// <summary>The date of the competent body's conclusion.</summary>
    public LocalDate ConclusionDate { get; }

    /// <summary>Every step of the reasoning, in order.</summary>
    public IReadOnlyList<LocalizedText> Trace { get; }

    /// <summary>The rule applied.</summary>
    public RuleCitation Rule { get; }

    /// <summary>The reasoning as one text, one step per line.</summary>
    public LocalizedText Explanation => LocalizedText.Of(
        string.Join(Environment.NewLine, Trace.Select(t => t.Vietnamese)),
        string.Join(Environment.NewLine, Trace.Select(t => t.English)));
}
