using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using NodaTime;
using static KiemTra.Sdk.Tests.Register.CommuneYear;

namespace KiemTra.Sdk.Tests.Register;

public class PlanCompletionTests
{
    private static WorkStatistics Stats(WorkRegister register, LocalDate asOf, int year = 2025) =>
        WorkStatistics.Compute(IndicatorDataSet.Create(Tree(), asOf, register), Commune, ReportingPeriod.Year(year), Forms);

    private static WorkRegisterBuilder Planned() => WorkRegister.CreateBuilder().AddProgram(Program().Issue(new LocalDate(2025, 1, 10)));

    /// <summary>(planned, done): the plan-completion indicator's denominator and numerator, as the statistics report them.</summary>
    private static (long Planned, long Done) Counts(WorkStatistics s) => (s.PlanCompletion.Denominator, s.PlanCompletion.Numerator);

    [Fact]
    public void AnItemIsDone_WhenItsCaseConcludes_NotWhenItOpens()
    {
        // R-I2: as of 31/7/2025 items I1 (due 30/4) and I2 (due 31/7) are due; I2's case KT-02 counts once it has concluded (22/7).
        var asOf = new LocalDate(2025, 7, 31);
        var opened = OversightCase.Open(CaseId.From("KT-02"), ActivityKind.ComplianceInspection, "compliance", Commune, BodyKind.InspectionCommission, [OversightSubject.Of(Cell2)], new LocalDate(2025, 6, 2), Catalogs, CommuneYear.Authority)
            .IssueDecision("09-QĐ/UBKT", new LocalDate(2025, 6, 2));
        var underway = Planned().AddCase(opened).LinkProgramItem(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I2"), CaseId.From("KT-02")).Build();
        Assert.Equal((2L, 0L), Counts(Stats(underway, asOf)));
        var concluded = underway.ToBuilder().UpdateCase(ComplianceInspection()).Build();
        Assert.Equal((2L, 1L), Counts(Stats(concluded, asOf)));
        Assert.Equal((3L, 1L), Counts(Stats(concluded, AsOf)));
    }

    [Fact]
    public void AnUnplannedCase_CoversItsSubject_ButIsNoPlanItem()
    {
        // R-I3 vs R-I2: KT-02 carried out outside any programme covers cell 2 yet adds nothing to the plan.
        var register = Planned().AddCase(ComplianceInspection()).Build();
        var data = IndicatorDataSet.Create(Tree(), AsOf, register);
        Assert.Equal((3L, 0L), Counts(WorkStatistics.Compute(data, Commune, ReportingPeriod.Year(2025), Forms)));
        var coverage = IndicatorEvaluator.Create().Evaluate(IndicatorCatalog.BuiltIn["KL34-2025-04"], data, Commune, ReportingPeriod.Term(2025, 2030));
        Assert.Equal((1L, 3L), (coverage.Numerator, coverage.Denominator));
    }

    [Fact]
    public void AProgrammeAndItemOfTheLongestIds_AreCounted()
    {
        // R-I2: a plan item's key joins the programme's and the item's ids (64 characters each): still a plan item.
        var program = OversightProgram.Create(ProgramId.From(new string('P', 64)), new ActingBody(Commune, BodyKind.InspectionCommission), ReportingPeriodKind.Year,
            new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31),
            [ProgramItem.Create(ProgramItemId.From(new string('I', 64)), ActivityKind.RegularSupervision, "regular", Cell1, new LocalDate(2025, 3, 1), new LocalDate(2025, 4, 30), [], Catalogs)]);
        var register = WorkRegister.CreateBuilder().AddProgram(program.Issue(new LocalDate(2025, 1, 10))).Build();

        Assert.Equal((1L, 0L), Counts(Stats(register, AsOf)));
    }

    [Fact]
    public void ATermProgram_IsADocument_ItsItemsAreNotCountedAgain()
    {
        // R-I2: the yearly programme carries out the term programme; counting both would plan the same work twice.
        var term = OversightProgram.Create(ProgramId.From("CT-NK"), new ActingBody(Commune, BodyKind.InspectionCommission), ReportingPeriodKind.Term, new LocalDate(2025, 1, 1), new LocalDate(2030, 12, 31),
            [ProgramItem.Create(ProgramItemId.From("T1"), ActivityKind.RegularSupervision, "regular", Cell1, new LocalDate(2025, 3, 1), new LocalDate(2025, 4, 30), [], Catalogs)]);
        var register = Planned().AddProgram(term.Issue(new LocalDate(2025, 1, 5))).Build();
        Assert.Equal((3L, 0L), Counts(Stats(register, AsOf)));
    }

    [Fact]
    public void AnItemTakenUpByTheHigherLevel_IsDone_WhenTheHigherCaseConcludes()
    {
        // R-I4: the commune's case is taken up by the province, whose case concludes; the commune's item is carried out.
        var province = OrganizationId.From("P");
        var tree = EvaluationTree.Create(
        [
            new EvaluationOrganization(province, null, OrganizationKind.Province, "Đảng bộ tỉnh", [new EvaluationBody("P.UBKT", BodyKind.InspectionCommission, "Ủy ban Kiểm tra Tỉnh ủy")]),
            .. Organizations().Select(o => o.Parent is null ? o with { Parent = province } : o),
        ]);
        var lower = OversightCase.Open(CaseId.From("KT-02"), ActivityKind.ComplianceInspection, "compliance", Commune, BodyKind.InspectionCommission, [OversightSubject.Of(Cell2)], new LocalDate(2025, 6, 2), Catalogs, CommuneYear.Authority);
        var (takenUp, higher) = lower.TakeUp(CaseId.From("KT-P-01"), province, TakeUpReason.LowerLevelDidNotAct, "Cấp xã không tiến hành", new LocalDate(2025, 6, 10), Catalogs, CommuneYear.Authority);
        var concluded = higher.IssueDecision("1-QĐ/UBKTTU", new LocalDate(2025, 6, 11))
            .ApprovePlan(CasePlan.Create("Kiểm tra", ["resolutions-and-law"], new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), new DateInterval(new LocalDate(2025, 6, 15), new LocalDate(2025, 7, 15)), "Trực tiếp", Catalogs), new LocalDate(2025, 6, 12))
            .FormTeam(CaseTeam.Create(MemberId.From("K-P1"), []), new LocalDate(2025, 6, 12))
            .Announce(new LocalDate(2025, 6, 15)).ReceiveSelfReport(new LocalDate(2025, 6, 20)).Verify("Xác minh", new LocalDate(2025, 7, 1)).DraftReport(new LocalDate(2025, 7, 5))
            .HoldConclusionMeeting(new CaseConclusion("Không vi phạm", false, false), new LocalDate(2025, 7, 10));
        var register = Planned().AddCase(takenUp).AddCase(concluded).LinkProgramItem(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I2"), CaseId.From("KT-02")).Build();
        Assert.Equal(new LocalDate(2025, 7, 10), register.CarriedOutOn(CaseId.From("KT-02")));
        var data = IndicatorDataSet.Create(tree, AsOf, register);
        Assert.Equal((3L, 1L), Counts(WorkStatistics.Compute(data, Commune, ReportingPeriod.Year(2025), Forms)));
    }

    [Fact]
    public void StatisticsNeedARegister_NotActivityRecords()
    {
        var data = IndicatorDataSet.Create(Tree(), AsOf, WorkRegister.Empty);
        Assert.Equal((0L, 0L), Counts(WorkStatistics.Compute(data, Commune, ReportingPeriod.Year(2025), Forms)));
    }
}
