using System.Collections.Immutable;
using NodaTime;

namespace KiemTra.Sdk.Organization;

/// <summary>
/// Counts of a subtree by kind on a date (<i>số lượng tổ chức đảng, đảng viên</i>): the figures provinces report,
/// e.g. Thái Nguyên 10/2025: 96 directly-subordinate committees, 247 grassroots committees, 512 grassroots cells,
/// 40 sub-committees, 5,697 cells, 140,429 members.
/// </summary>
public sealed class SubtreeCounts
{
    private readonly ImmutableArray<int> _byKind;

    internal SubtreeCounts(OrganizationId root, LocalDate asOf, ImmutableArray<int> byKind, int directlySubordinate, int oldCommuneGrassroots, int fullMembers, int probationaryMembers)
    {
        Root = root;
        AsOf = asOf;
        _byKind = byKind;
        DirectlySubordinate = directlySubordinate;
        GrassrootsCommittees = byKind[(int)OrganizationKind.GrassrootsCommittee] + oldCommuneGrassroots;
        FullMembers = fullMembers;
        ProbationaryMembers = probationaryMembers;
    }

    /// <summary>The root of the subtree (included in the counts).</summary>
    public OrganizationId Root { get; }

    /// <summary>The date counted.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Committees directly under a province (<i>đảng bộ trực thuộc</i>): children of a province that are not grassroots organisations.</summary>
    public int DirectlySubordinate { get; }

    /// <summary>Grassroots committees (<i>đảng bộ cơ sở</i>), including pre-2025 commune and ward committees under a district.</summary>
    public int GrassrootsCommittees { get; }

    /// <summary>Grassroots cells (<i>chi bộ cơ sở</i>).</summary>
    public int GrassrootsCells => Count(OrganizationKind.GrassrootsCell);

    /// <summary>Grassroots organisations: grassroots committees plus grassroots cells (<i>tổ chức cơ sở đảng</i>).</summary>
    public int GrassrootsOrganizations => GrassrootsCommittees + GrassrootsCells;

    /// <summary>Sub-committees (<i>đảng bộ bộ phận</i>).</summary>
    public int SubCommittees => Count(OrganizationKind.SubCommittee);

    /// <summary>Cells under a grassroots committee or sub-committee (<i>chi bộ trực thuộc</i>).</summary>
    public int Cells => Count(OrganizationKind.Cell);

    /// <summary>Members (full and probationary) in the subtree on the date.</summary>
    public int Members => FullMembers + ProbationaryMembers;

    /// <summary>Members recorded as full, admitted on or before the date.</summary>
    public int FullMembers { get; }

    /// <summary>Members recorded as probationary, admitted on or before the date.</summary>
    public int ProbationaryMembers { get; }

    /// <summary>The number of organisations of <paramref name="kind"/> existing on the date.</summary>
    public int Count(OrganizationKind kind) => (int)kind >= 0 && (int)kind < _byKind.Length ? _byKind[(int)kind] : 0;
}
