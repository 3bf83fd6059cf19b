using System.Globalization;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Testing;

/// <summary>
/// Builds a small province over <see cref="PartyDatasetBuilder"/> in a few lines (<i>dựng một tỉnh nhỏ cho kiểm thử</i>):
/// communes or wards, each with cells of full members, a commission chair and a secretary where asked. Ids follow the
/// pattern <c>PROVINCE.X01</c> (commune), <c>PROVINCE.X01.CB01</c> (cell), <c>PROVINCE.X01.CB01.M01</c> (member).
/// Not thread-safe.
/// </summary>
/// <example>
/// <code>
/// PartyDataset dataset = ProvinceBuilder.Create(OrganizationId.From("TN"), "Đảng bộ tỉnh Thái Nguyên", new LocalDate(2026, 1, 1))
///     .Commune("Đảng bộ xã Đồng Hỷ", cells: 3, membersPerCell: 5)
///     .Ward("Đảng bộ phường Phan Đình Phùng", cells: 2, membersPerCell: 4)
///     .Build();
/// </code>
/// </example>
public sealed class ProvinceBuilder
{
    private readonly PartyDatasetBuilder _builder;
    private readonly string _code;
    private readonly LocalDate _founded;
    private int _units;

    private ProvinceBuilder(OrganizationId provinceId, string name, LocalDate snapshotDate)
    {
        _code = provinceId.Value;
        _founded = new LocalDate(2025, 7, 1); // the 2025 reorganisation: communes and wards under the province
        _builder = new PartyDatasetBuilder($"test province {_code}", snapshotDate, source: "ProvinceBuilder");
        _builder.AddOrganization(provinceId, name, OrganizationKind.Province, null, new LocalDate(1997, 1, 1));
    }

    /// <summary>The underlying builder, for anything the shortcuts do not cover (posts, lineage, other kinds).</summary>
    public PartyDatasetBuilder Dataset => _builder;

    /// <summary>Starts a province.</summary>
    /// <param name="provinceId">The province's id, e.g. <c>TN</c>; the ids of its units, cells and members start with it.</param>
    /// <param name="name">The province committee's name.</param>
    /// <param name="snapshotDate">The date the dataset describes (on or after 2025-07-01).</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    /// <exception cref="KiemTra.Sdk.Diagnostics.DataFormatException">The name is empty.</exception>
    public static ProvinceBuilder Create(OrganizationId provinceId, string name, LocalDate snapshotDate)
        => new(Ids.Required(provinceId, nameof(provinceId)), name, snapshotDate);

    /// <summary>Adds a commune committee with <paramref name="cells"/> cells of <paramref name="membersPerCell"/> full members.</summary>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is less than 1 or more than 99.</exception>
    public ProvinceBuilder Commune(string name, int cells, int membersPerCell) => AddUnit(name, OrganizationKind.Commune, cells, membersPerCell);

    /// <summary>Adds a ward committee with <paramref name="cells"/> cells of <paramref name="membersPerCell"/> full members.</summary>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is less than 1 or more than 99.</exception>
    public ProvinceBuilder Ward(string name, int cells, int membersPerCell) => AddUnit(name, OrganizationKind.Ward, cells, membersPerCell);

    /// <summary>Builds the dataset.</summary>
    /// <returns>The immutable dataset.</returns>
    /// <exception cref="KiemTra.Sdk.Diagnostics.DataFormatException">The data is inconsistent.</exception>
    public PartyDataset Build() => _builder.Build();

    private ProvinceBuilder AddUnit(string name, OrganizationKind kind, int cells, int membersPerCell)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cells, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cells, 99);
        ArgumentOutOfRangeException.ThrowIfLessThan(membersPerCell, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(membersPerCell, 99);
        _units++;
        var unitId = $"{_code}.{(kind == OrganizationKind.Ward ? "P" : "X")}{Two(_units)}";
        _builder.AddOrganization(OrganizationId.From(unitId), name, kind, OrganizationId.From(_code), _founded);
        for (var c = 1; c <= cells; c++)
        {
            var cellId = $"{unitId}.CB{Two(c)}";
            _builder.AddOrganization(OrganizationId.From(cellId), $"Chi bộ số {c}", OrganizationKind.Cell, OrganizationId.From(unitId), _founded);
            for (var m = 1; m <= membersPerCell; m++)
            {
                _builder.AddMember(MemberId.From($"{cellId}.M{Two(m)}"), $"Đảng viên {c}.{m}", OrganizationId.From(cellId), MemberStatus.Full, new LocalDate(2000 + m, 1, 1));
            }
        }

        return this;
    }

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);
}
