using System.Text;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Organization;

public class HierarchyChecksTests
{
    private static readonly PartyDataset Province = HandBuiltProvince.Build();

    internal static string Render(IEnumerable<Finding> findings)
    {
        var text = new StringBuilder();
        foreach (var f in findings)
        {
            text.Append(f.Severity).Append(' ').Append(f.Code).Append(' ').Append(f.SubjectId).Append('\n')
                .Append("  vi: ").Append(f.Message.Vietnamese).Append('\n')
                .Append("  en: ").Append(f.Message.English).Append('\n')
                .Append("  rule: ").Append(f.Rule?.ToString() ?? "-").Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public void HandBuiltProvince_ProducesEveryStructuralFinding_Golden()
    {
        // R-H3, R-H5, R-H6 and the Charter's size rules.
        var findings = HierarchyChecks.Run(Province, RuleBook.BuiltIn, HandBuiltProvince.Snapshot);
        Approvals.Verify(Render(findings), "HandBuiltProvince.findings");
        string[] every =
        [
            ErrorCodes.HierarchyCellMinFullMembers, ErrorCodes.HierarchyGrassrootsCellTooLarge, ErrorCodes.HierarchyGrassrootsCommitteeTooSmall,
            ErrorCodes.HierarchyCommissionNotAllowed, ErrorCodes.HierarchyCommissionMissing, ErrorCodes.HierarchyCommissionSize,
            ErrorCodes.HierarchyCommissionFullTimeDeputy, ErrorCodes.HierarchyCommissionChairLocal,
        ];
        Assert.Equal(every.Order(StringComparer.Ordinal), findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FullTimeDeputy_CitesHd08Ubkttw2020PartI18_Unverified()
    {
        // R-H5: the rule's source is Hướng dẫn 08-HD/UBKTTW (14/2/2020), Part I §1.8 (not QĐ 22); current status unverified.
        var finding = HierarchyChecks.Run(Province, RuleBook.BuiltIn, HandBuiltProvince.Snapshot).Single(f => f.Code == ErrorCodes.HierarchyCommissionFullTimeDeputy);
        Assert.Equal("HB.X1", finding.SubjectId);
        Assert.Equal(RuleSetId.From("HD-08-UBKTTW-2020"), finding.Rule!.RuleSetId);
        Assert.Equal("Phần I, mục 1.8", finding.Rule.Article);
        Assert.False(finding.Rule.Verified);
    }

    [Fact]
    public void ChairLocal_OnlyForTheLocalChair()
    {
        // R-H6
        var findings = HierarchyChecks.Run(Province, RuleBook.BuiltIn, HandBuiltProvince.Snapshot).Where(f => f.Code == ErrorCodes.HierarchyCommissionChairLocal).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal("HB.X1", finding.SubjectId);
        Assert.Contains("Lê Văn Chủ", finding.Message.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(RuleSetId.From("NQ-05-2026"), finding.Rule!.RuleSetId);
    }

    [Fact]
    public void GrassrootsCommitteeWith300Members_NeedsAFullTimeDeputy()
    {
        // R-H5: agencies and enterprises with 300 members or more.
        var date = new LocalDate(2025, 10, 31);
        var b = new PartyDatasetBuilder("x", date);
        b.AddOrganization(OrganizationId.From("P"), "Đảng bộ tỉnh", OrganizationKind.Province, null, new LocalDate(2000, 1, 1));
        b.AddOrganization(OrganizationId.From("P.G"), "Đảng bộ Công ty Than", OrganizationKind.GrassrootsCommittee, OrganizationId.From("P"), new LocalDate(2000, 1, 1), [BodyKind.InspectionCommission]);
        for (var c = 0; c < 10; c++)
        {
            b.AddOrganization(OrganizationId.From($"P.G.C{c}"), $"Chi bộ Phân xưởng {c}", OrganizationKind.Cell, OrganizationId.From("P.G"), new LocalDate(2000, 1, 1));
            for (var m = 0; m < 30; m++)
            {
                b.AddMember(MemberId.From($"M{c}.{m}"), "Đảng viên", OrganizationId.From($"P.G.C{c}"), MemberStatus.Full, new LocalDate(2010, 1, 1));
            }
        }

        var findings = HierarchyChecks.Run(b.Build(), RuleBook.BuiltIn, date);
        var finding = Assert.Single(findings, f => f.Code == ErrorCodes.HierarchyCommissionFullTimeDeputy);
        Assert.Contains("300", finding.Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Code == ErrorCodes.HierarchyCommissionSize);
    }

    [Fact]
    public void ProbationaryMembers_DoNotCountTowardsTheThreeFullMembers()
    {
        var date = new LocalDate(2025, 10, 31);
        var b = new PartyDatasetBuilder("x", date);
        b.AddOrganization(OrganizationId.From("C"), "Chi bộ cơ sở", OrganizationKind.GrassrootsCell, null, new LocalDate(2000, 1, 1));
        b.AddMember(MemberId.From("M1"), "A", OrganizationId.From("C"), MemberStatus.Full, new LocalDate(2010, 1, 1));
        b.AddMember(MemberId.From("M2"), "B", OrganizationId.From("C"), MemberStatus.Full, new LocalDate(2010, 1, 1));
        b.AddMember(MemberId.From("M3"), "C", OrganizationId.From("C"), MemberStatus.Full, new LocalDate(2025, 1, 1)); // recorded full, but within 12 months of admission on that date
        b.AddMember(MemberId.From("M4"), "D", OrganizationId.From("C"), MemberStatus.Probationary, new LocalDate(2025, 5, 1));
        var dataset = b.Build();
        Assert.Single(HierarchyChecks.Run(dataset, RuleBook.BuiltIn, date), f => f.Code == ErrorCodes.HierarchyCellMinFullMembers);
        Assert.DoesNotContain(HierarchyChecks.Run(dataset, RuleBook.BuiltIn, new LocalDate(2026, 1, 1)), f => f.Code == ErrorCodes.HierarchyCellMinFullMembers);
    }

    [Fact]
    public void ChecksBeforeQd296_ReportTheMissingRule_AsInformation()
    {
        var findings = HierarchyChecks.Run(Province, RuleBook.BuiltIn, new LocalDate(2025, 5, 1));
        var gap = Assert.Single(findings, f => f.Code == ErrorCodes.HierarchyRuleNotInForce && f.SubjectId == "commission.size.province");
        Assert.Equal(FindingSeverity.Information, gap.Severity);
        Assert.DoesNotContain(findings, f => f.Code == ErrorCodes.HierarchyCommissionSize);
    }
}
