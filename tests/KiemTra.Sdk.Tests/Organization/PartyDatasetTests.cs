using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Organization;

public class PartyDatasetTests
{
    private static readonly PartyDataset Province = HandBuiltProvince.Build();

    private static OrganizationId Org(string id) => OrganizationId.From(id);

    [Fact]
    public void CountSubtree_AtSnapshot_CountsOnlyExistingOrganisations()
    {
        // R-H1, R-H7
        var counts = Province.CountSubtree(Org("HB"), HandBuiltProvince.Snapshot);
        Assert.Equal(9, counts.DirectlySubordinate);
        Assert.Equal(1, counts.GrassrootsCommittees);
        Assert.Equal(6, counts.GrassrootsCells);
        Assert.Equal(1, counts.SubCommittees);
        Assert.Equal(7, counts.Cells);
        Assert.Equal(1, counts.Count(OrganizationKind.PartyGroup));
        Assert.Equal(0, counts.Count(OrganizationKind.District));
        Assert.Equal(Province.MemberCount, counts.Members);
        Assert.Equal(1, counts.ProbationaryMembers);
    }

    [Fact]
    public void CountSubtree_BeforeTheReform_SeesTheDistrictAndItsCommunes()
    {
        // R-H2: the tree as it stood on 30/6/2025.
        var counts = Province.CountSubtree(Org("HB"), new LocalDate(2025, 6, 30));
        Assert.Equal(1, counts.Count(OrganizationKind.District));
        Assert.Equal(2, counts.Count(OrganizationKind.Commune));
        Assert.Equal(2, counts.GrassrootsCommittees); // the two old communes under the district
        Assert.Equal(4, counts.DirectlySubordinate); // district, police, military, enterprise
        Assert.Equal(0, counts.Count(OrganizationKind.Ward));
    }

    [Fact]
    public void ChildrenOf_AsOfDate_FollowsLifeSpans()
    {
        Assert.Contains(Province.ChildrenOf(Org("HB"), new LocalDate(2025, 6, 30)), o => o.Id == Org("HB.H1"));
        Assert.DoesNotContain(Province.ChildrenOf(Org("HB"), new LocalDate(2025, 7, 1)), o => o.Id == Org("HB.H1"));
        Assert.Contains(Province.ChildrenOf(Org("HB.X1"), new LocalDate(2025, 8, 31)), o => o.Id == Org("HB.X1.CB3"));
        Assert.DoesNotContain(Province.ChildrenOf(Org("HB.X1"), new LocalDate(2025, 9, 1)), o => o.Id == Org("HB.X1.CB3"));
        Assert.Equal(["HB.X1.CB1", "HB.X1.CB2", "HB.X1.CB3", "HB.X1.TH"], Province.ChildrenOf(Org("HB.X1")).Select(o => o.Id.Value));
    }

    [Fact]
    public void SuccessorsAsOf_FollowsMergersDissolutionsAndSplits()
    {
        var after = new LocalDate(2025, 10, 1);
        Assert.Equal([Org("HB.X1")], Province.SuccessorsAsOf(Org("HB.H1.X1"), after));
        Assert.Equal([Org("HB.H1.X1")], Province.SuccessorsAsOf(Org("HB.H1.X1"), new LocalDate(2025, 6, 30)));
        Assert.Equal([Org("HB")], Province.SuccessorsAsOf(Org("HB.H1"), after)); // dissolved: the parent takes over
        Assert.Equal([Org("HB.X1")], Province.SuccessorsAsOf(Org("HB.X1.CB3"), after));
        Assert.Empty(Province.SuccessorsAsOf(Org("HB.X1"), new LocalDate(2025, 1, 1))); // not yet created
        Assert.Equal([Org("HB.P1")], Province.SuccessorsAsOf(Org("HB.P1"), after)); // a split leaves the origin in place
    }

    [Fact]
    public void SuccessorsAsOf_AnOrganisationSplitInTwo_PointsToBothParts()
    {
        var split = new LocalDate(2025, 7, 1);
        var b = new PartyDatasetBuilder("x", split);
        b.AddOrganization(OrganizationId.From("P"), "Đảng bộ tỉnh", OrganizationKind.Province, null, new LocalDate(2000, 1, 1));
        b.AddOrganization(OrganizationId.From("P.A"), "Đảng bộ phường A", OrganizationKind.Ward, OrganizationId.From("P"), new LocalDate(2000, 1, 1));
        b.AddOrganization(OrganizationId.From("P.B"), "Đảng bộ phường B", OrganizationKind.Ward, OrganizationId.From("P"), split);
        b.AddOrganization(OrganizationId.From("P.C"), "Đảng bộ phường C", OrganizationKind.Ward, OrganizationId.From("P"), split);
        b.AddLineageEvent(LineageEvent.SplitFrom(Org("P.B"), split, Org("P.A")));
        b.AddLineageEvent(LineageEvent.SplitFrom(Org("P.C"), split, Org("P.A")));
        b.AddLineageEvent(LineageEvent.Dissolved(Org("P.A"), split));
        var data = b.Build();
        Assert.Equal([Org("P.B"), Org("P.C")], data.SuccessorsAsOf(Org("P.A"), split));
        Assert.Equal([Org("P.A")], data.SuccessorsAsOf(Org("P.A"), split.PlusDays(-1)));
    }

    [Fact]
    public void Lineage_RenameChangesTheNameFromItsDate()
    {
        var ward = Province.GetOrganization(Org("HB.P1"));
        Assert.Equal("Đảng bộ phường Trung Tâm Mới", ward.Name);
        Assert.Equal("Đảng bộ phường Trung Tâm", ward.NameAsOf(new LocalDate(2025, 9, 14)));
        Assert.Equal("Đảng bộ phường Trung Tâm Mới", ward.NameAsOf(new LocalDate(2025, 9, 15)));
        var split = Province.GetOrganization(Org("HB.P2"));
        Assert.Equal(LineageEventKind.SplitFrom, Assert.Single(split.Lineage).Kind);
    }

    [Fact]
    public void IsInSubtree_IsTrueForDescendantsOnly()
    {
        Assert.True(Province.IsInSubtree(Org("HB"), Org("HB.P1.BV.K1.CB1")));
        Assert.True(Province.IsInSubtree(Org("HB.P1"), Org("HB.P1.BV.K1.CB1")));
        Assert.True(Province.IsInSubtree(Org("HB.P1"), Org("HB.P1")));
        Assert.False(Province.IsInSubtree(Org("HB.P1.BV.K1.CB1"), Org("HB.P1")));
        Assert.False(Province.IsInSubtree(Org("HB.X1"), Org("HB.P1.CB1")));
    }

    [Fact]
    public void GetMember_GivesDirectOrganisationAndCadreCommittee()
    {
        // R-H4: who manages a member is the member's own record (direct organisation, cadre-managing committee).
        var chair = Province.GetMember(MemberId.From("HB.X1.CN"));
        Assert.Equal(Org("HB.X1.CB2"), chair.Organization);
        Assert.Equal(Org("HB"), chair.CadreCommittee);
        Assert.Null(Province.GetMember(MemberId.From("HB.X1.UV")).CadreCommittee);
    }

    [Fact]
    public void SubtreeCounts_O1_MatchTheMembersRecorded()
    {
        Assert.Equal(Province.MemberCount, Province.SubtreeMemberCount(Org("HB")));
        Assert.Equal(20, Province.SubtreeMemberCount(Org("HB.P1.BV")));
        Assert.Equal(4, Province.SubtreeOrganizationCount(Org("HB.P1.BV")));
    }

    [Fact]
    public void BodiesOf_ListsCommitteeStandingCommitteeCommissionAndAgencies()
    {
        // R-H3
        var bodies = Province.BodiesOf(Org("HB"));
        Assert.Equal([BodyKind.Committee, BodyKind.StandingCommittee, BodyKind.InspectionCommission, BodyKind.AdvisoryAgency, BodyKind.AdvisoryAgency, BodyKind.AdvisoryAgency, BodyKind.AdvisoryAgency, BodyKind.AdvisoryAgency], bodies.Select(b => b.Kind));
        var commission = bodies.Single(b => b.Kind == BodyKind.InspectionCommission);
        Assert.Equal(9, commission.Size);
        Assert.Equal(MemberId.From("HB.UBKT1"), commission.Chair);
        Assert.Equal(["HB.UBKT2", "HB.UBKT3"], commission.Deputies.Select(m => m.Value));
        Assert.Equal(5, commission.FullTimeCount);
        Assert.Equal("Ủy ban Kiểm tra Tỉnh ủy Mẫu", commission.Name.Vietnamese);
        Assert.Equal([BodyKind.Cell], Province.BodiesOf(Org("HB.X1.CB1")).Select(b => b.Kind));
    }

    [Fact]
    public void ProbationEndsOn_AddsTheCharterProbation()
    {
        var member = Province.GetMember(MemberId.From("M0003"));
        Assert.Equal(MemberStatus.Probationary, member.Status);
        Assert.Equal(new LocalDate(2026, 3, 1), member.ProbationEndsOn(RuleBook.BuiltIn));
    }

    [Fact]
    public void Ancestors_AreTheParentChain()
    {
        Assert.Equal(["HB.P1.BV.K1", "HB.P1.BV", "HB.P1", "HB"], Province.AncestorsOf(Org("HB.P1.BV.K1.CB1")).Select(o => o.Id.Value));
        Assert.Equal(3, Province.GetOrganization(Org("HB.P1.BV.K1")).Depth);
    }

    [Fact]
    public void Build_DanglingParent_ThrowsNamingIt()
    {
        var b = new PartyDatasetBuilder("x", HandBuiltProvince.Snapshot);
        b.AddOrganization(OrganizationId.From("A"), "Đảng bộ A", OrganizationKind.Province, OrganizationId.From("NOPE"), HandBuiltProvince.Snapshot);
        var ex = Assert.Throws<DataFormatException>(b.Build);
        Assert.Equal("NOPE", ex.Value);
        Assert.Equal("/organizations/0/parent", ex.Path);
    }

    [Fact]
    public void Build_ParentCycle_Throws()
    {
        var b = new PartyDatasetBuilder("x", HandBuiltProvince.Snapshot);
        b.AddOrganization(OrganizationId.From("A"), "Đảng bộ A", OrganizationKind.Province, null, HandBuiltProvince.Snapshot);
        b.AddOrganization(OrganizationId.From("B"), "Chi bộ B", OrganizationKind.Cell, OrganizationId.From("C"), HandBuiltProvince.Snapshot);
        b.AddOrganization(OrganizationId.From("C"), "Chi bộ C", OrganizationKind.Cell, OrganizationId.From("B"), HandBuiltProvince.Snapshot);
        var ex = Assert.Throws<DataFormatException>(b.Build);
        Assert.Contains("cycle", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DuplicateMemberAndUnknownPostMember_Throw()
    {
        var b = new PartyDatasetBuilder("x", HandBuiltProvince.Snapshot);
        b.AddOrganization(OrganizationId.From("A"), "Chi bộ A", OrganizationKind.GrassrootsCell, null, HandBuiltProvince.Snapshot);
        b.AddMember(MemberId.From("M1"), "Một", OrganizationId.From("A"), MemberStatus.Full, HandBuiltProvince.Snapshot);
        b.AddMember(MemberId.From("M1"), "Hai", OrganizationId.From("A"), MemberStatus.Full, HandBuiltProvince.Snapshot);
        Assert.Equal("M1", Assert.Throws<DataFormatException>(b.Build).Value);

        var c = new PartyDatasetBuilder("x", HandBuiltProvince.Snapshot);
        c.AddOrganization(OrganizationId.From("A"), "Chi bộ A", OrganizationKind.GrassrootsCell, null, HandBuiltProvince.Snapshot);
        c.AddPost(MemberId.From("GHOST"), OrganizationId.From("A"), PostKind.Head);
        Assert.Equal("/posts/0/member", Assert.Throws<DataFormatException>(c.Build).Path);
    }

    [Fact]
    public void Build_MergeIntoOrganisationThatDoesNotExistYet_Throws()
    {
        var b = new PartyDatasetBuilder("x", HandBuiltProvince.Snapshot);
        b.AddOrganization(OrganizationId.From("A"), "Đảng bộ A", OrganizationKind.Province, null, new LocalDate(2000, 1, 1));
        b.AddOrganization(OrganizationId.From("B"), "Đảng bộ xã B", OrganizationKind.Commune, OrganizationId.From("A"), new LocalDate(2000, 1, 1));
        b.AddOrganization(OrganizationId.From("C"), "Đảng bộ xã C", OrganizationKind.Commune, OrganizationId.From("A"), new LocalDate(2026, 1, 1));
        b.AddLineageEvent(LineageEvent.MergedInto(OrganizationId.From("B"), new LocalDate(2025, 7, 1), OrganizationId.From("C")));
        Assert.Equal("/lineage/0/other", Assert.Throws<DataFormatException>(b.Build).Path);
    }

    [Fact]
    public void AddMember_UnknownOrganisation_ThrowsNamingIt()
    {
        var b = new PartyDatasetBuilder("x", HandBuiltProvince.Snapshot);
        var ex = Assert.Throws<DataFormatException>(() => b.AddMember(MemberId.From("M1"), "Một", OrganizationId.From("NOPE"), MemberStatus.Full, HandBuiltProvince.Snapshot));
        Assert.Equal("/members/0/organization", ex.Path);
        Assert.Equal("NOPE", ex.Value);
    }
}
