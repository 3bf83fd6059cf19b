using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Denunciations;

/// <summary>The intake decision on a denunciation, with grounds, explanation and rule.</summary>
public sealed record DenunciationIntake
{
    internal DenunciationIntake(IntakeDecision decision, IReadOnlyList<NonAcceptanceGround> grounds, bool mayFeedSupervision, LocalizedText explanation, RuleCitation rule)
    {
        Decision = decision;
        Grounds = grounds;
        MayFeedSupervision = mayFeedSupervision;
        Explanation = explanation;
        Rule = rule;
    }

    /// <summary>Accepted, recorded as information, not accepted or forwarded.</summary>
    public IntakeDecision Decision { get; }

    /// <summary>The grounds for not accepting, if any.</summary>
    public IReadOnlyList<NonAcceptanceGround> Grounds { get; }

    /// <summary>Whether the content may feed supervision or an inspection on signs of violation (concrete content not resolved as a denunciation).</summary>
    public bool MayFeedSupervision { get; }

    /// <summary>Why.</summary>
    public LocalizedText Explanation { get; }

    /// <summary>The rule applied.</summary>
    public RuleCitation Rule { get; }
}
