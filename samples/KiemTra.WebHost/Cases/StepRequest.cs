using System.Globalization;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FluentValidation.Inspection;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.WebHost.Endpoints;
using KiemTra.WebHost.Http;
using NodaTime;

namespace KiemTra.WebHost.Cases;

/// <summary>Request: record the next step of a case (<i>ghi nhận bước tiếp theo</i>). Which fields are required depends on the step.</summary>
/// <param name="Step">A <see cref="CaseStep"/> name this host records (see <see cref="CaseSteps.Supported"/>).</param>
/// <param name="On">The step's date, <c>yyyy-MM-dd</c>; not before the previous step.</param>
/// <param name="Reference">The decision number (<c>IssueDecision</c>) or notice number (<c>IssueNotice</c>).</param>
/// <param name="Summary">What verification found (<c>Verify</c>).</param>
/// <param name="Description">What is followed up (<c>AssignFollowUp</c>).</param>
/// <param name="Plan">The plan (<c>ApprovePlan</c>).</param>
/// <param name="Team">The team (<c>FormTeam</c>).</param>
/// <param name="Conclusion">The conclusion (<c>HoldConclusionMeeting</c>).</param>
/// <param name="Discipline">The discipline decided or proposed (<c>RecordDiscipline</c>).</param>
/// <param name="HandOver">The inspection opened from the supervision's signs of violation (<c>HandOverForInspection</c>).</param>
/// <param name="TakeUp">The case opened at the higher level (<c>TakeUp</c>).</param>
/// <param name="Review">The higher commission's review of the conclusion (<c>RecordHigherReview</c>).</param>
internal sealed record StepRequest(string? Step, string? On, string? Reference, string? Summary, string? Description, PlanRequest? Plan, TeamRequest? Team, ConclusionRequest? Conclusion,
    DisciplineRequest? Discipline = null, HandOverRequest? HandOver = null, TakeUpRequest? TakeUp = null, ReviewRequest? Review = null);

/// <summary>Discipline recorded on a case (<i>quyết định/đề nghị kỷ luật</i>).</summary>
/// <param name="Decided">True when this body decides it within its competence, false when it proposes it to the competent body.</param>
/// <param name="Form">The form code: <c>reprimand</c>, <c>warning</c>, <c>removal-from-post</c>, <c>expulsion</c>, <c>dissolution</c>.</param>
/// <param name="Reference">The decision or proposal number.</param>
/// <param name="Subject">Which of the case's subjects is disciplined; may be left out when the case has one subject.</param>
internal sealed record DisciplineRequest(bool? Decided, string? Form, string? Reference, OversightSubjectDraft? Subject = null);

/// <summary>A supervision's signs of violation handed to an inspection commission (<i>chuyển dấu hiệu vi phạm sang kiểm tra</i>, R-S4).</summary>
/// <param name="CaseId">The id of the inspection case opened.</param>
/// <param name="Title">Its title.</param>
/// <param name="CommissionOf">The organisation whose inspection commission inspects.</param>
/// <param name="Subjects">Who shows signs of violation.</param>
/// <param name="Reason">The signs found.</param>
internal sealed record HandOverRequest(string? CaseId, string? Title, string? CommissionOf, IReadOnlyList<OversightSubjectDraft>? Subjects, string? Reason);

/// <summary>A higher commission taking the case up (<i>cấp trên thụ lý</i>, R-I4); the acting body is that commission.</summary>
/// <param name="CaseId">The id of the case opened at the higher level.</param>
/// <param name="Title">Its title.</param>
/// <param name="Reason">A <see cref="TakeUpReason"/> name.</param>
/// <param name="Explanation">What was found.</param>
internal sealed record TakeUpRequest(string? CaseId, string? Title, string? Reason, string? Explanation);

/// <summary>A higher commission's review of the conclusion (<i>cấp trên xem xét lại kết luận</i>, R-I4); the reviewing body is the acting body.</summary>
/// <param name="Outcome">A <see cref="HigherReviewOutcome"/> name.</param>
/// <param name="Finding">What the review found.</param>
internal sealed record ReviewRequest(string? Outcome, string? Finding);

/// <summary>A plan.</summary>
/// <param name="Purpose">Purpose.</param>
/// <param name="ContentAreas">Content-area codes from the catalogue.</param>
/// <param name="ReferenceFrom">Start of the period examined.</param>
/// <param name="ReferenceTo">End of the period examined.</param>
/// <param name="Start">Start of the work.</param>
/// <param name="End">End of the work.</param>
/// <param name="Method">Method.</param>
internal sealed record PlanRequest(string? Purpose, IReadOnlyList<string>? ContentAreas, string? ReferenceFrom, string? ReferenceTo, string? Start, string? End, string? Method);

/// <summary>A team.</summary>
/// <param name="Leader">The leader's member id.</param>
/// <param name="Members">The other members' ids.</param>
internal sealed record TeamRequest(string? Leader, IReadOnlyList<string>? Members);

/// <summary>A conclusion.</summary>
/// <param name="Summary">Summary.</param>
/// <param name="ViolationFound">Whether a violation was found.</param>
/// <param name="SignsOfViolation">Whether signs of violation were found (supervision).</param>
internal sealed record ConclusionRequest(string? Summary, bool? ViolationFound, bool? SignsOfViolation);

/// <summary>What applying a step produced: the case after it and, for a hand-over or a take-up, the case it opened.</summary>
/// <param name="Case">The case after the step.</param>
/// <param name="Opened">The linked case the step opened, or null.</param>
internal sealed record StepOutcome(OversightCase Case, OversightCase? Opened);

/// <summary>A validated step: its kind, date, the NFC request to store, and how to apply it to a case.</summary>
/// <param name="Step">The step.</param>
/// <param name="On">The date.</param>
/// <param name="Normalized">The request with every text in NFC, as stored and replayed.</param>
/// <param name="Apply">Applies the step through the SDK's state machine (throws <see cref="IllegalCaseTransitionException"/> or <see cref="ArgumentException"/>).</param>
internal sealed record ParsedStep(CaseStep Step, LocalDate On, StepRequest Normalized, Func<OversightCase, StepOutcome> Apply)
{
    /// <summary>The discipline form of a <c>RecordDiscipline</c> step, and whether it is decided (not proposed).</summary>
    public (DisciplineForm Form, bool Decided)? Discipline { get; init; }

    /// <summary>The receiving commission and the subjects of a <c>HandOverForInspection</c> step.</summary>
    public (OrganizationId CommissionOf, IReadOnlyList<OversightSubject> Subjects)? HandOver { get; init; }

    /// <summary>The id and title of the case a hand-over or take-up opens.</summary>
    public (string Id, string Title)? OpensCase { get; init; }

    /// <summary>Whether the step is recorded by a higher commission (take-up, review) rather than the conducting body.</summary>
    public bool ByHigherCommission => Step is CaseStep.TakeUp or CaseStep.RecordHigherReview;
}

/// <summary>Parses step requests into SDK calls.</summary>
internal static class CaseSteps
{

    /// <summary>
    /// The steps this host records: every step of the SDK's case model after opening — the main procedure, recording
    /// discipline, handing a supervision over to inspection, a higher commission taking the case up, and its review.
    /// </summary>
    public static readonly IReadOnlyList<CaseStep> Supported =
    [
        CaseStep.IssueDecision, CaseStep.ApprovePlan, CaseStep.FormTeam, CaseStep.Announce, CaseStep.ReceiveSelfReport, CaseStep.Verify,
        CaseStep.DraftReport, CaseStep.HoldConclusionMeeting, CaseStep.IssueNotice, CaseStep.RecordDiscipline, CaseStep.AssignFollowUp, CaseStep.Close,
        CaseStep.HandOverForInspection, CaseStep.TakeUp, CaseStep.RecordHigherReview,
    ];

    /// <summary>The step, or null after recording errors naming each field and value.</summary>
    /// <param name="r">The request.</param>
    /// <param name="errors">Collects the errors.</param>
    /// <param name="dataset">The dataset ids are checked against.</param>
    /// <param name="catalogues">The catalogues.</param>
    /// <param name="authority">The authority rules a hand-over or take-up opens its case under.</param>
    /// <param name="recordedBy">The organisation recording the step (the reviewing or taking-up commission's organisation for <c>RecordHigherReview</c> and <c>TakeUp</c>; stored with the step and replayed).</param>
    /// <param name="today">Today in the host's zone: a step records what happened, so its date is not after today.</param>
    public static ParsedStep? Parse(StepRequest r, FieldErrors errors, PartyDataset dataset, OversightCatalogues catalogues, AuthorityRules authority, OrganizationId? recordedBy, LocalDate today)
    {
        var step = Http.Parse.Enum<CaseStep>(errors, "step", r.Step, required: true);
        var on = Http.Parse.RecordedDate(errors, "on", r.On, required: true, today);
        if (step is { } s && !Supported.Contains(s))
        {
            errors.Add("step", r.Step, $"Máy chủ mẫu không ghi nhận bước '{s}'; các bước được hỗ trợ: {string.Join(", ", Supported)}.", $"This sample host does not record the step '{s}'; supported steps: {string.Join(", ", Supported)}.");
            return null;
        }

        if (step is null)
        {
            return null;
        }

        var used = new HashSet<string>();
        string? Text(string field, string? value, int max)
        {
            used.Add(field);
            return errors.RequiredText(field, value, max);
        }

        Func<OversightCase, LocalDate, StepOutcome>? apply = null;
        Func<OversightCase, LocalDate, OversightCase>? simple = null;
        (DisciplineForm, bool)? discipline = null;
        (OrganizationId, IReadOnlyList<OversightSubject>)? handOver = null;
        (string, string)? opens = null;
        StepRequest normalized = new(step.Value.ToString(), r.On, null, null, null, null, null, null);
        switch (step.Value)
        {
            case CaseStep.IssueDecision:
                {
                    used.Add("reference");
                    var reference = errors.Reference("reference", r.Reference);
                    normalized = normalized with { Reference = reference };
                    simple = (c, d) => c.IssueDecision(reference!, d);
                    break;
                }

            case CaseStep.IssueNotice:
                {
                    used.Add("reference");
                    var reference = errors.Reference("reference", r.Reference);
                    normalized = normalized with { Reference = reference };
                    simple = (c, d) => c.IssueNotice(reference!, d);
                    break;
                }

            case CaseStep.Verify:
                {
                    var summary = Text("summary", r.Summary, 4000);
                    normalized = normalized with { Summary = summary };
                    simple = (c, d) => c.Verify(summary!, d);
                    break;
                }

            case CaseStep.AssignFollowUp:
                {
                    var description = Text("description", r.Description, 4000);
                    normalized = normalized with { Description = description };
                    simple = (c, d) => c.AssignFollowUp(description!, d);
                    break;
                }

            case CaseStep.ApprovePlan:
                {
                    used.Add("plan");
                    var plan = ParsePlan(r.Plan, errors, catalogues, out var planRequest);
                    normalized = normalized with { Plan = planRequest };
                    simple = (c, d) => c.ApprovePlan(plan!, d);
                    break;
                }

            case CaseStep.FormTeam:
                {
                    used.Add("team");
                    var team = ParseTeam(r.Team, errors, dataset, out var teamRequest);
                    normalized = normalized with { Team = teamRequest };
                    simple = (c, d) => c.FormTeam(team!, d);
                    break;
                }

            case CaseStep.HoldConclusionMeeting:
                {
                    used.Add("conclusion");
                    if (r.Conclusion is null)
                    {
                        errors.Missing("conclusion");
                        break;
                    }

                    var summary = errors.RequiredText("conclusion.summary", r.Conclusion.Summary, 4000);
                    if (r.Conclusion.ViolationFound is null)
                    {
                        errors.Missing("conclusion.violationFound");
                    }

                    if (r.Conclusion.SignsOfViolation is null)
                    {
                        errors.Missing("conclusion.signsOfViolation");
                    }

                    var conclusion = new ConclusionRequest(summary, r.Conclusion.ViolationFound, r.Conclusion.SignsOfViolation);
                    normalized = normalized with { Conclusion = conclusion };
                    simple = (c, d) => c.HoldConclusionMeeting(new CaseConclusion(conclusion.Summary!, conclusion.ViolationFound!.Value, conclusion.SignsOfViolation!.Value), d);
                    break;
                }

            case CaseStep.Announce:
                simple = (c, d) => c.Announce(d);
                break;
            case CaseStep.ReceiveSelfReport:
                simple = (c, d) => c.ReceiveSelfReport(d);
                break;
            case CaseStep.DraftReport:
                simple = (c, d) => c.DraftReport(d);
                break;
            case CaseStep.Close:
                simple = (c, d) => c.Close(d);
                break;
            case CaseStep.RecordDiscipline:
                {
                    used.Add("discipline");
                    if (ParseDiscipline(r.Discipline, errors, dataset, out var request, out var named) is { } parsed)
                    {
                        discipline = parsed;
                        normalized = normalized with { Discipline = request };
                        simple = (c, d) => c.RecordDiscipline(parsed.Decided, DisciplineSubjectOf(DisciplinedSubject(c, named), parsed.Form), parsed.Form, request!.Reference!, d);
                    }

                    break;
                }

            case CaseStep.HandOverForInspection:
                {
                    used.Add("handOver");
                    if (ParseHandOver(r.HandOver, errors, dataset, out var request) is { } parsed)
                    {
                        handOver = (parsed.CommissionOf, parsed.Subjects);
                        opens = (request!.CaseId!, request.Title!);
                        normalized = normalized with { HandOver = request };
                        apply = (c, d) =>
                        {
                            var (supervision, inspection) = c.HandOverForInspection(request.CaseId!, parsed.CommissionOf, parsed.Subjects, request.Reason!, d, catalogues, authority);
                            return new StepOutcome(supervision, inspection);
                        };
                    }

                    break;
                }

            case CaseStep.TakeUp:
                {
                    used.Add("takeUp");
                    if (ParseTakeUp(r.TakeUp, errors, out var request) is { } reason && recordedBy is { } higher)
                    {
                        opens = (request!.CaseId!, request.Title!);
                        normalized = normalized with { TakeUp = request };
                        apply = (c, d) =>
                        {
                            var (lower, opened) = c.TakeUp(request.CaseId!, higher, reason, request.Explanation!, d, catalogues, authority);
                            return new StepOutcome(lower, opened);
                        };
                    }

                    break;
                }

            case CaseStep.RecordHigherReview:
                {
                    used.Add("review");
                    if (r.Review is null)
                    {
                        errors.Missing("review");
                        break;
                    }

                    var outcome = Http.Parse.Enum<HigherReviewOutcome>(errors, "review.outcome", r.Review.Outcome, required: true);
                    var finding = errors.RequiredText("review.finding", r.Review.Finding, 4000);
                    if (outcome is { } o && finding is not null && recordedBy is { } reviewer)
                    {
                        normalized = normalized with { Review = new ReviewRequest(o.ToString(), finding) };
                        simple = (c, d) => c.RecordHigherReview(new HigherReview(reviewer, d, o, finding));
                    }

                    break;
                }
        }

        if (simple is not null)
        {
            apply = (c, d) => new StepOutcome(simple(c, d), null);
        }

        // Nothing is silently dropped: a field the step does not use is an error, not ignored.
        foreach (var (field, given) in new (string, bool)[]
        {
            ("reference", r.Reference is not null), ("summary", r.Summary is not null), ("description", r.Description is not null), ("plan", r.Plan is not null),
            ("team", r.Team is not null), ("conclusion", r.Conclusion is not null), ("discipline", r.Discipline is not null), ("handOver", r.HandOver is not null),
            ("takeUp", r.TakeUp is not null), ("review", r.Review is not null),
        })
        {
            if (given && !used.Contains(field))
            {
                errors.Add(field, null, $"Bước '{step}' không dùng trường '{field}'.", $"The step '{step}' does not use the field '{field}'.");
            }
        }

        if (errors.Any || apply is null)
        {
            return null;
        }

        var date = on!.Value;
        var applyStep = apply;
        return new ParsedStep(step.Value, date, normalized, c => applyStep(c, date)) { Discipline = discipline, HandOver = handOver, OpensCase = opens };
    }

    private static DisciplineSubject DisciplineSubjectOf(OversightSubject subject, DisciplineForm form) =>
        subject.Organization is { } organization
            ? DisciplineSubject.OfOrganization(organization)
            : DisciplineSubject.OfFullMember(subject.Member!.Value, holdsPost: form == DisciplineForm.RemovalFromPost, isCommitteeMember: subject.IsCommitteeMember);

    /// <summary>The subject disciplined: the one named, which must be a subject of the case, or the case's only subject.</summary>
    /// <exception cref="ArgumentException">The named subject is not one of the case's, or none is named and the case has several (parameter <c>discipline.subject</c>).</exception>
    private static OversightSubject DisciplinedSubject(OversightCase c, OversightSubject? named)
    {
        if (named is null)
        {
            return c.Subjects.Count == 1
                ? c.Subjects[0]
                : throw new ArgumentException($"Case {c.Id} has {c.Subjects.Count} subjects: name the one disciplined in 'discipline.subject'.", "discipline.subject");
        }

        return c.Subjects.FirstOrDefault(s => s.Organization == named.Organization && s.Member == named.Member)
            ?? throw new ArgumentException($"{named} is not a subject of case {c.Id}.", "discipline.subject");
    }

    private static (DisciplineForm Form, bool Decided)? ParseDiscipline(DisciplineRequest? d, FieldErrors errors, PartyDataset dataset, out DisciplineRequest? normalized, out OversightSubject? subject)
    {
        normalized = null;
        subject = null;
        if (d is null)
        {
            errors.Missing("discipline");
            return null;
        }

        if (d.Decided is null)
        {
            errors.Missing("discipline.decided");
        }

        var reference = errors.Reference("discipline.reference", d.Reference);
        DisciplineForm? form = null;
        if (d.Form is null)
        {
            errors.Missing("discipline.form");
        }
        else
        {
            try
            {
                form = DisciplineFormCodes.Parse(d.Form);
            }
            catch (FormatException ex)
            {
                errors.Add("discipline.form", d.Form, $"Hình thức kỷ luật không hợp lệ: {ex.Message}", $"Invalid discipline form: {ex.Message}");
            }
        }

        var subjectValid = true;
        if (d.Subject is { } named)
        {
            if ((named.Organization is null) == (named.Member is null))
            {
                errors.Add("discipline.subject", null, "Đối tượng kỷ luật có đúng một trong 'organization' hoặc 'member'.", "The subject disciplined has exactly one of 'organization' or 'member'.");
                subjectValid = false;
            }
            else if (named.Organization is not null)
            {
                subject = Http.Parse.Organization(errors, "discipline.subject.organization", named.Organization, dataset, required: true) is { } o ? OversightSubject.Of(o) : null;
                subjectValid = subject is not null;
            }
            else
            {
                subject = Http.Parse.Member(errors, "discipline.subject.member", named.Member, dataset) is { } m ? OversightSubject.Of(m) : null;
                subjectValid = subject is not null;
            }
        }

        if (d.Decided is null || reference is null || form is null || !subjectValid)
        {
            return null;
        }

        normalized = new DisciplineRequest(d.Decided, DisciplineFormCodes.ToCode(form.Value), reference, subject is null ? null : SubjectRequestOf(subject));
        return (form.Value, d.Decided.Value);
    }

    private static (OrganizationId CommissionOf, IReadOnlyList<OversightSubject> Subjects)? ParseHandOver(HandOverRequest? h, FieldErrors errors, PartyDataset dataset, out HandOverRequest? normalized)
    {
        normalized = null;
        if (h is null)
        {
            errors.Missing("handOver");
            return null;
        }

        var before = errors.All.Count;
        var caseId = CaseId(errors, "handOver.caseId", h.CaseId);
        var title = errors.RequiredText("handOver.title", h.Title, 500);
        var reason = errors.RequiredText("handOver.reason", h.Reason, 4000);
        var commission = Http.Parse.Organization(errors, "handOver.commissionOf", h.CommissionOf, dataset, required: true);
        var subjects = Subjects(errors, "handOver.subjects", h.Subjects, dataset);
        if (errors.All.Count > before)
        {
            return null;
        }

        normalized = new HandOverRequest(caseId, title, commission!.Value.Value, subjects.Select(SubjectRequestOf).ToArray(), reason);
        return (commission.Value, subjects);
    }

    private static TakeUpReason? ParseTakeUp(TakeUpRequest? t, FieldErrors errors, out TakeUpRequest? normalized)
    {
        normalized = null;
        if (t is null)
        {
            errors.Missing("takeUp");
            return null;
        }

        var before = errors.All.Count;
        var caseId = CaseId(errors, "takeUp.caseId", t.CaseId);
        var title = errors.RequiredText("takeUp.title", t.Title, 500);
        var explanation = errors.RequiredText("takeUp.explanation", t.Explanation, 4000);
        var reason = Http.Parse.Enum<TakeUpReason>(errors, "takeUp.reason", t.Reason, required: true);
        if (errors.All.Count > before)
        {
            return null;
        }

        normalized = new TakeUpRequest(caseId, title, reason!.Value.ToString(), explanation);
        return reason;
    }

    /// <summary>A case id by the SDK's identifier rule (<see cref="IdentifierRules"/>), NFC.</summary>
    public static string? CaseId(FieldErrors errors, string field, string? value) => errors.Identifier(field, value);

    /// <summary>Subjects: each exactly one of an organisation or a member in the dataset; at least one.</summary>
    public static IReadOnlyList<OversightSubject> Subjects(FieldErrors errors, string field, IReadOnlyList<OversightSubjectDraft>? requests, PartyDataset dataset)
    {
        var subjects = new List<OversightSubject>();
        if (requests is null || requests.Count == 0)
        {
            errors.Add(field, null, "Cần ít nhất một đối tượng.", "At least one subject is required.");
            return subjects;
        }

        if (requests.Count > HostLimits.MaxSubjectsPerCase)
        {
            TooManySubjects(errors, field, requests.Count);
            return subjects;
        }

        for (var i = 0; i < requests.Count; i++)
        {
            var item = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            var s = requests[i];
            if (s is null || (s.Organization is null) == (s.Member is null))
            {
                errors.Add(item, null, "Mỗi đối tượng có đúng một trong 'organization' hoặc 'member'.", "Each subject has exactly one of 'organization' or 'member'.");
            }
            else if (s.Organization is not null && Http.Parse.Organization(errors, item + ".organization", s.Organization, dataset, required: true) is { } org)
            {
                subjects.Add(OversightSubject.Of(org));
            }
            else if (s.Member is not null)
            {
                // A well-formed member id the dataset does not hold is kept: the step's authority check refuses it exactly
                // as a real member outside the receiving commission's authority (StepAuthority), telling nothing of its existence.
                var unknown = new List<string>(1);
                if (Http.Parse.Member(errors, item + ".member", s.Member, dataset, unknown) is { } member)
                {
                    subjects.Add(OversightSubject.Of(member));
                }
                else if (unknown.Count == 1)
                {
                    subjects.Add(OversightSubject.Of(MemberId.From(unknown[0])));
                }
            }
        }

        return subjects;
    }

    /// <summary>Records that a case lists more subjects than <see cref="HostLimits.MaxSubjectsPerCase"/>.</summary>
    public static void TooManySubjects(FieldErrors errors, string field, int count) =>
        errors.Add(field, count.ToString(CultureInfo.InvariantCulture), $"Một hồ sơ có tối đa {HostLimits.MaxSubjectsPerCase} đối tượng; yêu cầu có {count}.", $"A case has at most {HostLimits.MaxSubjectsPerCase} subjects; the request lists {count}.");

    private static OversightSubjectDraft SubjectRequestOf(OversightSubject s) =>
        s.Organization is { } o ? new OversightSubjectDraft(o.Value, null) : new OversightSubjectDraft(null, s.Member!.Value.Value);


    private static CasePlan? ParsePlan(PlanRequest? p, FieldErrors errors, OversightCatalogues catalogues, out PlanRequest? normalized)
    {
        normalized = null;
        if (p is null)
        {
            errors.Missing("plan");
            return null;
        }

        var purpose = errors.RequiredText("plan.purpose", p.Purpose, 2000);
        var method = errors.RequiredText("plan.method", p.Method, 2000);
        var from = Http.Parse.Date(errors, "plan.referenceFrom", p.ReferenceFrom, required: true);
        var to = Http.Parse.Date(errors, "plan.referenceTo", p.ReferenceTo, required: true);
        var start = Http.Parse.Date(errors, "plan.start", p.Start, required: true);
        var end = Http.Parse.Date(errors, "plan.end", p.End, required: true);
        var areas = new List<string>();
        if (p.ContentAreas is null)
        {
            errors.Missing("plan.contentAreas");
        }
        else
        {
            for (var i = 0; i < p.ContentAreas.Count; i++)
            {
                var field = string.Create(CultureInfo.InvariantCulture, $"plan.contentAreas[{i}]");
                var code = errors.RequiredText(field, p.ContentAreas[i], 64);
                if (code is null)
                {
                    continue;
                }

                if (!catalogues.ContentAreas.Items.Any(item => item.Code == code))
                {
                    errors.Add(field, p.ContentAreas[i], $"'{code}' không có trong danh mục nội dung; các mã: {string.Join(", ", catalogues.ContentAreas.Items.Select(x => x.Code))}.", $"'{code}' is not a content area; codes: {string.Join(", ", catalogues.ContentAreas.Items.Select(x => x.Code))}.");
                    continue;
                }

                areas.Add(code);
            }
        }

        if (errors.Any)
        {
            return null;
        }

        normalized = new PlanRequest(purpose, areas, p.ReferenceFrom, p.ReferenceTo, p.Start, p.End, method);
        try
        {
            return CasePlan.Create(purpose!, areas, from!.Value, to!.Value, start!.Value, end!.Value, method!, catalogues);
        }
        catch (ArgumentException ex)
        {
            var field = ex.ParamName switch
            {
                "referenceTo" => "plan.referenceTo",
                "end" => "plan.end",
                "contentAreas" => "plan.contentAreas",
                "purpose" => "plan.purpose",
                "method" => "plan.method",
                var other => $"plan.{other}",
            };
            errors.Add(field, null, $"Kế hoạch không hợp lệ: {ex.Message}", $"Invalid plan: {ex.Message}");
            return null;
        }
    }

    private static CaseTeam? ParseTeam(TeamRequest? t, FieldErrors errors, PartyDataset dataset, out TeamRequest? normalized)
    {
        normalized = null;
        if (t is null)
        {
            errors.Missing("team");
            return null;
        }

        var leader = Http.Parse.Member(errors, "team.leader", t.Leader, dataset);
        var members = new List<MemberId>();
        for (var i = 0; i < (t.Members?.Count ?? 0); i++)
        {
            if (Http.Parse.Member(errors, string.Create(CultureInfo.InvariantCulture, $"team.members[{i}]"), t.Members![i], dataset) is { } m)
            {
                members.Add(m);
            }
        }

        if (errors.Any)
        {
            return null;
        }

        normalized = new TeamRequest(leader!.Value.Value, members.Select(m => m.Value).ToArray());
        try
        {
            return CaseTeam.Create(leader.Value, members);
        }
        catch (ArgumentException ex)
        {
            errors.Add("team.members", null, $"Đoàn không hợp lệ: {ex.Message}", $"Invalid team: {ex.Message}");
            return null;
        }
    }
}
