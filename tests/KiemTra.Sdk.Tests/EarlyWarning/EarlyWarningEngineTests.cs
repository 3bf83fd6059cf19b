using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.EarlyWarning;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.FollowUp;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;
using static KiemTra.Sdk.Tests.Discipline.DisciplineFixtures;

namespace KiemTra.Sdk.Tests.EarlyWarning;

public class EarlyWarningEngineTests
{
    private static readonly OversightCatalogs Catalogs = OversightCatalogs.BuiltIn;
    private static readonly LocalDate Today = new(2026, 11, 22);
    private static readonly LocalDate TermStart = new(2025, 10, 1);
    private static readonly RuleCitation Coverage = RuleCitation.Of(RuleSetId.From("KL-34-2022"), "34-KL/TW", "Seed 001 §II.3(4)", true);

    internal static EarlyWarningEngine Engine() => EarlyWarningEngine.Create(EarlyWarningEngine.BuiltInRules(
        RulesInForce, Catalogs, overdueEscalationDays: 60, denunciationThreshold: 3, denunciationWindow: Period.FromMonths(12), highRiskLookBack: Period.FromYears(2), coverageTarget: Coverage));

    private static Denunciation Letter(string id, string member, LocalDate on, DenunciationSource source) => Denunciation.Create(
        DenunciationId.From(id), DisciplineSubject.OfFullMember(MemberId.From(member), true), source,
        source == DenunciationSource.Named ? ProtectedInformant.Create("Người Tố Cáo Kín", null, null) : null,
        [Allegation.Create(AllegationId.From("A1"), "Nội dung tố cáo")], [new DenunciationReceipt(OrganizationId.From("TN.UBKT"), on, true)]);

    internal static EarlyWarningContext Context()
    {
        var supervised = CaseFixtures.Opened("GS-1", ActivityKind.RegularSupervision, "regular", OrganizationId.From("TN"), BodyKind.StandingCommittee,
            [OversightSubject.Of(OrganizationId.From("TN.X01"))], new LocalDate(2026, 2, 1), Catalogs)
            .IssueDecision("1-QĐ/TU", new LocalDate(2026, 2, 1))
            .ApprovePlan(CasePlan.Create("Giám sát thường xuyên", ["resolutions-and-law"], new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), new DateInterval(new LocalDate(2026, 2, 10), new LocalDate(2026, 3, 31)), "Trực tiếp", Catalogs), new LocalDate(2026, 2, 2))
            .FormTeam(CaseTeam.Create(MemberId.From("K-1"), []), new LocalDate(2026, 2, 2))
            .Announce(new LocalDate(2026, 2, 10))
            .ReceiveSelfReport(new LocalDate(2026, 2, 24))
            .DraftReport(new LocalDate(2026, 3, 20))
            // R-I3: a subject is covered once the supervision concludes (the rule the coverage indicator uses too).
            .HoldConclusionMeeting(new CaseConclusion("Chấp hành tốt", ViolationFound: false, SignsOfViolation: false), new LocalDate(2026, 3, 27));
        var warning = MemberDecision("D-9", DisciplineForm.Warning, new LocalDate(2026, 5, 10));
        return new EarlyWarningContext
        {
            Monitor = FollowUpReportTests.Monitor(Today),
            TermStart = TermStart,
            Organizations = [OrganizationId.From("TN.X01"), OrganizationId.From("TN.X02"), OrganizationId.From("TN.X03")],
            HighRiskFields = new Dictionary<OrganizationId, IReadOnlyList<string>>
            {
                [OrganizationId.From("TN.X01")] = ["land"],
                [OrganizationId.From("TN.X02")] = ["natural-resources-minerals", "procurement"],
            },
            Cases = [supervised],
            Recommendations = FollowUpReportTests.Recommendations(),
            Denunciations =
            [
                Letter("T1", "M-7", new LocalDate(2026, 1, 5), DenunciationSource.Anonymous),
                Letter("T2", "M-7", new LocalDate(2026, 4, 5), DenunciationSource.Named),
                Letter("T3", "M-7", new LocalDate(2026, 9, 5), DenunciationSource.FalseName),
                Letter("T4", "M-8", new LocalDate(2026, 9, 5), DenunciationSource.Named),
                Letter("T5", "M-8", new LocalDate(2024, 9, 5), DenunciationSource.Named),
                Letter("T6", "M-8", new LocalDate(2024, 10, 5), DenunciationSource.Named),
            ],
            Decisions = [warning],
            PersonnelActions =
            [
                new PersonnelAction(warning.Subject.Member!.Value, RestrictedAction.Appointment, new LocalDate(2026, 8, 1), "QĐ bổ nhiệm 88"),
                new PersonnelAction(warning.Subject.Member!.Value, RestrictedAction.Honors, new LocalDate(2027, 6, 1), "future, ignored"),
                new PersonnelAction(MemberId.From("M-CLEAN"), RestrictedAction.Promotion, new LocalDate(2026, 8, 1), "QĐ 89"),
            ],
        };
    }

    [Fact]
    public void BuiltInRules_FlagEachKindOfRisk()
    {
        // R-S5, R-F1, R-I3, R-D1
        var findings = Engine().Evaluate(Context());
        Assert.Equal(["EW-ACTION-WHILE-DISCIPLINED"], findings.Where(f => f.Severity == FindingSeverity.Error && f.Code != "EW-OVERDUE-CONCLUSION").Select(f => f.Code));
        Assert.Equal(["TN.X01", "TN.X02"], findings.Where(f => f.Code == "EW-OVERDUE-CONCLUSION").Select(f => f.SubjectId).Order());
        Assert.Equal(["M-7"], findings.Where(f => f.Code == "EW-REPEATED-DENUNCIATIONS").Select(f => f.SubjectId));
        Assert.Equal(["TN.X02"], findings.Where(f => f.Code == "EW-HIGH-RISK-UNSUPERVISED").Select(f => f.SubjectId));
        Assert.Equal(["TN.X02", "TN.X03"], findings.Where(f => f.Code == "EW-NOT-COVERED-IN-TERM").Select(f => f.SubjectId));
        Assert.Equal(Coverage, findings.First(f => f.Code == "EW-NOT-COVERED-IN-TERM").Rule);
        Assert.DoesNotContain(findings, f => f.Message.ToString().Contains("Người Tố Cáo Kín", StringComparison.Ordinal));
        Approvals.Verify(string.Join("\n", findings.Select(f => $"{f}\n    [{f.Rule}]")), "EarlyWarnings");
    }

    [Fact]
    public void HostRules_ArePluggable()
    {
        // R-S5: a host adds its own rule next to the built-in ones.
        var engine = EarlyWarningEngine.Create([.. Engine().Rules, new NoDecisionsRule()]);
        Assert.Contains(engine.Evaluate(Context() with { Decisions = [] }), f => f.Code == "HOST-NO-DISCIPLINE");
    }

    [Fact]
    public void Engine_RejectsTwoRulesWithOneCode_AndAFindingWithAForeignCode()
    {
        Assert.Throws<ArgumentException>(() => EarlyWarningEngine.Create([new NoDecisionsRule(), new NoDecisionsRule()]));
        var error = Assert.Throws<InvalidOperationException>(() => EarlyWarningEngine.Create([new LyingRule()]).Evaluate(Context()));
        Assert.Contains("LIAR", error.Message, StringComparison.Ordinal);
    }

    private sealed class NoDecisionsRule : IEarlyWarningRule
    {
        public string Code => "HOST-NO-DISCIPLINE";

        public FindingSeverity Severity => FindingSeverity.Information;

        public LocalizedText Description => LocalizedText.Of("Không có quyết định kỷ luật", "No disciplinary decisions");

        public IEnumerable<Finding> Evaluate(EarlyWarningContext context)
        {
            if (context.Decisions.Count == 0)
            {
                yield return Finding.Create(Code, Severity, "TN", Description);
            }
        }
    }

    private sealed class LyingRule : IEarlyWarningRule
    {
        public string Code => "LIAR";

        public FindingSeverity Severity => FindingSeverity.Information;

        public LocalizedText Description => LocalizedText.Of("a", "b");

        public IEnumerable<Finding> Evaluate(EarlyWarningContext context) => [Finding.Create("OTHER", Severity, "TN", Description)];
    }
}
