using KiemTra.Sdk.Diagnostics;
using System.Text;
using KiemTra.Sdk.Organization;
using KiemTra.SampleProvince;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Organization.Synthetic;

public class SyntheticProvinceTests
{
    private static readonly Lazy<PartyDataset> Default = new(() => SyntheticProvince.Generate());

    [Fact]
    public void Default_ReproducesThaiNguyen2025_Exactly()
    {
        // R-H1, R-H7: 96 / 247 / 512 / 40 / 5,697 / 140,429.
        var counts = Default.Value.CountSubtree(OrganizationId.From("TN"), new LocalDate(2025, 10, 31));
        Assert.Equal(96, counts.DirectlySubordinate);
        Assert.Equal(247, counts.GrassrootsCommittees);
        Assert.Equal(512, counts.GrassrootsCells);
        Assert.Equal(759, counts.GrassrootsOrganizations);
        Assert.Equal(40, counts.SubCommittees);
        Assert.Equal(5697, counts.Cells);
        Assert.Equal(140_429, counts.Members);
    }

    [Fact]
    public void Default_StatsGolden()
    {
        // R-H7
        var counts = Default.Value.CountSubtree(OrganizationId.From("TN"), new LocalDate(2025, 10, 31));
        var text = new StringBuilder();
        text.Append("asOf ").Append(counts.AsOf.ToString("uuuu-MM-dd", null)).Append('\n');
        foreach (var kind in Enum.GetValues<OrganizationKind>())
        {
            text.Append(kind).Append(' ').Append(counts.Count(kind)).Append('\n');
        }

        text.Append("directlySubordinate ").Append(counts.DirectlySubordinate).Append('\n')
            .Append("grassrootsCommittees ").Append(counts.GrassrootsCommittees).Append('\n')
            .Append("members ").Append(counts.Members).Append(" (full ").Append(counts.FullMembers).Append(", probationary ").Append(counts.ProbationaryMembers).Append(")\n")
            .Append("recorded organisations ").Append(Default.Value.OrganizationCount).Append(", posts ").Append(Default.Value.PostCount).Append(", lineage events ").Append(Default.Value.Lineage.Length).Append('\n');
        Approvals.Verify(text.ToString(), "ThaiNguyen2025.stats");
    }

    [Fact]
    public void Default_HasOnlyTheFindingsPlacedOnPurpose_Golden()
    {
        // R-H3…R-H6 on the default province, in 10/2025 and in 6/2026 (after NQ 05's non-local chair rule).
        var october = HierarchyChecks.Run(Default.Value, RuleBook.BuiltIn, new LocalDate(2025, 10, 31));
        var june = HierarchyChecks.Run(Default.Value, RuleBook.BuiltIn, new LocalDate(2026, 6, 30));
        Approvals.Verify("== 2025-10-31\n" + HierarchyChecksTests.Render(october) + "== 2026-06-30\n" + HierarchyChecksTests.Render(june), "ThaiNguyen2025.findings");
        Assert.Single(october, f => f.Code == ErrorCodes.HierarchyCellMinFullMembers);
        Assert.Single(june, f => f.Code == ErrorCodes.HierarchyCommissionChairLocal);
    }

    [Fact]
    public void Default_KeepsTheStructuralRules()
    {
        var data = Default.Value;
        var date = new LocalDate(2025, 10, 31);
        foreach (var org in data.Organizations.Where(o => o.ExistsOn(date)))
        {
            var members = data.SubtreeMemberCount(org.Id);
            switch (org.Kind)
            {
                case OrganizationKind.GrassrootsCell:
                    Assert.InRange(members, 3, 29);
                    break;
                case OrganizationKind.GrassrootsCommittee:
                    Assert.True(members >= 30, org.Id.Value);
                    break;
                case OrganizationKind.Cell:
                    Assert.True(members >= 3, org.Id.Value);
                    break;
            }
        }

        Assert.Equal(data.MemberCount, data.Organizations.Where(o => o.Kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell).Sum(o => data.MembersOf(o.Id).Count));
    }

    [Fact]
    public void Default_HasLineageBodiesAndCadreRelations()
    {
        var data = Default.Value;
        Assert.Contains(data.Lineage, e => e.Kind == LineageEventKind.MergedInto);
        Assert.Contains(data.Lineage, e => e.Kind == LineageEventKind.Dissolved && e.Organization.Value.Contains(".C", StringComparison.Ordinal));
        var commune = data.GetOrganization(OrganizationId.From("TN.X001"));
        Assert.StartsWith("Đảng bộ xã ", commune.Name, StringComparison.Ordinal);
        var commission = data.BodiesOf(commune.Id).Single(b => b.Kind == BodyKind.InspectionCommission);
        Assert.Equal(5, commission.Size);
        var chair = commission.Posts.Single(p => p.Kind == PostKind.CommissionChair).Member;
        Assert.Equal(OrganizationId.From("TN"), data.GetMember(chair).CadreCommittee);
        Assert.False(data.GetMember(chair).IsLocal);
    }

    [Fact]
    public void SameSeed_GivesIdenticalRecords_AndAnotherSeedDiffers()
    {
        var small = SyntheticProvinceOptions.Create("SM", "Thử", new LocalDate(2025, 10, 31), 7, 5, 2, 6, 10, 2, 60, 1500, examples: false);
        Assert.Equal(Record(small), Record(small));
        var other = SyntheticProvinceOptions.Create("SM", "Thử", new LocalDate(2025, 10, 31), 8, 5, 2, 6, 10, 2, 60, 1500, examples: false);
        Assert.NotEqual(Record(small), Record(other));
    }

    [Fact]
    public void NationalProvince_StreamsWithoutBuilding()
    {
        var options = SyntheticProvince.NationalProvince(5);
        var sink = new CountingSink();
        SyntheticProvince.Write(options, sink);
        Assert.Equal((5_600_000 / 34) + (5 < 5_600_000 % 34 ? 1 : 0), sink.Members);
        Assert.Equal(1 + options.DirectlySubordinate + 480 + 990 + 80 + 8000, sink.Organizations);
    }

    [Fact]
    public void Create_ImpossibleSizes_AreRejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticProvinceOptions.Create("X", "X", new LocalDate(2025, 10, 31), 1, 2, 0, 10, 0, 0, 5, 1000));
        Assert.Equal("cells", ex.ParamName);
    }

    private static string Record(SyntheticProvinceOptions options)
    {
        var sink = new RecordingSink();
        SyntheticProvince.Write(options, sink);
        return sink.Text.ToString();
    }

    private sealed class RecordingSink : IPartyDatasetSink
    {
        public StringBuilder Text { get; } = new();

        public void Organization(string id, string name, OrganizationKind kind, string? parentId, LocalDate createdOn, IReadOnlyList<BodyKind> bodies, bool cellCommittee, bool delegatedPowers)
            => Text.Append($"O {id} {name} {kind} {parentId} {createdOn} {string.Join('+', bodies)} {cellCommittee} {delegatedPowers}\n");

        public void AdvisoryAgency(string organizationId, AdvisoryAgencyKind kind) => Text.Append($"A {organizationId} {kind}\n");

        public void LineageEvent(LineageEvent lineageEvent) => Text.Append($"L {lineageEvent}\n");

        public void Member(string id, string displayName, string organizationId, MemberStatus status, LocalDate admittedOn, string? cadreCommitteeId, bool? isLocal) => Text.Append($"M {id} {displayName} {organizationId} {status} {admittedOn} {cadreCommitteeId} {isLocal}\n");

        public void Post(string memberId, string organizationId, PostKind kind, bool fullTime) => Text.Append($"P {memberId} {organizationId} {kind} {fullTime}\n");
    }

    private sealed class CountingSink : IPartyDatasetSink
    {
        public int Organizations { get; private set; }

        public int Members { get; private set; }

        public void Organization(string id, string name, OrganizationKind kind, string? parentId, LocalDate createdOn, IReadOnlyList<BodyKind> bodies, bool cellCommittee, bool delegatedPowers) => Organizations++;

        public void AdvisoryAgency(string organizationId, AdvisoryAgencyKind kind)
        {
        }

        public void LineageEvent(LineageEvent lineageEvent)
        {
        }

        public void Member(string id, string displayName, string organizationId, MemberStatus status, LocalDate admittedOn, string? cadreCommitteeId, bool? isLocal) => Members++;

        public void Post(string memberId, string organizationId, PostKind kind, bool fullTime)
        {
        }
    }
}
