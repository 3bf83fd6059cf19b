using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using NodaTime;
using static KiemTra.Sdk.Tests.Register.CommuneYear;

namespace KiemTra.Sdk.Tests.Register;

public class WorkRegisterBuilderTests
{
    private static OversightCase Compliance() => ComplianceInspection();

    [Fact]
    public void DuplicateCaseId_IsRefused_NamingFieldAndValue()
    {
        var builder = WorkRegister.CreateBuilder().AddCase(Compliance());
        var error = Assert.Throws<ArgumentException>(() => builder.AddCase(Compliance()));
        Assert.Equal("case.Id", error.ParamName);
        Assert.Contains("'KT-02'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateDecisionId_IsRefused_NamingFieldAndValue()
    {
        var builder = WorkRegister.CreateBuilder().AddDecision(Warning());
        var error = Assert.Throws<ArgumentException>(() => builder.AddDecision(Warning()));
        Assert.Equal("decision.Id", error.ParamName);
        Assert.Contains("'QD-01'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateMeetingId_IsRefused_NamingFieldAndValue()
    {
        // R-T4
        var meeting = new Meeting(RecordId<Meeting>.From("HN-01"), Commune, null, MeetingKind.Professional, new LocalDate(2025, 3, 1), 1m);
        var builder = WorkRegister.CreateBuilder().AddMeeting(meeting);
        var error = Assert.Throws<ArgumentException>(() => builder.AddMeeting(meeting));
        Assert.Equal("meeting.Id", error.ParamName);
        Assert.Contains("'HN-01'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgramItemLinkedToAMissingCase_IsRefusedAtBuild()
    {
        // R-I2: a plan item carried out by a case that is not in the register would count as done from nothing.
        var builder = WorkRegister.CreateBuilder().AddProgram(Program().Issue(new LocalDate(2025, 1, 10))).LinkProgramItem(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I1"), CaseId.From("GS-99"));
        var error = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Equal("link.CaseId", error.ParamName);
        Assert.Contains("'GS-99'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgramNotIssued_IsRefused_TheRegisterRecordsProgrammesIssued()
    {
        // R-I2: the register's programmes are issued ones; a draft has no date of issue to count from.
        var error = Assert.Throws<ArgumentException>(() => WorkRegister.CreateBuilder().AddProgram(Program()));
        Assert.Equal("programme.IssuedOn", error.ParamName);
        Assert.Contains("'CT-UBKT-2025'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recovery_IsOnePerRecommendation_AndNamesARecordedOne()
    {
        // R-F2: one amount per recommendation, recorded on it when the register is built; a dangling one is refused.
        var recommendation = Tests.FollowUp.FollowUpReportTests.Rec("KN-01", "TN.X01", KiemTra.Sdk.FollowUp.RecommendationSource.PartyInspection, new LocalDate(2025, 6, 1), 30);
        var built = WorkRegister.CreateBuilder().RecordRecovery(RecommendationId.From("KN-01"), 40_000_000, 10_000_000).AddRecommendation(recommendation).Build();
        Assert.Equal((40_000_000L, 10_000_000L), (built.Recommendations[0].AmountToRecoverVnd!.Value, built.Recommendations[0].RecoveredVnd));

        var twice = Assert.Throws<ArgumentException>(() => WorkRegister.CreateBuilder().AddRecommendation(recommendation.RecordRecovery(5, 0)).RecordRecovery(RecommendationId.From("KN-01"), 5, 5));
        Assert.Equal("amount.RecommendationId", twice.ParamName);
        var dangling = Assert.Throws<ArgumentException>(WorkRegister.CreateBuilder().RecordRecovery(RecommendationId.From("KN-99"), 5, 5).Build);
        Assert.Equal("amount.RecommendationId", dangling.ParamName);
        Assert.Contains("'KN-99'", dangling.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recovery_IsCheckedByTheRecommendationsOwnRule_InTheBuilderToo()
    {
        // R-F2: one rule for a recovery: the builder refuses what Recommendation.RecordRecovery refuses, with its message;
        // a newer figure is recorded on the recommendation itself (a later RecordRecovery replaces the earlier).
        var recommendation = Tests.FollowUp.FollowUpReportTests.Rec("KN-01", "TN.X01", KiemTra.Sdk.FollowUp.RecommendationSource.PartyInspection, new LocalDate(2025, 6, 1), 30);
        var direct = Assert.Throws<ArgumentException>(() => recommendation.RecordRecovery(10, 11));
        var built = Assert.Throws<ArgumentException>(() => WorkRegister.CreateBuilder().RecordRecovery(RecommendationId.From("KN-01"), 10, 11));
        Assert.Equal(direct.Message.Split(" (Parameter", StringSplitOptions.None)[0], built.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
        Assert.Equal("amount.RecoveredVnd", built.ParamName);
        var negative = Assert.Throws<ArgumentException>(() => WorkRegister.CreateBuilder().RecordRecovery(RecommendationId.From("KN-01"), -5, 0));
        Assert.Equal("amount.AmountVnd", negative.ParamName);
        Assert.Contains("-5 đồng, is negative", negative.Message, StringComparison.Ordinal);

        var newer = recommendation.RecordRecovery(10, 2).RecordRecovery(10, 10);
        var register = WorkRegister.CreateBuilder().AddRecommendation(newer).Build();
        Assert.Equal((10L, 10L), (register.Recommendations[0].AmountToRecoverVnd!.Value, register.Recommendations[0].RecoveredVnd));
    }

    [Fact]
    public void ProgramItemThatIsNotInTheProgram_IsRefusedAtBuild()
    {
        var builder = WorkRegister.CreateBuilder().AddProgram(Program().Issue(new LocalDate(2025, 1, 10))).AddCase(Compliance()).LinkProgramItem(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I9"), CaseId.From("KT-02"));
        var error = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Equal("link.ItemId", error.ParamName);
        Assert.Contains("'I9'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemCarriedOutTwice_IsRefused()
    {
        var builder = WorkRegister.CreateBuilder().LinkProgramItem(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I2"), CaseId.From("KT-02"));
        var error = Assert.Throws<ArgumentException>(() => builder.LinkProgramItem(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I2"), CaseId.From("KT-03")));
        Assert.Equal("link.ItemId", error.ParamName);
    }

    [Fact]
    public void CaseLinkingADecisionNotInTheRegister_IsRefusedAtBuild()
    {
        // R-D1: the case's typed outcome names decision QD-01, which must be recorded.
        var (supervision, opened) = SupervisionHandedOver();
        var builder = WorkRegister.CreateBuilder().AddCase(supervision).AddCase(InspectionConcluded(opened));
        var error = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Equal("case.DisciplineOutcomes.DecisionId", error.ParamName);
        Assert.Contains("'QD-01'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HandedOverInspectionWithoutItsSupervision_IsRefusedAtBuild()
    {
        // R-S4: the hand-over links both cases; one without the other is a dangling link.
        var (_, opened) = SupervisionHandedOver();
        var error = Assert.Throws<ArgumentException>(WorkRegister.CreateBuilder().AddCase(opened).Build);
        Assert.Equal("case.Origin.CaseId", error.ParamName);
        Assert.Contains("'GS-01'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendationOfAMissingCase_IsRefusedAtBuild()
    {
        // R-F1
        var register = CommuneYear.Register();
        var rec = register.Recommendations[0];
        var error = Assert.Throws<ArgumentException>(WorkRegister.CreateBuilder().AddRecommendation(rec, caseId: CaseId.From("KT-77")).Build);
        Assert.Equal("recommendation.CaseId", error.ParamName);
        Assert.Contains("'KT-77'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssigneeReportUnderAMissingAssignment_IsRefusedAtBuild()
    {
        // R-S8
        var builder = WorkRegister.CreateBuilder().AddAssigneeReport(new AssigneeReport(RecordId<AssigneeReport>.From("BC-9"), RecordId<RecordedAssignment>.From("PC-9"), AssigneeReportKind.AdHoc, null, new LocalDate(2025, 5, 1)));
        var error = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Equal("report.AssignmentId", error.ParamName);
        Assert.Contains("'PC-9'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AProgramAsAPlainDocument_IsRefused_SoItIsRecordedOnce()
    {
        // R-I2: a programme is recorded with its items, never typed twice.
        var error = Assert.Throws<ArgumentException>(() => WorkRegister.CreateBuilder()
            .AddDocument(new IssuedDocument(RecordId<IssuedDocument>.From("CT-1"), Commune, null, GovernanceDocumentKind.InspectionSupervisionProgram, new LocalDate(2025, 1, 5))));
        Assert.Equal("document.Kind", error.ParamName);
    }

    [Fact]
    public void BadDigitalFigures_AreRefused_NamingTheValues()
    {
        // R-T3
        var error = Assert.Throws<ArgumentException>(() => WorkRegister.CreateBuilder().AddDigitalFigures(new DigitalProcessingFigures { Organization = Commune, Year = 2025, ProceduresTotal = 10, ProceduresDigital = 11, DocumentsTotal = 5, DocumentsDigitized = 5, DataBasedSupervision = null }));
        Assert.Contains("11/10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateCase_AppendsSteps_AndRefusesARewrittenHistory()
    {
        var opened = OversightCase.Open(CaseId.From("KT-05"), ActivityKind.ComplianceInspection, "compliance", Commune, BodyKind.InspectionCommission, [OversightSubject.Of(Cell3)], new LocalDate(2025, 9, 1), Catalogs, CommuneYear.Authority);
        var builder = WorkRegister.CreateBuilder().AddCase(opened).UpdateCase(opened.IssueDecision("20-QĐ/UBKT", new LocalDate(2025, 9, 2)));
        Assert.Equal(CaseState.Decided, builder.Build().FindCase(CaseId.From("KT-05"))!.State);
        var other = OversightCase.Open(CaseId.From("KT-05"), ActivityKind.ComplianceInspection, "compliance", Commune, BodyKind.InspectionCommission, [OversightSubject.Of(Cell2)], new LocalDate(2025, 9, 3), Catalogs, CommuneYear.Authority);
        var error = Assert.Throws<ArgumentException>(() => builder.UpdateCase(other));
        Assert.Equal("case.History", error.ParamName);
    }

    [Fact]
    public void AFactNamingAnOrganisationOutsideTheTree_IsRefusedWhenEvaluated()
    {
        var register = WorkRegister.CreateBuilder().AddDirective(new DirectiveDissemination(RecordId<DirectiveDissemination>.From("VB-9"), OrganizationId.From("Y"), new LocalDate(2025, 2, 1), null)).Build();
        var error = Assert.Throws<ArgumentException>(() => IndicatorDataSet.Create(Tree(), AsOf, register));
        Assert.Contains("'Y'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToBuilder_KeepsEveryFactAndLink()
    {
        var register = CommuneYear.Register();
        var copy = register.ToBuilder().Build();
        Assert.Equal(register.Cases.Count, copy.Cases.Count);
        Assert.Equal(CaseId.From("KT-01"), copy.CaseOfDecision(DecisionId.From("QD-01")));
        Assert.Equal(CaseId.From("KT-01"), copy.CaseOfRecommendation(RecommendationId.From("KN-01")));
        Assert.Equal(CaseId.From("KT-02"), copy.CarrierOf(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I2")));
        var data = IndicatorDataSet.Create(Tree(), AsOf, copy);
        var plan = WorkStatistics.Compute(data, Commune, ReportingPeriod.Year(2025), Forms).PlanCompletion;
        Assert.Equal((3L, 2L), (plan.Denominator, plan.Numerator));
    }
}
