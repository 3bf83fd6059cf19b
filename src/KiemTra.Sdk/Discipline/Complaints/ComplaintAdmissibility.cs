using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Discipline.Complaints;

/// <summary>Whether a complaint is accepted, why not, the filing deadline used, and the rules.</summary>
public sealed record ComplaintAdmissibility
{
    internal ComplaintAdmissibility(IReadOnlyList<ComplaintInadmissibility> reasons, Deadline? filingDeadline, LocalizedText explanation, IReadOnlyList<RuleCitation> rules)
    {
        Reasons = reasons;
        FilingDeadline = filingDeadline;
        Explanation = explanation;
        Rules = rules;
    }

    /// <summary>Whether the complaint is accepted.</summary>
    public bool IsAdmissible => Reasons.Count == 0;

    /// <summary>Every reason it is not accepted (empty when accepted).</summary>
    public IReadOnlyList<ComplaintInadmissibility> Reasons { get; }

    /// <summary>The filing deadline counted from receipt of the decision (null when the decision was not received).</summary>
    public Deadline? FilingDeadline { get; }

    /// <summary>Why, one reason per line.</summary>
    public LocalizedText Explanation { get; }

    /// <summary>The rules applied.</summary>
    public IReadOnlyList<RuleCitation> Rules { get; }
}
