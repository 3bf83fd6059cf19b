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

    /// <summary>
    /// An intake decision as it was recorded (<i>quyết định thụ lý đã ghi nhận</i>), e.g. in the register: restored as
    /// recorded, not decided again. Grounds for not accepting are listed exactly when the decision is
    /// <see cref="IntakeDecision.NotAccepted"/>.
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <param name="grounds">The grounds for not accepting (empty unless not accepted).</param>
    /// <param name="mayFeedSupervision">Whether the content may feed supervision or an inspection on signs of violation.</param>
    /// <param name="explanation">Why.</param>
    /// <param name="rule">The rule applied.</param>
    /// <returns>The intake decision.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An enum value is undefined, or grounds are listed although the decision is not
    /// <see cref="IntakeDecision.NotAccepted"/> (or missing although it is).</exception>
    public static DenunciationIntake Restore(IntakeDecision decision, IEnumerable<NonAcceptanceGround> grounds, bool mayFeedSupervision, LocalizedText explanation, RuleCitation rule)
    {
        ArgumentNullException.ThrowIfNull(grounds);
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(rule);
        if (!Enum.IsDefined(decision))
        {
            throw new ArgumentException($"Undefined intake decision {(int)decision}.", nameof(decision));
        }

        var list = grounds.ToArray();
        foreach (var ground in list)
        {
            if (!Enum.IsDefined(ground))
            {
                throw new ArgumentException($"Undefined ground for not accepting {(int)ground}.", nameof(grounds));
            }
        }

        if ((decision == IntakeDecision.NotAccepted) != (list.Length > 0))
        {
            throw new ArgumentException($"Grounds for not accepting are listed exactly when the decision is NotAccepted (decision {decision}, {list.Length} grounds).", nameof(grounds));
        }

        return new DenunciationIntake(decision, Array.AsReadOnly(list), mayFeedSupervision, explanation, rule);
    }

    /// <summary>
    /// Decides what is done with a denunciation on receipt (<i>xử lý đơn tố cáo</i>), by the rules in force on
    /// <paramref name="asOf"/> (<c>denunciation.not-resolved.sources</c>, <c>denunciation.not-accepted.grounds</c>):
    /// anonymous and false-name letters are not resolved as denunciations but recorded as information that may feed
    /// supervision or an inspection on signs of violation when their content is concrete; a letter no competent
    /// organisation has received, or found not competent, is forwarded; a named letter is accepted unless a
    /// non-acceptance ground of the rules applies. The explanation names the rule; record it with
    /// <see cref="Denunciation.WithIntake"/>.
    /// </summary>
    /// <param name="denunciation">The denunciation.</param>
    /// <param name="grounds">Grounds found by the officer examining the letter (may be empty).</param>
    /// <param name="rules">The rule book (usually <see cref="RuleBook.BuiltIn"/>).</param>
    /// <param name="asOf">The day of the assessment: the rules in force then apply.</param>
    /// <returns>The intake decision.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="RuleNotFoundException">A rule is missing on that date.</exception>
    /// <exception cref="FormatException">A code in the rules is unknown.</exception>
    public static DenunciationIntake Assess(Denunciation denunciation, IEnumerable<NonAcceptanceGround> grounds, RuleBook rules, NodaTime.LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(denunciation);
        ArgumentNullException.ThrowIfNull(grounds);
        return DenunciationIntakePolicy.FromRules(rules, asOf).Assess(denunciation, grounds);
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
