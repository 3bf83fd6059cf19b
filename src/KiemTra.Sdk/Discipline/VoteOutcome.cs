using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// The result of a disciplinary vote (<i>kết quả biểu quyết</i>): the decided form or no decision, the
/// threshold, the steps of the count and the rule.
/// </summary>
public sealed record VoteOutcome
{
    internal VoteOutcome(DisciplineForm? decidedForm, int required, DisciplineBallot ballot, IReadOnlyList<VoteStep> steps, LocalizedText explanation, RuleCitation rule)
    {
        DecidedForm = decidedForm;
        VotesRequired = required;
        Ballot = ballot;
        Steps = steps;
        Explanation = explanation;
        Rule = rule;
    }

    /// <summary>The decided form, or null when no form reached the threshold (no decision).</summary>
    public DisciplineForm? DecidedForm { get; }

    /// <summary>Whether a form was decided.</summary>
    public bool IsDecided => DecidedForm is not null;

    /// <summary>The smallest number of votes that passes the threshold.</summary>
    public int VotesRequired { get; }

    /// <summary>The ballots counted.</summary>
    public DisciplineBallot Ballot { get; }

    /// <summary>The count from the heaviest form down, up to the step that decided (or all steps); the explanation states it.</summary>
    internal IReadOnlyList<VoteStep> Steps { get; }

    /// <summary>The tally explained.</summary>
    public LocalizedText Explanation { get; }

    /// <summary>The rule applied.</summary>
    public RuleCitation Rule { get; }
}
