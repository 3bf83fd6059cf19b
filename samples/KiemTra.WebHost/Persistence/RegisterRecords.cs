namespace KiemTra.WebHost.Persistence;

/// <summary>
/// An issued supervision and inspection programme or plan (<i>chương trình, kế hoạch kiểm tra, giám sát đã ban hành</i>,
/// R-I2): the owner body, term or year, the period and the date of issue. Rebuilt into the SDK's
/// <c>OversightProgramme</c> (every item checked again by <c>ProgrammeItem.Create</c>) when the register is built.
/// </summary>
/// <remarks>A persistence shape for EF Core (mutable by necessity); the domain value is the SDK's immutable programme.</remarks>
internal sealed class ProgramRecord
{
    /// <summary>The programme id chosen by the client (NFC, up to 64).</summary>
    public required string Id { get; set; }

    /// <summary>The owner organisation (the acting organisation that issued it).</summary>
    public required string OwnerOrganization { get; set; }

    /// <summary>The owner body (<c>BodyKind</c> name).</summary>
    public required string OwnerBody { get; set; }

    /// <summary>The programme's scope, a <c>ReportingPeriodKind</c> name (<c>Term</c> or <c>Year</c>).</summary>
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
    public List<ProgramItemRecord> Items { get; set; } = [];
}

/// <summary>
/// One planned supervision or inspection of a programme (<i>nội dung kế hoạch</i>) and, once a case carries it out, that
/// case (<see cref="CaseId"/>). The link is the only record of completion: whether the item is done is derived from the
/// linked case's steps, never typed.
/// </summary>
internal sealed class ProgramItemRecord
{
    /// <summary>The programme.</summary>
    public required string ProgramId { get; set; }

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

    /// <summary>The time limit's <c>RuleDurationUnit</c> name.</summary>
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

/// <summary>
/// A disciplinary decision (<i>quyết định kỷ luật</i>, R-D1–R-D4) recorded outside a case's discipline step, or a decision a
/// competent body took on a case's proposal: the columns statistics count by (subject, form, deciding organisation and
/// body, dates, the case it came from) beside <see cref="Fact"/>, the decision as the register document writes it (with its
/// circumstances and responsible members), which is what the register is rebuilt from. Both are written from the one
/// decision the SDK made, in one transaction.
/// </summary>
internal sealed class DisciplineDecisionRecord
{
    /// <summary>The decision id (its reference, e.g. <c>12-QĐ/UBKT</c>).</summary>
    public required string Id { get; set; }

    /// <summary>The id in upper case: unique, so that ids differing only in letter case are one id.</summary>
    public required string IdKey { get; set; }

    /// <summary>The violation decided on.</summary>
    public required string ViolationId { get; set; }

    /// <summary>The subject's kind as <see cref="Security.Jurisdiction.KindColumn"/> writes it.</summary>
    public required string SubjectKind { get; set; }

    /// <summary>The organisation or member disciplined.</summary>
    public required string SubjectId { get; set; }

    /// <summary>The form code (<c>reprimand</c>, <c>warning</c>, …).</summary>
    public required string Form { get; set; }

    /// <summary>The deciding organisation.</summary>
    public required string DecidedBy { get; set; }

    /// <summary>The deciding body (<c>BodyKind</c> name).</summary>
    public required string DecidingBody { get; set; }

    /// <summary>When it was decided.</summary>
    public DateOnly DecidedOn { get; set; }

    /// <summary>When it was announced.</summary>
    public DateOnly AnnouncedOn { get; set; }

    /// <summary>The case it came from, or null.</summary>
    public string? CaseId { get; set; }

    /// <summary>The register document's decision entry (<c>{"caseId":…,"decision":{…}}</c>).</summary>
    public required string Fact { get; set; }

    /// <summary>When it was stored (UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The acting organisation that recorded it.</summary>
    public required string RecordedByOrganization { get; set; }

    /// <summary>The acting body that recorded it.</summary>
    public required string RecordedByBody { get; set; }
}

/// <summary>
/// A complaint against a disciplinary decision and, once resolved, its resolution (<i>khiếu nại kỷ luật Đảng</i>, R-D5): the
/// columns statistics count by beside the register document's complaint entry and resolution entry, from which the
/// register is rebuilt (the resolution through the SDK's complaint rules of the day it was resolved).
/// </summary>
internal sealed class ComplaintRecord
{
    /// <summary>The complaint id.</summary>
    public required string Id { get; set; }

    /// <summary>The id in upper case (unique).</summary>
    public required string IdKey { get; set; }

    /// <summary>The decision complained against (stored in <c>discipline_decisions</c> or in the seed).</summary>
    public required string DecisionId { get; set; }

    /// <summary>The organisation whose decision it is.</summary>
    public required string DecidedBy { get; set; }

    /// <summary>When it was filed.</summary>
    public DateOnly FiledOn { get; set; }

    /// <summary>The register document's complaint entry.</summary>
    public required string Fact { get; set; }

    /// <summary>The <c>ComplaintOutcome</c> name once resolved, or null.</summary>
    public string? Outcome { get; set; }

    /// <summary>The resulting form code once resolved, or null (no discipline left, or not resolved).</summary>
    public string? ResultingForm { get; set; }

    /// <summary>When it was resolved, or null; a concurrency token, so a complaint is resolved once.</summary>
    public DateOnly? ResolvedOn { get; set; }

    /// <summary>The register document's resolution entry once resolved, or null.</summary>
    public string? Resolution { get; set; }

    /// <summary>When it was stored (UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>When its resolution was stored (UTC), or null.</summary>
    public DateTimeOffset? ResolutionRecordedAt { get; set; }

    /// <summary>The acting organisation that recorded it.</summary>
    public required string RecordedByOrganization { get; set; }

    /// <summary>The acting body that recorded it.</summary>
    public required string RecordedByBody { get; set; }
}

/// <summary>
/// A denunciation (<i>tố cáo</i>, R-D6) through its workflow — received, taken in or not (intake), its allegations verified
/// and concluded. The informant's identity is held only as <see cref="InformantCiphertext"/>, encrypted with ASP.NET Core
/// Data Protection (docs/web-host.md, "Denunciations"); the register is rebuilt from the other columns as the verifiers'
/// copy, which has no identity.
/// </summary>
internal sealed class DenunciationRecord
{
    /// <summary>The denunciation id.</summary>
    public required string Id { get; set; }

    /// <summary>The id in upper case (unique).</summary>
    public required string IdKey { get; set; }

    /// <summary>The kind of the person or organisation denounced, as <see cref="Security.Jurisdiction.KindColumn"/> writes it.</summary>
    public required string SubjectKind { get; set; }

    /// <summary>The organisation or member denounced.</summary>
    public required string SubjectId { get; set; }

    /// <summary>Whether the member denounced holds a post.</summary>
    public bool SubjectHoldsPost { get; set; }

    /// <summary>The <c>DenunciationSource</c> name.</summary>
    public required string Source { get; set; }

    /// <summary>The informant's identity, Data-Protection ciphertext (base64url), or null when there is none (anonymous, false name).</summary>
    public string? InformantCiphertext { get; set; }

    /// <summary>The organisation that received it (competently).</summary>
    public required string ReceivedBy { get; set; }

    /// <summary>The body that received it.</summary>
    public required string ReceivedByBody { get; set; }

    /// <summary>When it was received.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The case it led to, or null.</summary>
    public string? CaseId { get; set; }

    /// <summary>The <c>IntakeDecision</c> name once assessed, or null; a concurrency token, so intake happens once.</summary>
    public string? Intake { get; set; }

    /// <summary>The non-acceptance ground codes assessed, one per line (empty when none).</summary>
    public string? IntakeGrounds { get; set; }

    /// <summary>When it was assessed, or null.</summary>
    public DateOnly? IntakeOn { get; set; }

    /// <summary>When it was stored (UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The allegations, in the order received.</summary>
    public List<DenunciationAllegationRecord> Allegations { get; set; } = [];
}

/// <summary>One allegation of a denunciation (<i>nội dung tố cáo</i>) and its conclusion once verified.</summary>
internal sealed class DenunciationAllegationRecord
{
    /// <summary>The denunciation.</summary>
    public required string DenunciationId { get; set; }

    /// <summary>The allegation id within the denunciation.</summary>
    public required string AllegationId { get; set; }

    /// <summary>Order (0-based).</summary>
    public int Position { get; set; }

    /// <summary>What is alleged (NFC).</summary>
    public required string Content { get; set; }

    /// <summary>The <c>AllegationConclusion</c> name once concluded, or null.</summary>
    public string? Conclusion { get; set; }

    /// <summary>When it was concluded, or null; a concurrency token, so an allegation is concluded once.</summary>
    public DateOnly? ConcludedOn { get; set; }
}

/// <summary>
/// One access to an informant's identity (<i>nhật ký truy cập danh tính người tố cáo</i>, R-D6): the SDK's
/// <c>InformantAccess</c> recorded through <c>IInformantAccessAudit</c>, in the same transaction as nothing else — the
/// identity is returned only once this row is committed. Append-only: no endpoint changes or deletes it.
/// </summary>
internal sealed class InformantAccessRecord
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The denunciation.</summary>
    public required string DenunciationId { get; set; }

    /// <summary>Who accessed it: the signed-in user, the member and the acting body (<c>user …; member …; Body Organisation</c>).</summary>
    public required string AccessedBy { get; set; }

    /// <summary>The stated reason.</summary>
    public required string Purpose { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }
}

/// <summary>
/// Any other fact of the register (<i>dữ kiện khác của sổ theo dõi</i>): assignments and assignee reports, locality files,
/// information received, vetting opinions, directives, staff years, implementation plans and reports, meetings, tasks,
/// digital-processing figures, issued documents, recovery amounts, case findings, escalations, annual returns. Typed key
/// columns (kind, id, organisation, date) and the fact as the register document writes it (<c>RegisterFactJson</c>).
/// </summary>
internal sealed class RegisterFactRecord
{
    /// <summary>The kind (the register document's section name).</summary>
    public required string Kind { get; set; }

    /// <summary>The fact's key within its kind, as written.</summary>
    public required string Id { get; set; }

    /// <summary>The key in upper case: with <see cref="Kind"/>, the primary key (ids are unique per kind regardless of letter case).</summary>
    public required string IdKey { get; set; }

    /// <summary>The organisation the fact belongs to (the one it names, or the one of the fact it links).</summary>
    public required string Organization { get; set; }

    /// <summary>The date it is dated by, or null.</summary>
    public DateOnly? On { get; set; }

    /// <summary>The register document's entry.</summary>
    public required string Fact { get; set; }

    /// <summary>When it was stored (UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The acting organisation that recorded it.</summary>
    public required string RecordedByOrganization { get; set; }

    /// <summary>The acting body that recorded it.</summary>
    public required string RecordedByBody { get; set; }
}
