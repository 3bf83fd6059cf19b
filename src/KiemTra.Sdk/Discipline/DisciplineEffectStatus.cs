using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// The effect of a decision on a date and what it forbids then (<i>tình trạng hiệu lực và các hạn chế</i>), explained.
/// </summary>
public sealed record DisciplineEffectStatus
{
    internal DisciplineEffectStatus(RecordId<DisciplineDecision> decisionId, LocalDate date, DisciplineEffectState state, LocalDate? lapsesAfter, IReadOnlyList<RestrictedAction> forbidden, LocalizedText explanation, RuleCitation rule)
    {
        DecisionId = decisionId;
        Date = date;
        State = state;
        LastDayInEffect = lapsesAfter;
        Forbidden = forbidden;
        Explanation = explanation;
        Rule = rule;
    }

    /// <summary>The decision.</summary>
    public RecordId<DisciplineDecision> DecisionId { get; }

    /// <summary>The date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>The state on that date.</summary>
    public DisciplineEffectState State { get; }

    /// <summary>Whether the decision is in effect on that date (including permanent and interrupted).</summary>
    public bool IsInEffect => State is DisciplineEffectState.InEffect or DisciplineEffectState.InEffectLapseInterrupted or DisciplineEffectState.Permanent;

    /// <summary>The last day of effect when the decision lapses by itself; null when it is permanent or interrupted.</summary>
    public LocalDate? LastDayInEffect { get; }

    /// <summary>What the decision forbids on that date (empty when not in effect).</summary>
    public IReadOnlyList<RestrictedAction> Forbidden { get; }

    /// <summary>Whether an action is forbidden on that date.</summary>
    public bool Forbids(RestrictedAction action) => Forbidden.Contains(action);

    /// <summary>Why.</summary>
    public LocalizedText Explanation { get; }

    /// <summary>The rule applied.</summary>
    public RuleCitation Rule { get; }
}
