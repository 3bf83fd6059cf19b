using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Inspection;

public class ProgramValidatorTests
{
    private static readonly OversightCatalogs Catalogs = OversightCatalogs.BuiltIn;
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate TermStart = new(2025, 10, 1);
    private static readonly LocalDate TermEnd = new(2030, 9, 30);
    private static readonly OrganizationId Province = OrganizationId.From("TN");
    private static readonly ActingBody Commission = new(Province, BodyKind.InspectionCommission);
    private static readonly ActingBody Standing = new(Province, BodyKind.StandingCommittee);
    private static readonly ActingBody Agency = new(Province, BodyKind.AdvisoryAgency);

    private static PartyDataset Dataset()
    {
        BodyKind[] Full = [BodyKind.StandingCommittee, BodyKind.InspectionCommission];
        var b = new PartyDatasetBuilder("Tỉnh thử", new LocalDate(2026, 6, 1), "test");
        b.AddOrganization(OrganizationId.From("TN"), "Đảng bộ tỉnh", OrganizationKind.Province, null, new LocalDate(1990, 1, 1), Full);
        b.AddAdvisoryAgency(OrganizationId.From("TN"), AdvisoryAgencyKind.Organization);
        b.AddOrganization(OrganizationId.From("TN.X1"), "Đảng bộ xã Một", OrganizationKind.Commune, OrganizationId.From("TN"), Reform, Full);
        b.AddOrganization(OrganizationId.From("TN.X2"), "Đảng bộ xã Hai", OrganizationKind.Commune, OrganizationId.From("TN"), Reform, Full);
        b.AddOrganization(OrganizationId.From("TN.X3"), "Đảng bộ xã Ba", OrganizationKind.Commune, OrganizationId.From("TN"), Reform, Full);
        return b.Build();
    }

    private static ProgramItem Item(string id, ActivityKind activity, string type, string subject, LocalDate start, int days, params string[] areas) =>
        ProgramItem.Create(ProgramItemId.From(id), activity, type, OrganizationId.From(subject), start, start.PlusDays(days), areas, Catalogs);

    [Fact]
    public void Validate_FindsOverlapOmissionAndAuthority()
    {
        // R-I2 (no overlap, no omission, within authority), R-I3 (every subordinate organisation once per term)
        var dataset = Dataset();
        var authority = new AuthorityRules(dataset, RuleBook.BuiltIn);
        var commission = OversightProgram.Create(ProgramId.From("CT-UBKT-2025-2030"), Commission, ReportingPeriodKind.Term, TermStart, TermEnd,
        [
            Item("I1", ActivityKind.ComplianceInspection, "compliance", "TN.X1", new LocalDate(2026, 3, 1), 60, "organisation-and-personnel"),
            Item("I2", ActivityKind.InspectionOfInspectionDuties, "inspection-duties", "TN.X1", new LocalDate(2027, 3, 1), 30),
        ]);
        var standing = OversightProgram.Create(ProgramId.From("CT-BTV-2025-2030"), Standing, ReportingPeriodKind.Term, TermStart, TermEnd,
        [
            Item("S1", ActivityKind.ThematicSupervision, "thematic", "TN.X1", new LocalDate(2026, 4, 1), 30, "organisation-and-personnel"),
        ]);
        var agency = OversightProgram.Create(ProgramId.From("KH-BTC-2026"), Agency, ReportingPeriodKind.Year, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31),
        [
            Item("A1", ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", "TN.X3", new LocalDate(2026, 5, 1), 20),
        ]);

        var findings = OversightProgram.Check([commission, standing, agency], dataset, authority);
        var denied = Assert.Single(findings, f => f.Code == ProgramValidator.AuthorityDenied);
        Assert.Equal("KH-BTC-2026/A1", denied.SubjectId);
        // Issue 14 item 3: the body and the activity are named in Vietnamese, not by their enum names.
        Assert.StartsWith("KH-BTC-2026/A1: Cơ quan tham mưu, giúp việc của Đảng bộ tỉnh không được tiến hành kiểm tra khi có dấu hiệu vi phạm đối với TN.X3:", denied.Message.Vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("AdvisoryAgency", denied.Message.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("InspectionOnSignsOfViolation", denied.Message.ToString(), StringComparison.Ordinal);
        var overlap = Assert.Single(findings, f => f.Code == ProgramValidator.Overlap);
        Assert.Contains("CT-BTV-2025-2030/S1", overlap.Message.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("organisation-and-personnel", overlap.Message.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(["TN.X2", "TN.X3"], findings.Where(f => f.Code == ProgramValidator.Omission).Select(f => f.SubjectId));
        Approvals.Verify(string.Join("\n", findings.Select(f => f.ToString())), "ProgrammeFindings");
    }

    [Fact]
    public void Completion_CountsItemsWithAConcludedCase()
    {
        // R-I2: 100% of planned inspections completed.
        var program = OversightProgram.Create(ProgramId.From("KH-2026"), Commission, ReportingPeriodKind.Year, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31),
        [
            Item("I1", ActivityKind.ComplianceInspection, "compliance", "TN.X1", new LocalDate(2026, 3, 1), 60),
            Item("I2", ActivityKind.ComplianceInspection, "compliance", "TN.X2", new LocalDate(2026, 6, 1), 60),
        ]);
        var day = new LocalDate(2026, 3, 5);
        var done = OversightCase.Open(CaseId.From("KT-1"), ActivityKind.ComplianceInspection, "compliance", Province, BodyKind.InspectionCommission, [OversightSubject.Of(OrganizationId.From("TN.X1"))], day, Catalogs, new AuthorityRules(Dataset(), RuleBook.BuiltIn))
            .IssueDecision("1", day).ApprovePlan(CasePlan.Create("p", ["resolutions-and-law"], new DateInterval(day, day), new DateInterval(day, day.PlusDays(30)), "m", Catalogs), day)
            .FormTeam(CaseTeam.Create(MemberId.From("K1"), []), day).Announce(day).ReceiveSelfReport(day).Verify("v", day).DraftReport(day)
            .HoldConclusionMeeting(new CaseConclusion("Chấp hành tốt", false, false), day.PlusDays(30));
        var (completed, planned, notDone) = ProgramValidator.Completion(program, [done]);
        Assert.Equal((1, 2), (completed, planned));
        Assert.Equal(ProgramItemId.From("I2"), Assert.Single(notDone).Id);
    }

    [Fact]
    public void Program_RejectsAnItemOutsideItsPeriod()
    {
        var error = Assert.Throws<ArgumentException>(() => OversightProgram.Create(ProgramId.From("KH-2026"), Commission, ReportingPeriodKind.Year, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31),
            [Item("I9", ActivityKind.ComplianceInspection, "compliance", "TN.X1", new LocalDate(2026, 12, 1), 60)]));
        Assert.Contains("I9", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportingPeriodKind.Quarter)]
    [InlineData(ReportingPeriodKind.MidTermReview)]
    [InlineData(ReportingPeriodKind.FinalReview)]
    [InlineData(ReportingPeriodKind.Custom)]
    [InlineData((ReportingPeriodKind)99)]
    public void Program_CoversATermOrAYear_AnyOtherScopeIsRefusedByName(ReportingPeriodKind scope)
    {
        // R-I2: a programme is the whole term's (toàn khóa) or one year's (hằng năm); no other span.
        var error = Assert.Throws<ArgumentException>(() => OversightProgram.Create(ProgramId.From("KH-2026"), Commission, scope, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), []));
        Assert.Equal("scope", error.ParamName);
        Assert.Contains(Enum.IsDefined(scope) ? scope.ToString() : "99", error.Message, StringComparison.Ordinal);
        Assert.Equal(ReportingPeriodKind.Term, OversightProgram.Create(ProgramId.From("CT-2025-2030"), Commission, ReportingPeriodKind.Term, TermStart, TermEnd, []).Scope);
    }

    [Fact]
    public void Program_IsIssuedOnceNotAfterItEnds_WithItsIssuingBody()
    {
        // R-T2: a programme is issued (ban hành) on a date, by a body of the tree, within the period it covers.
        var draft = OversightProgram.Create(ProgramId.From("KH-2026"), Commission, ReportingPeriodKind.Year, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), []);
        Assert.False(draft.IsIssued);

        var issued = draft.Issue(new LocalDate(2026, 1, 5), BodyId.From("X1.UBKT"));
        Assert.Equal((new LocalDate(2026, 1, 5), BodyId.From("X1.UBKT")), (issued.IssuedOn, issued.BodyId));
        Assert.Equal(new LocalDate(2026, 12, 31), draft.Issue(new LocalDate(2026, 12, 31)).IssuedOn);

        var late = Assert.Throws<ArgumentException>(() => draft.Issue(new LocalDate(2027, 1, 1)));
        Assert.Equal("on", late.ParamName);
        Assert.Contains("2027-01-01", late.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<InvalidOperationException>(() => issued.Issue(new LocalDate(2026, 2, 1)));
        Assert.Contains("2026-01-05", twice.Message, StringComparison.Ordinal);
    }
}
