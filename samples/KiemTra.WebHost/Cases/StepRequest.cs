using System.Globalization;
using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FluentValidation.Inspection;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.WebHost.Http;
using NodaTime;

namespace KiemTra.WebHost.Cases;

/// <summary>What applying a step produced: the case after it and, for a hand-over or a take-up, the case it opened.</summary>
/// <param name="Case">The case after the step.</param>
/// <param name="Opened">The linked case the step opened, or null.</param>
internal sealed record StepOutcome(OversightCase Case, OversightCase? Opened);

/// <summary>A validated step: its kind, date, the request to store (canonical names and codes), and how to apply it to a case.</summary>
/// <param name="Step">The step.</param>
/// <param name="On">The date.</param>
/// <param name="Normalized">The request with every text in NFC, as stored and replayed.</param>
/// <param name="Apply">Applies the step through the SDK's state machine (throws <see cref="IllegalCaseTransitionException"/> or <see cref="ArgumentException"/>).</param>
internal sealed record ParsedStep(CaseStep Step, LocalDate On, CaseStepDraft Normalized, Func<OversightCase, StepOutcome> Apply)
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

/// <summary>
/// Turns a step request — the validation package's <see cref="CaseStepDraft"/>, read through the JSON package and checked by
/// its <see cref="CaseStepDraftValidator"/> — into the SDK call that records it. What is left here is only this host's:
/// the ids must exist in its dataset, a case holds at most <see cref="HostLimits.MaxSubjectsPerCase"/> subjects, and the
/// recording commission is the acting body.
/// </summary>
internal static class CaseSteps
{
    /// <summary>The steps this host records: every step of the SDK's case model after opening (<see cref="CaseStepDraft.Recordable"/>).</summary>
    public static IReadOnlyList<CaseStep> Supported => CaseStepDraft.Recordable;

    /// <summary>The step of a validated draft, or null after recording errors naming each field and value (ids not in the dataset).</summary>
    /// <param name="r">The request, valid by <see cref="CaseStepDraftValidator"/>.</param>
    /// <param name="errors">Collects the errors.</param>
    /// <param name="dataset">The dataset ids are checked against.</param>
    /// <param name="catalogs">The catalogues.</param>
    /// <param name="authority">The authority rules a hand-over or take-up opens its case under.</param>
    /// <param name="recordedBy">The organisation recording the step (the reviewing or taking-up commission's organisation for <c>RecordHigherReview</c> and <c>TakeUp</c>; stored with the step and replayed).</param>
    public static ParsedStep? Parse(CaseStepDraft r, FieldErrors errors, PartyDataset dataset, OversightCatalogs catalogs, AuthorityRules authority, OrganizationId? recordedBy)
    {
        if (r.Kind() is not { } step || r.On is not { } on)
        {
            errors.Missing(r.On is null ? "on" : "step");
            return null;
        }

        Func<OversightCase, LocalDate, StepOutcome>? apply = null;
        Func<OversightCase, LocalDate, OversightCase>? simple = null;
        (DisciplineForm, bool)? discipline = null;
        (OrganizationId, IReadOnlyList<OversightSubject>)? handOver = null;
        (string, string)? opens = null;
        var normalized = new CaseStepDraft(step.ToString(), on);
        switch (step)
        {
            case CaseStep.IssueDecision:
                {
                    var reference = InputRules.NormalizeReference(r.Reference!);
                    normalized = normalized with { Reference = reference };
                    simple = (c, d) => c.IssueDecision(reference, d);
                    break;
                }

            case CaseStep.IssueNotice:
                {
                    var reference = InputRules.NormalizeReference(r.Reference!);
                    normalized = normalized with { Reference = reference };
                    simple = (c, d) => c.IssueNotice(reference, d);
                    break;
                }

            case CaseStep.Verify:
                normalized = normalized with { Summary = r.Summary };
                simple = (c, d) => c.Verify(r.Summary!, d);
                break;
            case CaseStep.AssignFollowUp:
                normalized = normalized with { Description = r.Description };
                simple = (c, d) => c.AssignFollowUp(r.Description!, d);
                break;
            case CaseStep.ApprovePlan:
                {
                    var plan = r.Plan!.ToPlan(catalogs);
                    normalized = normalized with { Plan = r.Plan };
                    simple = (c, d) => c.ApprovePlan(plan, d);
                    break;
                }

            case CaseStep.FormTeam:
                {
                    var leader = Http.Parse.Member(errors, "team.leader", r.Team!.Leader, dataset);
                    var members = r.Team.Members ?? [];
                    for (var i = 0; i < members.Count; i++)
                    {
                        Http.Parse.Member(errors, string.Create(CultureInfo.InvariantCulture, $"team.members[{i}]"), members[i], dataset);
                    }

                    if (leader is not null && !errors.Any)
                    {
                        var team = r.Team.ToTeam();
                        normalized = normalized with { Team = r.Team with { Members = members } };
                        simple = (c, d) => c.FormTeam(team, d);
                    }

                    break;
                }

            case CaseStep.HoldConclusionMeeting:
                {
                    var conclusion = r.Conclusion!.ToConclusion();
                    normalized = normalized with { Conclusion = r.Conclusion };
                    simple = (c, d) => c.HoldConclusionMeeting(conclusion, d);
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
                    var d0 = r.Discipline!;
                    OversightSubject? named = null;
                    if (d0.Subject is { } s)
                    {
                        named = s.Organization is not null
                            ? Http.Parse.Organization(errors, "discipline.subject.organization", s.Organization, dataset, required: true) is { } o ? OversightSubject.Of(o) : null
                            : Http.Parse.Member(errors, "discipline.subject.member", s.Member, dataset) is { } m ? OversightSubject.Of(m) : null;
                        if (named is null)
                        {
                            break;
                        }
                    }

                    var form = d0.ToForm();
                    var decided = d0.Decided!.Value;
                    var reference = InputRules.NormalizeReference(d0.Reference!);
                    discipline = (form, decided);
                    normalized = normalized with { Discipline = new CaseDisciplineDraft(decided, DisciplineRules.FormCode(form), reference, named is null ? null : SubjectDraftOf(named)) };
                    simple = (c, d) => c.RecordDiscipline(decided, DisciplineSubjectOf(DisciplinedSubject(c, named), form), form, reference, d);
                    break;
                }

            case CaseStep.HandOverForInspection:
                {
                    var h = r.HandOver!;
                    var before = errors.All.Count;
                    var commission = Http.Parse.Organization(errors, "handOver.commissionOf", h.CommissionOf, dataset, required: true);
                    var subjects = Subjects(errors, "handOver.subjects", h.Subjects!, dataset);
                    if (errors.All.Count > before)
                    {
                        break;
                    }

                    var caseId = InputRules.NormalizeIdentifier(h.CaseId!);
                    handOver = (commission!.Value, subjects);
                    opens = (caseId, h.Title!);
                    normalized = normalized with { HandOver = new CaseHandOverDraft(caseId, h.Title, commission.Value.Value, subjects.Select(SubjectDraftOf).ToArray(), h.Reason) };
                    apply = (c, d) =>
                    {
                        var (supervision, inspection) = c.HandOverForInspection(RecordId<OversightCase>.From(caseId), commission.Value, subjects, h.Reason!, d, catalogs, authority);
                        return new StepOutcome(supervision, inspection);
                    };
                    break;
                }

            case CaseStep.TakeUp:
                {
                    var t = r.TakeUp!;
                    if (t.ReasonKind() is { } reason && recordedBy is { } higher)
                    {
                        var caseId = InputRules.NormalizeIdentifier(t.CaseId!);
                        opens = (caseId, t.Title!);
                        normalized = normalized with { TakeUp = t with { CaseId = caseId, Reason = reason.ToString() } };
                        apply = (c, d) =>
                        {
                            var (lower, opened) = c.TakeUp(RecordId<OversightCase>.From(caseId), higher, reason, t.Explanation!, d, catalogs, authority);
                            return new StepOutcome(lower, opened);
                        };
                    }

                    break;
                }

            case CaseStep.RecordHigherReview:
                {
                    if (r.Review!.OutcomeKind() is { } outcome && recordedBy is { } reviewer)
                    {
                        normalized = normalized with { Review = new CaseReviewDraft(outcome.ToString(), r.Review.Finding) };
                        simple = (c, d) => c.RecordHigherReview(r.Review.ToReview(reviewer, d));
                    }

                    break;
                }
        }

        if (simple is not null)
        {
            apply = (c, d) => new StepOutcome(simple(c, d), null);
        }

        if (errors.Any || apply is null)
        {
            return null;
        }

        var applyStep = apply;
        return new ParsedStep(step, on, normalized, c => applyStep(c, on)) { Discipline = discipline, HandOver = handOver, OpensCase = opens };
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

    /// <summary>A case id by the SDK's identifier rule (<see cref="InputRules"/>), NFC.</summary>
    public static string? CaseId(FieldErrors errors, string field, string? value) => errors.Identifier(field, value);

    /// <summary>
    /// The subjects of a hand-over, each in the dataset, and at most <see cref="HostLimits.MaxSubjectsPerCase"/>. That
    /// there is at least one, none twice, and each names exactly one of an organisation or a member is the package's
    /// <see cref="CaseStepDraftValidator"/>'s, checked before this runs; what is left is only what the dataset knows.
    /// </summary>
    public static IReadOnlyList<OversightSubject> Subjects(FieldErrors errors, string field, IReadOnlyList<OversightSubjectDraft> requests, PartyDataset dataset)
    {
        var subjects = new List<OversightSubject>();
        if (requests.Count > HostLimits.MaxSubjectsPerCase)
        {
            TooManySubjects(errors, field, requests.Count);
            return subjects;
        }

        for (var i = 0; i < requests.Count; i++)
        {
            var item = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            var s = requests[i];
            if (s.Organization is not null)
            {
                if (Http.Parse.Organization(errors, item + ".organization", s.Organization, dataset, required: true) is { } org)
                {
                    subjects.Add(OversightSubject.Of(org));
                }
            }
            else
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

    private static OversightSubjectDraft SubjectDraftOf(OversightSubject s) =>
        s.Organization is { } o ? new OversightSubjectDraft(o.Value, null) : new OversightSubjectDraft(null, s.Member!.Value.Value);
}
