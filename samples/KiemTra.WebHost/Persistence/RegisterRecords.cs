namespace KiemTra.WebHost.Persistence;

/// <summary>
/// An issued supervision and inspection programme or plan (<i>chương trình, kế hoạch kiểm tra, giám sát đã ban hành</i>,
/// R-I2): the owner body, term or year, the period and the date of issue. Rebuilt into the SDK's
/// <c>OversightProgramme</c> (every item checked again by <c>ProgrammeItem.Create</c>) when the register is built.
/// </summary>
/// <remarks>A persistence shape for EF Core (mutable by necessity); the domain value is the SDK's immutable programme.</remarks>
internal sealed class ProgrammeRecord
{
    /// <summary>The programme id chosen by the client (NFC, up to 64).</summary>
    public required string Id { get; set; }

    /// <summary>The owner organisation (the acting organisation that issued it).</summary>
    public required string OwnerOrganization { get; set; }

    /// <summary>The owner body (<c>BodyKind</c> name).</summary>
    public required string OwnerBody { get; set; }

    /// <summary>The <c>ProgrammeScope</c> name (<c>Term</c> or <c>Year</c>).</summary>
    public required string Scope { get; set; }

    /// <summary>First day covered.</summary>
    public DateOnly From { get; set; }

    /// <summary>Last day covered.</summary>
    public DateOnly To { get; set; }

    /// <summary>The date of issue.</summary>
    public DateOnly IssuedOn { get; set; }

    /// <summary>The title (NFC).</summary>
    public required string Title { get; set; }

    /// <summary>When it was stored (UTC, from the injected clock).</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The items, in the order issued.</summary>
    public List<ProgrammeItemRecord> Items { get; set; } = [];
}

/// <summary>
/// One planned supervision or inspection of a programme (<i>nội dung kế hoạch</i>) and, once a case carries it out, that
/// case (<see cref="CaseId"/>). The link is the only record of completion: whether the item is done is derived from the
/// linked case's steps, never typed.
/// </summary>
internal sealed class ProgrammeItemRecord
{
    /// <summary>The programme.</summary>
    public required string ProgrammeId { get; set; }

    /// <summary>The item id within the programme.</summary>
    public required string ItemId { get; set; }

    /// <summary>Order within the programme (0-based).</summary>
    public int Position { get; set; }

    /// <summary>The <c>ActivityKind</c> name.</summary>
    public required string Activity { get; set; }

    /// <summary>The catalogue type code.</summary>
    public required string TypeCode { get; set; }

    /// <summary>The organisation the item is about.</summary>
    public required string Subject { get; set; }

    /// <summary>Planned start.</summary>
    public DateOnly Start { get; set; }

    /// <summary>Planned end (the item is due on this day).</summary>
    public DateOnly End { get; set; }

    /// <summary>Content-area codes, one per line.</summary>
    public required string ContentAreas { get; set; }

    /// <summary>The case that carries the item out, or null while none does. At most one case per item (it is a column).</summary>
    public string? CaseId { get; set; }

    /// <summary>When the link was stored (UTC), or null.</summary>
    public DateTimeOffset? LinkedAt { get; set; }
}

/// <summary>
/// A recommendation of a case's conclusion (<i>kiến nghị, yêu cầu trong kết luận</i>, R-F1): who must carry it out, what,
/// the time limit the conclusion set (the due date is computed by the SDK's deadline calculator, never stored), and when
/// it was carried out.
/// </summary>
internal sealed class RecommendationRecord
{
    /// <summary>The recommendation id chosen by the client (NFC, up to 64).</summary>
    public required string Id { get; set; }

    /// <summary>The case whose conclusion made it.</summary>
    public required string CaseId { get; set; }

    /// <summary>The <c>RecommendationSource</c> name (from the case's activity).</summary>
    public required string Source { get; set; }

    /// <summary>The conclusion notice it comes from (e.g. <c>20-TB/UBKT</c>).</summary>
    public required string SourceReference { get; set; }

    /// <summary>The organisation that must carry it out.</summary>
    public required string Addressee { get; set; }

    /// <summary>What is to be done (NFC).</summary>
    public required string Content { get; set; }

    /// <summary>When the conclusion was issued (the time limit runs from it).</summary>
    public DateOnly IssuedOn { get; set; }

    /// <summary>The time limit's <c>DeadlineUnit</c> name.</summary>
    public required string LimitUnit { get; set; }

    /// <summary>The time limit's count.</summary>
    public int LimitCount { get; set; }

    /// <summary>When it was carried out, or null.</summary>
    public DateOnly? CompletedOn { get; set; }

    /// <summary>When it was stored (UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>When its completion was stored (UTC), or null.</summary>
    public DateTimeOffset? CompletionRecordedAt { get; set; }
}

/// <summary>
/// The typed discipline outcome of a <c>RecordDiscipline</c> step (<i>quyết định/đề nghị kỷ luật của cuộc kiểm tra</i>):
/// the SDK's <c>CaseDiscipline</c> as columns — subject, form, decided or proposed, reference, date — keyed by the step
/// that produced it, written in the same transaction as the step. The step is the source of truth (replay produces the
/// same outcome); this row is its queryable form for a province's own reports and for joins.
/// </summary>
internal sealed class CaseDisciplineRecord
{
    /// <summary>The case.</summary>
    public required string CaseId { get; set; }

    /// <summary>The sequence of the step that recorded it.</summary>
    public int Sequence { get; set; }

    /// <summary><c>org</c> or <c>member</c>.</summary>
    public required string SubjectKind { get; set; }

    /// <summary>The organisation or member disciplined.</summary>
    public required string SubjectId { get; set; }

    /// <summary>The form code (<c>reprimand</c>, <c>warning</c>, <c>removal-from-post</c>, <c>expulsion</c>, <c>dissolution</c>).</summary>
    public required string Form { get; set; }

    /// <summary>True when decided within the body's competence, false when proposed to the competent body.</summary>
    public bool Decided { get; set; }

    /// <summary>The decision or proposal reference.</summary>
    public required string Reference { get; set; }

    /// <summary>The date.</summary>
    public DateOnly On { get; set; }

    /// <summary>The <c>DisciplineDecision</c> produced, when one is recorded; null for a proposal or a decision kept elsewhere.</summary>
    public string? DecisionId { get; set; }
}
