using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Discipline;

/// <summary>Whether the consideration of discipline is deferred, on which grounds, and under which rule.</summary>
public sealed record DeferralAssessment
{
    internal DeferralAssessment(bool isDeferred, IReadOnlyList<DeferralGround> grounds, LocalizedText explanation, RuleCitation rule)
    {
        IsDeferred = isDeferred;
        Grounds = grounds;
        Explanation = explanation;
        Rule = rule;
    }

    /// <summary>Whether discipline is not yet to be considered.</summary>
    public bool IsDeferred { get; }

    /// <summary>The grounds of the rule that are present.</summary>
    public IReadOnlyList<DeferralGround> Grounds { get; }

    /// <summary>Why.</summary>
    public LocalizedText Explanation { get; }

    /// <summary>The rule applied (unverified for the 2026 rules).</summary>
    public RuleCitation Rule { get; }
}
