using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.FollowUp;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Inspection;

public class YearlyAssessmentTests
{
    private static readonly OversightCatalogs Catalogs = OversightCatalogs.BuiltIn;
    private static readonly OrganizationId Commune = OrganizationId.From("TN.X1");
    private static readonly LocalDate Day = new(2026, 3, 2);

    private static PartyDataset Dataset()
    {
        var b = new PartyDatasetBuilder("Tỉnh thử", new LocalDate(2026, 6, 1), "test");
        b.AddOrganization(OrganizationId.From("TN"), "Đảng bộ tỉnh", OrganizationKind.Province, null, new LocalDate(1990, 1, 1), [BodyKind.StandingCommittee, BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("TN.X1"), "Đảng bộ xã Một", OrganizationKind.Commune, OrganizationId.From("TN"), new LocalDate(2025, 7, 1), [BodyKind.StandingCommittee, BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("TN.X1.CB1"), "Chi bộ thôn Một", OrganizationKind.Cell, OrganizationId.From("TN.X1"), new LocalDate(2025, 7, 1));
        b.AddOrganization(OrganizationId.From("TN.X1.CB2"), "Chi bộ thôn Hai", OrganizationKind.Cell, OrganizationId.From("TN.X1"), new LocalDate(2025, 7, 1));
        return b.Build();
    }

    [Fact]
    public void Evidence_GathersCompletionFollowUpAndCoverage_AndTheClassificationIsRecorded()
    {
        // R-I5: yearly assessment of subordinate committees and classification of their commissions, with the evidence.
        var subject = OversightSubject.Of(OrganizationId.From("TN.X1.CB1"));
        var concluded = CaseFixtures.Opened("KT-X1-1", ActivityKind.ComplianceInspection, "compliance", Commune, BodyKind.InspectionCommission, [subject], Day, Catalogs)
            .IssueDecision("1", Day).ApprovePlan(CasePlan.Create("p", ["resolutions-and-law"], new DateInterval(Day, Day), new DateInterval(Day, Day.PlusDays(30)), "m", Catalogs), Day)
            .FormTeam(CaseTeam.Create(MemberId.From("K1"), []), Day).Announce(Day).ReceiveSelfReport(Day).Verify("v", Day).DraftReport(Day)
            .HoldConclusionMeeting(new CaseConclusion("Chấp hành tốt", false, false), Day.PlusDays(20));
        var program = OversightProgram.Create(ProgramId.From("KH-X1-2026"), new ActingBody(Commune, BodyKind.InspectionCommission), ReportingPeriodKind.Year, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31),
        [
            ProgramItem.Create(ProgramItemId.From("I1"), ActivityKind.ComplianceInspection, "compliance", OrganizationId.From("TN.X1.CB1"), new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 30), [], Catalogs),
            ProgramItem.Create(ProgramItemId.From("I2"), ActivityKind.ComplianceInspection, "compliance", OrganizationId.From("TN.X1.CB2"), new LocalDate(2026, 9, 1), new LocalDate(2026, 10, 30), [], Catalogs),
        ]);
        var register = new[]
        {
            KiemTra.Sdk.FollowUp.Recommendation.Create(RecommendationId.From("R1"), KiemTra.Sdk.FollowUp.RecommendationSource.PartyInspection, "KT-X1-1", OrganizationId.From("TN.X1.CB1"), "Khắc phục", Day.PlusDays(20),
                DeadlineRule.Create("t", RuleDurationUnit.WorkingDays, 20, LocalizedText.Of("a", "b"), FollowUpReportTests.Notice), DeadlineCalculator.Default)
            .Complete(Day.PlusDays(30)),
        };
        var evidence = AssessmentEvidence.Gather(Commune, 2026, [program], [concluded], register, FollowUpReportTests.Monitor(new LocalDate(2026, 11, 22)), Dataset());
        Assert.Equal(new AssessmentEvidence { Organization = Commune, Year = 2026, ProgramItemsPlanned = 2, ProgramItemsDone = 1, CasesOpened = 1, CasesConcluded = 1, RecommendationsDecided = 1, RecommendationsOnTime = 1, Subordinates = 2, SubordinatesCovered = 1 }, evidence);
        Assert.Contains("hoàn thành 1/2 nội dung chương trình", evidence.Describe().Vietnamese, StringComparison.Ordinal);

        var assessment = YearlyAssessment.Create(evidence, CommissionClassification.Completed, new ActingBody(OrganizationId.From("TN"), BodyKind.InspectionCommission), new LocalDate(2026, 12, 20), "Hoàn thành nhiệm vụ; còn một nội dung chưa thực hiện.");
        Assert.Equal(CommissionClassification.Completed, assessment.Classification);
        Assert.Throws<ArgumentException>(() => YearlyAssessment.Create(evidence, CommissionClassification.Completed, assessment.AssessedBy, new LocalDate(2025, 12, 20), "x"));
        Assert.Throws<ArgumentException>(() => YearlyAssessment.Create(evidence, CommissionClassification.Completed, assessment.AssessedBy, new LocalDate(2026, 12, 20), " "));
    }
}
