using NodaTime;

namespace KiemTra.Sdk.Discipline.Complaints;

/// <summary>
/// A complaint against a disciplinary decision (<i>đơn khiếu nại kỷ luật đảng</i>): who filed it, when the decision was
/// received and when the complaint was filed, and the facts that decide whether it is accepted.
/// </summary>
public sealed record DisciplineComplaint
{
    private DisciplineComplaint(RecordId<DisciplineComplaint> id, DisciplineDecision decision, LocalDate? decisionReceivedOn, LocalDate filedOn, bool filedBySubject, bool signed, bool previouslyResolvedByCentralCommittee)
    {
        Id = id;
        Decision = decision;
        DecisionReceivedOn = decisionReceivedOn;
        FiledOn = filedOn;
        FiledBySubject = filedBySubject;
        Signed = signed;
        PreviouslyResolvedByCentralCommittee = previouslyResolvedByCentralCommittee;
    }

    /// <summary>Identifier of the complaint.</summary>
    public RecordId<DisciplineComplaint> Id { get; }

    /// <summary>The decision complained against.</summary>
    public DisciplineDecision Decision { get; }

    /// <summary>When the complainant received the decision, or null if not (yet) received.</summary>
    public LocalDate? DecisionReceivedOn { get; }

    /// <summary>When the complaint was filed.</summary>
    public LocalDate FiledOn { get; }

    /// <summary>Whether the disciplined member (or, for an organisation, its representative) filed it, not someone on their behalf.</summary>
    public bool FiledBySubject { get; }

    /// <summary>Whether the complainant signed it.</summary>
    public bool Signed { get; }

    /// <summary>Whether the Central Committee already resolved a complaint on this decision (its decision is final).</summary>
    public bool PreviouslyResolvedByCentralCommittee { get; }

    /// <summary>Records a complaint.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    public static DisciplineComplaint Create(RecordId<DisciplineComplaint> id, DisciplineDecision decision, LocalDate? decisionReceivedOn, LocalDate filedOn, bool filedBySubject, bool signed, bool previouslyResolvedByCentralCommittee = false)
    {
        id = id.Required(nameof(id));
        ArgumentNullException.ThrowIfNull(decision);
        return new DisciplineComplaint(id, decision, decisionReceivedOn, filedOn, filedBySubject, signed, previouslyResolvedByCentralCommittee);
    }
}
