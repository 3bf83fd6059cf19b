using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// The next step of a case as a host receives it (<i>đề nghị ghi nhận bước tiếp theo của cuộc kiểm tra, giám sát</i>),
/// not yet checked: the request model of a host's "record a step" call (in JSON <c>{"step","on","reference",
/// "summary","description","plan","team","conclusion","discipline","handOver","takeUp","review"}</c>). Which fields are
/// required depends on the step; a field the step does not use is an error, never ignored. Validate it with
/// <see cref="CaseStepDraftValidator"/>; then <see cref="Kind"/> names the step and the nested drafts build the values
/// the case's methods take.
/// </summary>
/// <param name="Step">A <see cref="CaseStep"/> name other than <see cref="CaseStep.Open"/> (any letter case; never a number or a list).</param>
/// <param name="On">The step's date (not after today).</param>
/// <param name="Reference">The decision number (<see cref="CaseStep.IssueDecision"/>) or notice number (<see cref="CaseStep.IssueNotice"/>).</param>
/// <param name="Summary">What verification found (<see cref="CaseStep.Verify"/>).</param>
/// <param name="Description">What is followed up (<see cref="CaseStep.AssignFollowUp"/>).</param>
/// <param name="Plan">The plan (<see cref="CaseStep.ApprovePlan"/>).</param>
/// <param name="Team">The team (<see cref="CaseStep.FormTeam"/>).</param>
/// <param name="Conclusion">The conclusion (<see cref="CaseStep.HoldConclusionMeeting"/>).</param>
/// <param name="Discipline">The discipline decided or proposed (<see cref="CaseStep.RecordDiscipline"/>).</param>
/// <param name="HandOver">The inspection opened from a supervision's signs of violation (<see cref="CaseStep.HandOverForInspection"/>).</param>
/// <param name="TakeUp">The case opened at the higher level (<see cref="CaseStep.TakeUp"/>).</param>
/// <param name="Review">The higher commission's review of the conclusion (<see cref="CaseStep.RecordHigherReview"/>).</param>
public sealed record CaseStepDraft(string? Step, LocalDate? On, string? Reference = null, string? Summary = null, string? Description = null,
    CasePlanDraft? Plan = null, CaseTeamDraft? Team = null, CaseConclusionDraft? Conclusion = null, CaseDisciplineDraft? Discipline = null,
    CaseHandOverDraft? HandOver = null, CaseTakeUpDraft? TakeUp = null, CaseReviewDraft? Review = null)
{
    /// <summary>The steps a draft may name: every <see cref="CaseStep"/> after opening (a case is opened by <see cref="OversightCaseDraft"/>).</summary>
    public static IReadOnlyList<CaseStep> Recordable { get; } = Enum.GetValues<CaseStep>().Where(s => s != CaseStep.Open).ToArray();

    /// <summary>The step <see cref="Step"/> names: exactly one of <see cref="Recordable"/> by its name in any letter case; null otherwise.</summary>
    /// <returns>The step, or null.</returns>
    public CaseStep? Kind() => EnumNames.Of(Step, Recordable);
}

/// <summary>A case's plan as received (<i>kế hoạch kiểm tra, giám sát</i>); built by <see cref="ToPlan"/>.</summary>
/// <remarks>Every field is an init property (a host names each one); a field left out is null, which the validator reports.</remarks>
public sealed record CasePlanDraft
{
    /// <summary>The purpose.</summary>
    public string? Purpose { get; init; }

    /// <summary>Content-area codes from the catalogue.</summary>
    public IReadOnlyList<string>? ContentAreas { get; init; }

    /// <summary>Start of the period examined.</summary>
    public LocalDate? ReferenceFrom { get; init; }

    /// <summary>End of the period examined (not before its start).</summary>
    public LocalDate? ReferenceTo { get; init; }

    /// <summary>Start of the work.</summary>
    public LocalDate? Start { get; init; }

    /// <summary>End of the work (not before its start).</summary>
    public LocalDate? End { get; init; }

    /// <summary>The method.</summary>
    public string? Method { get; init; }

    /// <summary>
    /// The plan, by <see cref="CasePlan.Create"/>. Call it on a draft that <see cref="CaseStepDraftValidator"/> accepted:
    /// the validator is what refuses a missing field and a reversed period with their codes (<c>KT_DATE_ORDER</c>, naming
    /// both dates); on an unvalidated draft a reversed period is still refused here, naming the field and both dates.
    /// </summary>
    /// <param name="catalogs">The catalogues the content areas are checked against (the same the validator used).</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    /// <exception cref="InvalidOperationException">A required date is missing (validate it first).</exception>
    public CasePlan ToPlan(OversightCatalogs catalogs)
        => CasePlan.Create(Purpose!, ContentAreas ?? [], Period(ReferenceFrom, ReferenceTo, "plan.referenceFrom", "plan.referenceTo"), Period(Start, End, "plan.start", "plan.end"), Method!, catalogs);

    private static DateInterval Period(LocalDate? from, LocalDate? to, string fromField, string toField)
    {
        var (start, end) = (from!.Value, to!.Value);
        return end < start
            ? throw new ArgumentException($"{toField} ({NodaTime.Text.LocalDatePattern.Iso.Format(end)}) is before {fromField} ({NodaTime.Text.LocalDatePattern.Iso.Format(start)}).", toField)
            : new DateInterval(start, end);
    }
}

/// <summary>A case's team as received (<i>đoàn kiểm tra, giám sát</i>); built by <see cref="ToTeam"/>.</summary>
/// <param name="Leader">The leader's member id.</param>
/// <param name="Members">The other members' ids (none twice, not the leader).</param>
public sealed record CaseTeamDraft(string? Leader, IReadOnlyList<string>? Members)
{
    /// <summary>The (validated) team, by <see cref="CaseTeam.Create"/>.</summary>
    /// <returns>The team.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    public CaseTeam ToTeam() => CaseTeam.Create(MemberId.From(Leader!), (Members ?? []).Select(MemberId.From));
}

/// <summary>A case's conclusion as received (<i>kết luận</i>); built by <see cref="ToConclusion"/>.</summary>
/// <param name="Summary">The summary.</param>
/// <param name="ViolationFound">Whether a violation was found.</param>
/// <param name="SignsOfViolation">Whether signs of violation were found (supervision).</param>
public sealed record CaseConclusionDraft(string? Summary, bool? ViolationFound, bool? SignsOfViolation)
{
    /// <summary>The (validated) conclusion.</summary>
    /// <returns>The conclusion.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    public CaseConclusion ToConclusion() => new(Summary!, ViolationFound!.Value, SignsOfViolation!.Value);
}

/// <summary>Discipline recorded on a case as received (<i>quyết định/đề nghị kỷ luật</i>).</summary>
/// <param name="Decided">True when the body decides it within its competence, false when it proposes it to the competent body.</param>
/// <param name="Form">The form's code (<see cref="DisciplineRules.FormCode"/>: <c>reprimand</c>, <c>warning</c>, <c>removal-from-post</c>, <c>expulsion</c>, <c>dissolution</c>, or the Vietnamese name).</param>
/// <param name="Reference">The decision or proposal number.</param>
/// <param name="Subject">Which of the case's subjects is disciplined; may be left out when the case has one subject.</param>
public sealed record CaseDisciplineDraft(bool? Decided, string? Form, string? Reference, OversightSubjectDraft? Subject = null)
{
    /// <summary>The (validated) form.</summary>
    /// <returns>The form.</returns>
    /// <exception cref="FormatException">The form is not one the SDK knows (validate first).</exception>
    public DisciplineForm ToForm() => DisciplineRules.ParseFormCode(Form!);
}

/// <summary>A supervision's signs of violation handed to an inspection commission as received (<i>chuyển dấu hiệu vi phạm sang kiểm tra</i>).</summary>
/// <param name="CaseId">The id of the inspection case opened.</param>
/// <param name="Title">Its title.</param>
/// <param name="CommissionOf">The organisation whose inspection commission inspects.</param>
/// <param name="Subjects">Who shows signs of violation: at least one, none twice.</param>
/// <param name="Reason">The signs found.</param>
public sealed record CaseHandOverDraft(string? CaseId, string? Title, string? CommissionOf, IReadOnlyList<OversightSubjectDraft>? Subjects, string? Reason);

/// <summary>A higher commission taking a case up as received (<i>cấp trên thụ lý</i>); the acting body is that commission.</summary>
/// <remarks>Every field is an init property (a host names each one); a field left out is null, which the validator reports.</remarks>
public sealed record CaseTakeUpDraft
{
    /// <summary>The id of the case opened at the higher level.</summary>
    public string? CaseId { get; init; }

    /// <summary>Its title.</summary>
    public string? Title { get; init; }

    /// <summary>A <see cref="TakeUpReason"/> name (any letter case).</summary>
    public string? Reason { get; init; }

    /// <summary>What was found.</summary>
    public string? Explanation { get; init; }

    /// <summary>The reason <see cref="Reason"/> names, or null when it names none.</summary>
    /// <returns>The reason, or null.</returns>
    public TakeUpReason? ReasonKind() => EnumNames.Of<TakeUpReason>(Reason);
}

/// <summary>A higher commission's review of a case's conclusion as received (<i>cấp trên xem xét lại kết luận</i>); the reviewing body is the acting body.</summary>
/// <param name="Outcome">A <see cref="HigherReviewOutcome"/> name (any letter case).</param>
/// <param name="Finding">What the review found.</param>
public sealed record CaseReviewDraft(string? Outcome, string? Finding)
{
    /// <summary>The (validated) review by <paramref name="reviewedBy"/>.</summary>
    /// <param name="reviewedBy">The reviewing organisation (its inspection commission).</param>
    /// <param name="on">The day of the review.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentException">The outcome names no <see cref="HigherReviewOutcome"/> (validate first).</exception>
    public HigherReview ToReview(OrganizationId reviewedBy, LocalDate on)
        => new(reviewedBy, on, OutcomeKind() ?? throw new ArgumentException($"'{Outcome}' is not a review outcome.", nameof(Outcome)), Finding!);

    /// <summary>The outcome <see cref="Outcome"/> names, or null when it names none.</summary>
    /// <returns>The outcome, or null.</returns>
    public HigherReviewOutcome? OutcomeKind() => EnumNames.Of<HigherReviewOutcome>(Outcome);
}
