using FluentValidation;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// Checks a <see cref="CaseStepDraft"/> (<i>kiểm tra đề nghị ghi nhận bước của cuộc kiểm tra, giám sát</i>) with the
/// SDK's own checks: the step is exactly one of <see cref="CaseStepDraft.Recordable"/> by name, its date is not after
/// today (from the clock and zone given, never the machine), the fields the step uses are given and valid — references and
/// case ids by <see cref="InputRules"/>, member and organisation ids by their factories, content areas in the
/// catalogue, the team by <see cref="CaseTeam.Create"/>, the discipline form by <see cref="DisciplineRules.ParseFormCode"/>,
/// names of <see cref="TakeUpReason"/> and <see cref="HigherReviewOutcome"/> — and a field the step does not use is
/// refused (<see cref="ErrorCodes.DocumentFieldUnknown"/>). Field names are the JSON names of the request
/// (<c>plan.contentAreas[1]</c>, <c>discipline.form</c>). Whether the step is allowed in the case's state, and whether the
/// ids exist, is the case's and the host's to decide.
/// </summary>
public sealed class CaseStepDraftValidator : AbstractValidator<CaseStepDraft>
{
    /// <summary>The longest summary, description, reason, explanation or finding accepted.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The longest purpose or method of a plan accepted.</summary>
    public const int MaxPlanTextLength = 2000;

    /// <summary>Creates the validator.</summary>
    /// <param name="catalogs">The catalogues content areas are checked against.</param>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CaseStepDraftValidator(OversightCatalogs catalogs, IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.Step).Cascade(CascadeMode.Stop).Required("step")
            .OneOf("step", CaseStepDraft.Recordable.Select(s => s.ToString()), name => EnumNames.Of(name, CaseStepDraft.Recordable) is not null);
        RuleFor(x => x.On).Required("on").DependentRules(() =>
            RuleFor(x => x.On!.Value).NotInFuture("on", clock, zone).OverridePropertyName("On"));

        When(x => x.Kind() is CaseStep.IssueDecision or CaseStep.IssueNotice, () =>
            RuleFor(x => x.Reference).Cascade(CascadeMode.Stop).Required("reference").ValidReference("reference"));
        When(x => x.Kind() == CaseStep.Verify, () => RuleFor(x => x.Summary).Stated("summary", ErrorCodes.NameRequired, MaxTextLength));
        When(x => x.Kind() == CaseStep.AssignFollowUp, () => RuleFor(x => x.Description).Stated("description", ErrorCodes.NameRequired, MaxTextLength));
        When(x => x.Kind() == CaseStep.ApprovePlan, () =>
            RuleFor(x => x.Plan).Required("plan").DependentRules(() =>
            {
                RuleFor(x => x.Plan!.Purpose).Stated("plan.purpose", ErrorCodes.NameRequired, MaxPlanTextLength);
                RuleFor(x => x.Plan!.Method).Stated("plan.method", ErrorCodes.NameRequired, MaxPlanTextLength);
                RuleFor(x => x.Plan!.ReferenceFrom).Required("plan.referenceFrom");
                RuleFor(x => x.Plan!.ReferenceTo).Required("plan.referenceTo").DependentRules(() =>
                    RuleFor(x => x.Plan!.ReferenceTo!.Value).NotBefore("plan.referenceTo", "plan.referenceFrom", x => x.Plan!.ReferenceFrom!.Value)
                        .When(x => x.Plan!.ReferenceFrom is not null).OverridePropertyName("Plan.ReferenceTo"));
                RuleFor(x => x.Plan!.Start).Required("plan.start");
                RuleFor(x => x.Plan!.End).Required("plan.end").DependentRules(() =>
                    RuleFor(x => x.Plan!.End!.Value).NotBefore("plan.end", "plan.start", x => x.Plan!.Start!.Value)
                        .When(x => x.Plan!.Start is not null).OverridePropertyName("Plan.End"));
                RuleFor(x => x.Plan!.ContentAreas).NotEmptyList("plan.contentAreas");
                RuleForEach(x => x.Plan!.ContentAreas)
                    .Must(code => code is not null && catalogs.ContentAreas.Contains(code))
                    .WithKiemTraMessage(ErrorCodes.CatalogCodeUnknown, (_, code) => Args(("Field", "plan.contentAreas"), ("Value", Echo(code)), ("Catalogue", catalogs.ContentAreas.Id)));
            }));
        When(x => x.Kind() == CaseStep.FormTeam, () =>
            RuleFor(x => x.Team).Required("team").DependentRules(() =>
            {
                RuleFor(x => x.Team!.Leader).Cascade(CascadeMode.Stop).Required("team.leader").ValidId("team.leader", v => MemberId.From(v), MemberId.MaxLength);
                RuleForEach(x => x.Team!.Members).ValidId("team.members[]", v => MemberId.From(v), MemberId.MaxLength);

                // The team's own rule (CaseTeam.Create): nobody twice, the leader not again among the members.
                RuleFor(x => x.Team!.Members)
                    .Must((x, _) => IsValid(x.Team!.Leader, _ => x.Team.ToTeam()))
                    .When(x => IsValid(x.Team!.Leader, v => MemberId.From(v)) && (x.Team!.Members ?? []).All(m => IsValid(m, v => MemberId.From(v))))
                    .WithKiemTraMessage(ErrorCodes.ListDuplicate, (x, _) => Args(("Field", "team.members"), ("Value", Echo(Repeated([x.Team!.Leader, .. x.Team.Members ?? []])))));
            }));
        When(x => x.Kind() == CaseStep.HoldConclusionMeeting, () =>
            RuleFor(x => x.Conclusion).Required("conclusion").DependentRules(() =>
            {
                RuleFor(x => x.Conclusion!.Summary).Stated("conclusion.summary", ErrorCodes.NameRequired, MaxTextLength);
                RuleFor(x => x.Conclusion!.ViolationFound).Required("conclusion.violationFound");
                RuleFor(x => x.Conclusion!.SignsOfViolation).Required("conclusion.signsOfViolation");
            }));
        When(x => x.Kind() == CaseStep.RecordDiscipline, () =>
            RuleFor(x => x.Discipline).Required("discipline").DependentRules(() =>
            {
                RuleFor(x => x.Discipline!.Decided).Required("discipline.decided");
                RuleFor(x => x.Discipline!.Reference).Cascade(CascadeMode.Stop).Required("discipline.reference").ValidReference("discipline.reference");
                RuleFor(x => x.Discipline!.Form).Cascade(CascadeMode.Stop).Required("discipline.form")
                    .OneOf("discipline.form", Enum.GetValues<DisciplineForm>().Select(DisciplineRules.FormCode), IsDisciplineForm);
                When(x => x.Discipline!.Subject is not null, () =>
                {
                    RuleFor(x => x.Discipline!.Subject).ExactlyOneId("discipline.subject");
                    RuleFor(x => x.Discipline!.Subject!.Organization).ValidId("discipline.subject.organization", v => OrganizationId.From(v), OrganizationId.MaxLength)
                        .When(x => x.Discipline!.Subject!.Key is not null && x.Discipline.Subject.Organization is not null);
                    RuleFor(x => x.Discipline!.Subject!.Member).ValidId("discipline.subject.member", v => MemberId.From(v), MemberId.MaxLength)
                        .When(x => x.Discipline!.Subject!.Key is not null && x.Discipline.Subject.Member is not null);
                });
            }));
        When(x => x.Kind() == CaseStep.HandOverForInspection, () =>
            RuleFor(x => x.HandOver).Required("handOver").DependentRules(() =>
            {
                RuleFor(x => x.HandOver!.CaseId).Cascade(CascadeMode.Stop).Required("handOver.caseId").ValidId("handOver.caseId", v => RecordId<OversightCase>.From(v), RecordId<OversightCase>.MaxLength);
                RuleFor(x => x.HandOver!.Title).Stated("handOver.title", ErrorCodes.NameRequired, OversightCaseDraftValidator.MaxTitleLength);
                RuleFor(x => x.HandOver!.Reason).Stated("handOver.reason", ErrorCodes.NameRequired, MaxTextLength);
                RuleFor(x => x.HandOver!.CommissionOf).Cascade(CascadeMode.Stop).Required("handOver.commissionOf")
                    .ValidId("handOver.commissionOf", v => OrganizationId.From(v), OrganizationId.MaxLength);
                RuleFor(x => x.HandOver!.Subjects).Cascade(CascadeMode.Stop).NotEmptyList("handOver.subjects").Distinct("handOver.subjects", s => s?.Key);
                RuleForEach(x => x.HandOver!.Subjects).ExactlyOneId("handOver.subjects[]");
                RuleForEach(x => x.HandOver!.Subjects).ChildRules(s =>
                {
                    s.RuleFor(x => x.Organization).ValidId("organization", v => OrganizationId.From(v), OrganizationId.MaxLength).When(x => x.Key is not null && x.Organization is not null);
                    s.RuleFor(x => x.Member).ValidId("member", v => MemberId.From(v), MemberId.MaxLength).When(x => x.Key is not null && x.Member is not null);
                });
            }));
        When(x => x.Kind() == CaseStep.TakeUp, () =>
            RuleFor(x => x.TakeUp).Required("takeUp").DependentRules(() =>
            {
                RuleFor(x => x.TakeUp!.CaseId).Cascade(CascadeMode.Stop).Required("takeUp.caseId").ValidId("takeUp.caseId", v => RecordId<OversightCase>.From(v), RecordId<OversightCase>.MaxLength);
                RuleFor(x => x.TakeUp!.Title).Stated("takeUp.title", ErrorCodes.NameRequired, OversightCaseDraftValidator.MaxTitleLength);
                RuleFor(x => x.TakeUp!.Explanation).Stated("takeUp.explanation", ErrorCodes.NameRequired, MaxTextLength);
                RuleFor(x => x.TakeUp!.Reason).Cascade(CascadeMode.Stop).Required("takeUp.reason")
                    .OneOf("takeUp.reason", Enum.GetNames<TakeUpReason>(), v => EnumNames.Of<TakeUpReason>(v) is not null);
            }));
        When(x => x.Kind() == CaseStep.RecordHigherReview, () =>
            RuleFor(x => x.Review).Required("review").DependentRules(() =>
            {
                RuleFor(x => x.Review!.Outcome).Cascade(CascadeMode.Stop).Required("review.outcome")
                    .OneOf("review.outcome", Enum.GetNames<HigherReviewOutcome>(), v => EnumNames.Of<HigherReviewOutcome>(v) is not null);
                RuleFor(x => x.Review!.Finding).Stated("review.finding", ErrorCodes.NameRequired, MaxTextLength);
            }));

        // Nothing is silently dropped: a field the step does not use is an error, not ignored.
        foreach (var (field, given) in Optional)
        {
            RuleFor(x => x)
                .Must(x => !given(x) || UsedBy(x.Kind()!.Value) == field)
                .When(x => x.Kind() is not null)
                .WithKiemTraMessage(ErrorCodes.DocumentFieldUnknown, (x, _) => Args(("Source", x.Kind()!.Value.ToString()), ("Path", field)))
                .OverridePropertyName(char.ToUpperInvariant(field[0]) + field[1..]);
        }
    }

    /// <summary>The optional fields of a step, by JSON name, and whether a draft gives each.</summary>
    private static readonly (string Field, Func<CaseStepDraft, bool> Given)[] Optional =
    [
        ("reference", x => x.Reference is not null), ("summary", x => x.Summary is not null), ("description", x => x.Description is not null),
        ("plan", x => x.Plan is not null), ("team", x => x.Team is not null), ("conclusion", x => x.Conclusion is not null),
        ("discipline", x => x.Discipline is not null), ("handOver", x => x.HandOver is not null), ("takeUp", x => x.TakeUp is not null),
        ("review", x => x.Review is not null),
    ];

    /// <summary>The one optional field <paramref name="step"/> uses, or null.</summary>
    private static string? UsedBy(CaseStep step) => step switch
    {
        CaseStep.IssueDecision or CaseStep.IssueNotice => "reference",
        CaseStep.Verify => "summary",
        CaseStep.AssignFollowUp => "description",
        CaseStep.ApprovePlan => "plan",
        CaseStep.FormTeam => "team",
        CaseStep.HoldConclusionMeeting => "conclusion",
        CaseStep.RecordDiscipline => "discipline",
        CaseStep.HandOverForInspection => "handOver",
        CaseStep.TakeUp => "takeUp",
        CaseStep.RecordHigherReview => "review",
        _ => null,
    };

    private static bool IsDisciplineForm(string text)
    {
        try
        {
            DisciplineRules.ParseFormCode(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? Repeated(IEnumerable<string?> ids) => ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
}
