using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Infrastructure;
using KiemTra.Sdk.Tests.Organization;
using NodaTime;

namespace KiemTra.Sdk.Tests.Inspection;

public class OversightCaseTests
{
    private static readonly OversightCatalogs Catalogs = OversightCatalogs.BuiltIn;
    private static readonly PartyDataset Dataset = HandBuiltProvince.Build();
    private static readonly AuthorityRules Rules = new(Dataset, RuleBook.BuiltIn);
    private static readonly AuthorityRules Checked = Rules;
    private static readonly OrganizationId Commune = OrganizationId.From("HB.X1");
    private static readonly OrganizationId Province = OrganizationId.From("HB");
    private static readonly OversightSubject Cell = OversightSubject.Of(OrganizationId.From("HB.X1.CB2"));
    private static readonly OversightSubject Secretary = OversightSubject.Of(MemberId.From("M0005"));
    private static readonly LocalDate Day = new(2026, 3, 2);

    private static CasePlan Plan() => CasePlan.Create("Làm rõ dấu hiệu vi phạm trong quản lý đất đai", ["sensitive-fields", "thrift-and-anti-corruption"], new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31)), new DateInterval(Day.PlusDays(7), Day.PlusDays(60)), "Nghiên cứu hồ sơ, làm việc trực tiếp", Catalogs);

    private static CaseTeam Team() => CaseTeam.Create(MemberId.From("K-01"), [MemberId.From("K-02"), MemberId.From("K-03")]);

    private static OversightCase Inspection() => OversightCase.Open(CaseId.From("KT-2026-01"), ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", Commune, BodyKind.InspectionCommission, [Cell, Secretary], Day, Catalogs, Checked);

    private static OversightCase ThroughToFollowUp() => Inspection()
        .IssueDecision("15-QĐ/UBKT", Day)
        .ApprovePlan(Plan(), Day.PlusDays(1))
        .FormTeam(Team(), Day.PlusDays(1))
        .Announce(Day.PlusDays(7))
        .ReceiveSelfReport(Day.PlusDays(17))
        .Verify("Xác minh 12 hồ sơ cấp phép", Day.PlusDays(40))
        .DraftReport(Day.PlusDays(50))
        .HoldConclusionMeeting(new CaseConclusion("Bí thư chi bộ vi phạm quy định về cấp phép xây dựng", ViolationFound: true, SignsOfViolation: false), Day.PlusDays(58))
        .IssueNotice("20-TB/UBKT", Day.PlusDays(60))
        .RecordDiscipline(decided: true, DisciplineSubject.OfFullMember(MemberId.From("M-0301"), holdsPost: true), DisciplineForm.Warning, "21-QĐ/UBKT", Day.PlusDays(60))
        .AssignFollowUp("Chi bộ khắc phục trong 30 ngày", Day.PlusDays(61));

    [Fact]
    public void Inspection_GoesThroughThePreparationConductAndConclusionSteps()
    {
        // R-I1: preparation → conduct → conclusion.
        var c = ThroughToFollowUp().Close(Day.PlusDays(95));
        Assert.Equal(CaseState.Closed, c.State);
        Assert.Equal(CaseStage.Ended, c.Stage);
        Assert.Equal(13, c.History.Count);
        Assert.Equal("K-01", c.Team!.Leader.Value);
        Approvals.Verify(c.HistoryText(), "InspectionHistory");
    }

    [Fact]
    public void AnnounceBeforeTheTeamIsFormed_IsATypedErrorNamingStateAndStep()
    {
        // R-I1
        var planned = Inspection().IssueDecision("15-QĐ/UBKT", Day).ApprovePlan(Plan(), Day);
        var error = Assert.Throws<IllegalCaseTransitionException>(() => planned.Announce(Day.PlusDays(1)));
        Assert.Equal(CaseState.Planned, error.State);
        Assert.Equal(CaseStep.Announce, error.AttemptedStep);
        Assert.Contains(CaseStep.FormTeam, error.AllowedSteps);
        Assert.Contains("state Planned", error.Message, StringComparison.Ordinal);
        Assert.Contains("step Announce", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspection_MustVerify_ButSupervisionMaySkipVerification()
    {
        // R-S1, R-I1
        var inspection = Inspection().IssueDecision("a", Day).ApprovePlan(Plan(), Day).FormTeam(Team(), Day).Announce(Day).ReceiveSelfReport(Day);
        Assert.Throws<IllegalCaseTransitionException>(() => inspection.DraftReport(Day));
        var supervision = OversightCase.Open(CaseId.From("GS-2026-01"), ActivityKind.ThematicSupervision, "thematic", Commune, BodyKind.StandingCommittee, [Cell], Day, Catalogs, Checked)
            .IssueDecision("b", Day).ApprovePlan(Plan(), Day).FormTeam(Team(), Day).Announce(Day).ReceiveSelfReport(Day);
        Assert.Equal(CaseState.ReportDrafted, supervision.DraftReport(Day).State);
    }

    [Fact]
    public void StepDatedBeforeTheLastStep_IsRejected()
    {
        var decided = Inspection().IssueDecision("a", Day.PlusDays(5));
        var error = Assert.Throws<ArgumentException>(() => decided.ApprovePlan(Plan(), Day));
        Assert.Contains("2026-03-07", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_RejectsATypeFromTheWrongCatalog()
    {
        // R-S1, R-I1
        var error = Assert.Throws<ArgumentException>(() => OversightCase.Open(CaseId.From("GS-1"), ActivityKind.RegularSupervision, "skip-level", Commune, BodyKind.Committee, [Cell], Day, Catalogs, Checked));
        Assert.Contains("supervision-types", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => OversightCase.Open(CaseId.From("X-1"), ActivityKind.Discipline, "signs-of-violation", Commune, BodyKind.Committee, [Cell], Day, Catalogs, Checked));
    }

    [Fact]
    public void Supervision_FindingSignsOfViolation_OpensALinkedInspection()
    {
        // R-S4: supervision that finds signs of violation hands over to the inspection commission.
        var supervision = OversightCase.Open(CaseId.From("GS-2026-07"), ActivityKind.RegularSupervision, "regular", Commune, BodyKind.Committee, [Cell], Day, Catalogs, Checked)
            .IssueDecision("07-QĐ/ĐU", Day).ApprovePlan(Plan(), Day).FormTeam(Team(), Day).Announce(Day.PlusDays(3));
        var (updated, inspection) = supervision.HandOverForInspection(CaseId.From("KT-2026-09"), Commune, [Secretary], "Cấp phép xây dựng sai quy hoạch", Day.PlusDays(20), Catalogs, Checked);
        Assert.Equal([CaseId.From("KT-2026-09")], updated.HandedOverTo);
        Assert.Equal(CaseState.Announced, updated.State);
        Assert.Equal(ActivityKind.InspectionOnSignsOfViolation, inspection.Activity);
        Assert.Equal(BodyKind.InspectionCommission, inspection.Body);
        Assert.Equal(new CaseLink(CaseStep.HandOverForInspection, CaseId.From("GS-2026-07"), "Cấp phép xây dựng sai quy hoạch"), inspection.Origin);
        Assert.Equal(CaseState.Opened, inspection.State);
    }

    [Fact]
    public void Inspection_CannotHandOverForInspection()
    {
        // R-S4 applies to supervision only.
        var announced = Inspection().IssueDecision("a", Day).ApprovePlan(Plan(), Day).FormTeam(Team(), Day).Announce(Day);
        Assert.Throws<IllegalCaseTransitionException>(() => announced.HandOverForInspection(CaseId.From("KT-X"), Commune, [Secretary], "x", Day, Catalogs, Checked));
    }

    [Fact]
    public void HigherCommission_TakesUpACase_RecordedOnBothSides()
    {
        // R-I4
        var lower = Inspection().IssueDecision("a", Day);
        var (ended, higher) = lower.TakeUp(CaseId.From("KT-TU-2026-03"), Province, TakeUpReason.LowerLevelDidNotAct, "Để quá hạn 60 ngày không triển khai", Day.PlusDays(70), Catalogs, Checked);
        Assert.Equal(CaseState.TakenUp, ended.State);
        Assert.Empty(ended.AllowedSteps);
        Assert.Equal(Province, higher.ConductedBy);
        Assert.Equal(CaseStep.TakeUp, higher.Origin!.Step);
        Assert.Throws<IllegalCaseTransitionException>(() => ended.IssueNotice("x", Day.PlusDays(71)));
    }

    [Theory]
    [InlineData(CaseStep.Announce)]
    [InlineData(CaseStep.Close)]
    [InlineData((CaseStep)99)]
    public void CaseLink_IsMadeOnlyByTheStepsThatOpenAnotherCase_OtherStepsAreRefusedByName(CaseStep step)
    {
        // R-S4, R-I4: a case comes from another only by a hand-over from supervision or a take-up by a higher commission.
        var error = Assert.Throws<ArgumentException>(() => new CaseLink(step, CaseId.From("GS-2026-07"), "Cấp phép xây dựng sai quy hoạch"));
        Assert.Equal("step", error.ParamName);
        Assert.Contains(Enum.IsDefined(step) ? step.ToString() : "99", error.Message, StringComparison.Ordinal);
        Assert.Equal(CaseStep.TakeUp, new CaseLink(CaseStep.TakeUp, CaseId.From("KT-2026-01"), "Cấp dưới không xem xét").Step);
    }

    [Fact]
    public void HigherCommission_ReviewsAConcludedCase()
    {
        // R-I4
        var reviewed = ThroughToFollowUp().RecordHigherReview(new HigherReview(Province, Day.PlusDays(90), HigherReviewOutcome.ReconsiderationRequested, "Hình thức kỷ luật chưa tương xứng"));
        Assert.Single(reviewed.Reviews);
        Assert.Equal(CaseState.FollowingUp, reviewed.State);
        Assert.Throws<IllegalCaseTransitionException>(() => Inspection().RecordHigherReview(new HigherReview(Province, Day, HigherReviewOutcome.Upheld, "x")));
    }

    [Fact]
    public void Plan_RejectsUnknownContentAreaAndMissingPeriods_AndKeepsBothEndsOfEachPeriod()
    {
        var error = Assert.Throws<ArgumentException>(() => CasePlan.Create("p", ["casinos"], new DateInterval(Day, Day), new DateInterval(Day, Day), "m", Catalogs));
        Assert.Contains("'casinos'", error.Message, StringComparison.Ordinal);
        Assert.Equal("referencePeriod", Assert.Throws<ArgumentNullException>(() => CasePlan.Create("p", ["sensitive-fields"], null!, new DateInterval(Day, Day), "m", Catalogs)).ParamName);
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => CasePlan.Create("p", ["sensitive-fields"], new DateInterval(Day, Day), null!, "m", Catalogs)).ParamName);

        // A reversed period cannot be written at all: DateInterval refuses an end before its start.
        var plan = CasePlan.Create("p", ["sensitive-fields"], new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), new DateInterval(Day, Day.PlusDays(14)), "m", Catalogs);
        Assert.Equal((new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31), Day, Day.PlusDays(14)), (plan.ReferenceFrom, plan.ReferenceTo, plan.Start, plan.End));
    }
}
