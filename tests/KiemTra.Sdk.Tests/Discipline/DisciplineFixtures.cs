using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Discipline;

/// <summary>The discipline rules of QĐ 69-QĐ/TW (2022) and the Charter as test fixtures, built the way a rule set supplies them.</summary>
internal static class DisciplineFixtures
{
    public static readonly RuleCitation Forms = RuleCitation.Of(RuleSetId.From("QD-69-2022"), "Điều lệ Đảng (2011), Điều 35; Quy định 69-QĐ/TW", "Điều 2", true);
    public static readonly RuleCitation Limitation = RuleCitation.Of(RuleSetId.From("QD-69-2022"), "Quy định 69-QĐ/TW", "Điều 4", true);
    public static readonly RuleCitation Vote = RuleCitation.Of(RuleSetId.From("QD-294-2025"), "Quy định 294-QĐ/TW", "biểu quyết kỷ luật", false);
    public static readonly RuleCitation Effect = RuleCitation.Of(RuleSetId.From("QD-69-2022"), "Quy định 69-QĐ/TW", "Điều 3", true);
    public static readonly RuleCitation Deferral = RuleCitation.Of(RuleSetId.From("QD-69-2022"), "Quy định 69-QĐ/TW", "Điều 3", false);

    public static readonly DisciplineFormPolicy FormPolicy = DisciplineFormPolicy.Create(
        [
            DisciplineFormScale.Create(DisciplineSubjectKind.Organization, [DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.Dissolution]),
            DisciplineFormScale.Create(DisciplineSubjectKind.FullMember, [DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.RemovalFromPost, DisciplineForm.Expulsion]),
            DisciplineFormScale.Create(DisciplineSubjectKind.ProbationaryMember, [DisciplineForm.Reprimand, DisciplineForm.Warning]),
        ],
        [DisciplineForm.RemovalFromPost],
        Forms);

    public static readonly LimitationPolicy Limitations = KiemTra.Sdk.Discipline.LimitationPolicy.Create(
        new Dictionary<DisciplineForm, Period?>
        {
            [DisciplineForm.Reprimand] = Period.FromYears(5),
            [DisciplineForm.Warning] = Period.FromYears(10),
            [DisciplineForm.RemovalFromPost] = Period.FromYears(10),
            [DisciplineForm.Expulsion] = null,
            [DisciplineForm.Dissolution] = null,
        },
        [ViolationCategory.InternalPoliticalSecurity, ViolationCategory.DefenseSecurityOrForeignAffairs, ViolationCategory.IllegalDiploma],
        Limitation);

    public static readonly DisciplineVoteRule VoteRule = DisciplineVoteRule.Create(1, 2, Vote);

    public static readonly DisciplineEffectPolicy EffectPolicy = DisciplineEffectPolicy.Create(
        Period.FromMonths(12),
        [DisciplineForm.Expulsion, DisciplineForm.Dissolution],
        [RestrictedAction.Transfer, RestrictedAction.Appointment, RestrictedAction.Promotion, RestrictedAction.Honors],
        Effect);

    // Declared after the policies it uses: static fields are set in textual order.
    /// <summary>The discipline rules of the built-in rule book, with the fixture's form and effect policies.</summary>
    public static readonly DisciplineRules RulesInForce = DisciplineRules.Of(RuleBook.BuiltIn, new LocalDate(2025, 1, 1), FormPolicy, EffectPolicy);

    public static readonly DeferralPolicy Deferrals = KiemTra.Sdk.Discipline.DeferralPolicy.Create(
        [DeferralGround.Pregnancy, DeferralGround.RaisingInfantUnder12Months, DeferralGround.SeriouslyIllInHospital], Deferral);

    public static DisciplineCircumstances Circumstances(params AggravatingCircumstance[] aggravating) => new DisciplineCircumstances
    {
        Content = "Vi phạm quy định về quản lý đất đai",
        Nature = "Nghiêm trọng",
        Extent = "Kéo dài 2 năm",
        Harm = "Làm giảm uy tín của tổ chức đảng",
        Consequence = "Thất thoát ngân sách",
        Cause = "Thiếu trách nhiệm",
        Aggravating = aggravating,
        Mitigating = [MitigatingCircumstance.VoluntaryRemediation],
        Attitude = Attitude.Sincere,
        Remediation = "Đã nộp lại toàn bộ số tiền",
        Role = ParticipationRole.Initiator,
    };

    public static DisciplineDecision MemberDecision(string id, DisciplineForm form, LocalDate decidedOn, bool committeeMember = false, bool probationary = false, string? violation = null, LocalDate? announcedOn = null)
    {
        var member = MemberId.From("M-" + id);
        var subject = probationary ? DisciplineSubject.OfProbationaryMember(member) : DisciplineSubject.OfFullMember(member, holdsPost: true, isCommitteeMember: committeeMember);
        return DisciplineDecision.Create(DecisionId.From(id), violation ?? "V-" + id, subject, form, OrganizationId.From("TN.X01"), BodyKind.InspectionCommission,
            decidedOn, announcedOn ?? decidedOn, Circumstances(), [], RulesInForce);
    }

    public static DisciplineDecision OrganizationDecision(string id, DisciplineForm form, LocalDate decidedOn) =>
        DisciplineDecision.Create(DecisionId.From(id), "V-" + id, DisciplineSubject.OfOrganization(OrganizationId.From("TN.X01.CB" + id)), form, OrganizationId.From("TN.X01"), BodyKind.StandingCommittee,
            decidedOn, decidedOn, Circumstances(), [IndividualResponsibility.Create(MemberId.From("S-" + id), ParticipationRole.Initiator, "Bí thư chi bộ chịu trách nhiệm chính")], RulesInForce);
}
