namespace KiemTra.Sdk.Discipline;

/// <summary>
/// An immutable set of disciplinary decisions that enforces "one violation, one decision with one form"
/// (<i>mỗi vi phạm chỉ bị xử lý một quyết định kỷ luật</i>).
/// </summary>
internal sealed class DisciplineLedger
{
    private readonly Dictionary<string, DisciplineDecision> _byViolation;
    private readonly List<DisciplineDecision> _decisions;

    private DisciplineLedger(Dictionary<string, DisciplineDecision> byViolation, List<DisciplineDecision> decisions)
    {
        _byViolation = byViolation;
        _decisions = decisions;
    }

    /// <summary>The empty ledger.</summary>
    public static DisciplineLedger Empty { get; } = new([], []);

    /// <summary>The decisions in the order added.</summary>
    public IReadOnlyList<DisciplineDecision> Decisions => _decisions;

    /// <summary>Returns a ledger with the decision added.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The violation already has a decision, or the decision id is taken.</exception>
    public DisciplineLedger Add(DisciplineDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var key = Key(decision.ViolationId, decision.Subject);
        if (_byViolation.TryGetValue(key, out var existing))
        {
            throw new InvalidOperationException(
                $"Vi phạm {decision.ViolationId} của {decision.Subject.Id} đã có quyết định kỷ luật {existing.Id} ({DisciplineNames.Of(existing.Form).Vietnamese}); một vi phạm chỉ có một quyết định với một hình thức. / " +
                $"Violation {decision.ViolationId} of {decision.Subject.Id} already has decision {existing.Id} ({existing.Form}); one violation has one decision with one form.");
        }

        if (_decisions.Any(d => d.Id == decision.Id))
        {
            throw new InvalidOperationException($"Decision id {decision.Id} is already in the ledger.");
        }

        var map = new Dictionary<string, DisciplineDecision>(_byViolation) { [key] = decision };
        return new DisciplineLedger(map, [.. _decisions, decision]);
    }

    /// <summary>The decision on a subject's violation, or null.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DisciplineDecision? ForViolation(string violationId, DisciplineSubject subject)
    {
        ArgumentNullException.ThrowIfNull(violationId);
        ArgumentNullException.ThrowIfNull(subject);
        return _byViolation.GetValueOrDefault(Key(violationId, subject));
    }

    private static string Key(string violationId, DisciplineSubject subject) => $"{subject.Kind}|{subject.Id}|{violationId}";
}
