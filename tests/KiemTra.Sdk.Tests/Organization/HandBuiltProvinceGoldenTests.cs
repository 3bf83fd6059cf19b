using System.Text;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Organization;

public class HandBuiltProvinceGoldenTests
{
    [Fact]
    public void HandBuiltProvince_StatsBeforeAndAfterTheReform_AndLineage_Golden()
    {
        // R-H1, R-H2, R-H7: every kind, every lineage event, counts as of two dates.
        var data = HandBuiltProvince.Build();
        var text = new StringBuilder();
        foreach (var date in new[] { new LocalDate(2025, 6, 30), HandBuiltProvince.Snapshot })
        {
            var counts = data.CountSubtree(OrganizationId.From("HB"), date);
            text.Append("== as of ").Append(date.ToString("uuuu-MM-dd", null)).Append('\n');
            foreach (var kind in Enum.GetValues<OrganizationKind>())
            {
                text.Append("  ").Append(kind).Append(' ').Append(counts.Count(kind)).Append('\n');
            }

            text.Append("  directlySubordinate ").Append(counts.DirectlySubordinate)
                .Append(", grassrootsCommittees ").Append(counts.GrassrootsCommittees)
                .Append(", grassrootsCells ").Append(counts.GrassrootsCells)
                .Append(", subCommittees ").Append(counts.SubCommittees)
                .Append(", cells ").Append(counts.Cells)
                .Append(", members ").Append(counts.Members).Append('\n');
        }

        text.Append("== lineage\n");
        foreach (var e in data.Lineage)
        {
            text.Append("  ").Append(e).Append('\n');
        }

        text.Append("== successors as of 2025-10-01\n");
        foreach (var id in new[] { "HB.H1", "HB.H1.X1", "HB.H1.X2", "HB.X1.CB3", "HB.P1", "HB.P2" })
        {
            var successors = data.SuccessorsAsOf(OrganizationId.From(id), new LocalDate(2025, 10, 1));
            text.Append("  ").Append(id).Append(" -> ").Append(string.Join(", ", successors)).Append('\n');
        }

        text.Append("== organisations (depth-first)\n");
        foreach (var org in data.Organizations)
        {
            text.Append(new string(' ', 2 + (2 * org.Depth))).Append(org.Id).Append(' ').Append(org.Name).Append(" [").Append(org.Kind).Append("] ")
                .Append(org.CreatedOn.ToString("uuuu-MM-dd", null)).Append(org.EndedOn is { } ended ? " – " + ended.ToString("uuuu-MM-dd", null) : string.Empty)
                .Append(", members ").Append(data.SubtreeMemberCount(org.Id)).Append('\n');
        }

        Approvals.Verify(text.ToString(), "HandBuiltProvince.stats");
    }
}
