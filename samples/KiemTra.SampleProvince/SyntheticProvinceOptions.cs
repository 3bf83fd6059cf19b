using KiemTra.Sdk;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.SampleProvince;

/// <summary>
/// The size and identity of a synthetic province (<i>tham số tỉnh giả lập</i>). <see cref="ThaiNguyen2025"/> reproduces the
/// figures of Thái Nguyên in 10/2025 (seed 002, R-H1) exactly.
/// </summary>
public sealed record SyntheticProvinceOptions
{
    private SyntheticProvinceOptions(string code, string name, LocalDate snapshotDate, ulong seed, int communes, int wards, int grassrootsCommittees, int grassrootsCells, int subCommittees, int cells, int members, bool examples)
    {
        Code = code;
        Name = name;
        SnapshotDate = snapshotDate;
        Seed = seed;
        Communes = communes;
        Wards = wards;
        GrassrootsCommittees = grassrootsCommittees;
        GrassrootsCells = grassrootsCells;
        SubCommittees = subCommittees;
        Cells = cells;
        Members = members;
        Examples = examples;
    }

    /// <summary>Thái Nguyên, 31/10/2025: 96 directly-subordinate committees (77 communes, 15 wards and 4 provincial blocs),
    /// 247 grassroots committees, 512 grassroots cells, 40 sub-committees, 5,697 cells, 140,429 members; seed 20251031.</summary>
    public static SyntheticProvinceOptions ThaiNguyen2025 { get; } =
        new("TN", "Thái Nguyên", new LocalDate(2025, 10, 31), 20251031UL, 77, 15, 247, 512, 40, 5697, 140_429, true);

    /// <summary>The number of provincial blocs added to communes and wards: the Provincial People's Committee party
    /// organisation, the party agencies, the police and the military.</summary>
    public const int ProvincialBlocs = 4;

    /// <summary>The province code used as id prefix, e.g. <c>TN</c>.</summary>
    public string Code { get; }

    /// <summary>The province name, e.g. <c>Thái Nguyên</c>.</summary>
    public string Name { get; }

    /// <summary>The date the data describes.</summary>
    public LocalDate SnapshotDate { get; }

    /// <summary>The seed of the generator: the same options give the same dataset.</summary>
    public ulong Seed { get; }

    /// <summary>Commune party committees (<i>đảng bộ xã</i>).</summary>
    public int Communes { get; }

    /// <summary>Ward party committees (<i>đảng bộ phường</i>).</summary>
    public int Wards { get; }

    /// <summary>Directly-subordinate committees: communes, wards and the <see cref="ProvincialBlocs"/> blocs.</summary>
    public int DirectlySubordinate => Communes + Wards + ProvincialBlocs;

    /// <summary>Grassroots committees (<i>đảng bộ cơ sở</i>).</summary>
    public int GrassrootsCommittees { get; }

    /// <summary>Grassroots cells (<i>chi bộ cơ sở</i>).</summary>
    public int GrassrootsCells { get; }

    /// <summary>Sub-committees (<i>đảng bộ bộ phận</i>).</summary>
    public int SubCommittees { get; }

    /// <summary>Cells (<i>chi bộ trực thuộc</i>).</summary>
    public int Cells { get; }

    /// <summary>Members.</summary>
    public int Members { get; }

    /// <summary>Whether to add the examples: lineage (a pre-2025 district dissolved and its two communes merged into a new commune, a dissolved cell) and a few realistic findings (a cell down to two full members, a commune commission chair who is a local person).</summary>
    public bool Examples { get; }

    /// <summary>Creates options for a province of any size.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not a valid id prefix or the name is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range, or the counts cannot be arranged under the rules
    /// (each grassroots committee needs 3 cells and 30 members, each sub-committee 2 cells, each unit at least 3 members,
    /// each grassroots cell at most 29).</exception>
    public static SyntheticProvinceOptions Create(string code, string name, LocalDate snapshotDate, ulong seed, int communes, int wards, int grassrootsCommittees, int grassrootsCells, int subCommittees, int cells, int members, bool examples = false)
    {
        ArgumentNullException.ThrowIfNull(code);
        try
        {
            _ = OrganizationId.From(code);
        }
        catch (ArgumentException ex)
        {
            // Name this method's parameter, not OrganizationId.From's 'value'.
            throw new ArgumentException(ex.Message.Split(" (Parameter", 2)[0], nameof(code), ex);
        }

        if (code.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The province code '{code}' must not contain '.'.", nameof(code));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("The province name must not be empty.", nameof(name));
        }

        Positive(communes + wards, nameof(communes));
        NotNegative(communes, nameof(communes));
        NotNegative(wards, nameof(wards));
        NotNegative(grassrootsCommittees, nameof(grassrootsCommittees));
        NotNegative(grassrootsCells, nameof(grassrootsCells));
        NotNegative(subCommittees, nameof(subCommittees));
        if (subCommittees > grassrootsCommittees * 2)
        {
            throw new ArgumentOutOfRangeException(nameof(subCommittees), subCommittees, $"At most two sub-committees per grassroots committee ({grassrootsCommittees * 2}).");
        }

        var minimumCells = (grassrootsCommittees * 3) + (subCommittees * 2) + ((communes + wards) * (examples ? 2 : 1));
        if (cells < minimumCells)
        {
            throw new ArgumentOutOfRangeException(nameof(cells), cells, $"At least {minimumCells} cells are needed for these committees.");
        }

        var minimumMembers = (grassrootsCommittees * 30) + ((cells + grassrootsCells) * 5);
        var maximumMembers = (grassrootsCells * 29) + (cells * 200);
        if (members < minimumMembers || members > maximumMembers)
        {
            throw new ArgumentOutOfRangeException(nameof(members), members, $"Between {minimumMembers} and {maximumMembers} members fit these organisations.");
        }

        return new SyntheticProvinceOptions(code, name, snapshotDate, seed, communes, wards, grassrootsCommittees, grassrootsCells, subCommittees, cells, members, examples);
    }

    private static void Positive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be positive.");
        }
    }

    private static void NotNegative(int value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must not be negative.");
        }
    }
}
