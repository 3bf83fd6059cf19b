namespace KiemTra.Sdk.Organization;

/// <summary>
/// Kind of party organisation (<i>loại tổ chức đảng</i>). The level of an organisation in the tree
/// follows from its kind and its parent; delegated "powers of the level above grassroots" are a
/// property of the organisation, not a kind.
/// </summary>
public enum OrganizationKind
{
    /// <summary>Provincial (or centrally-run city) party organisation (<i>Đảng bộ tỉnh/thành phố</i>), led by the <i>Tỉnh ủy</i>.</summary>
    Province = 1,

    /// <summary>District-level party organisation before 1/7/2025 (<i>huyện ủy, thị ủy, thành ủy</i>).</summary>
    District = 2,

    /// <summary>Commune party committee directly under the province (<i>đảng bộ xã</i>).</summary>
    Commune = 3,

    /// <summary>Ward party committee directly under the province (<i>đảng bộ phường</i>).</summary>
    Ward = 4,

    /// <summary>Special-zone party committee (<i>đảng bộ đặc khu</i>).</summary>
    SpecialZone = 5,

    /// <summary>Party organisation of the Provincial People's Committee (<i>Đảng bộ Ủy ban nhân dân tỉnh</i>).</summary>
    PeoplesCommitteeOrganization = 6,

    /// <summary>Party committee of the provincial party agencies (<i>Đảng bộ các cơ quan Đảng tỉnh</i>).</summary>
    PartyAgencies = 7,

    /// <summary>Provincial police party committee (<i>Đảng bộ Công an tỉnh</i>).</summary>
    Police = 8,

    /// <summary>Provincial military party committee (<i>Đảng bộ Quân sự tỉnh</i>).</summary>
    Military = 9,

    /// <summary>Enterprise party committee directly under the province (<i>đảng bộ doanh nghiệp trực thuộc</i>).</summary>
    Enterprise = 10,

    /// <summary>Grassroots party committee, 30 members or more (<i>đảng bộ cơ sở</i>).</summary>
    GrassrootsCommittee = 11,

    /// <summary>Grassroots party cell, fewer than 30 members (<i>chi bộ cơ sở</i>).</summary>
    GrassrootsCell = 12,

    /// <summary>Sub-committee within a grassroots committee (<i>đảng bộ bộ phận</i>).</summary>
    SubCommittee = 13,

    /// <summary>Cell under a grassroots committee or sub-committee (<i>chi bộ trực thuộc</i>).</summary>
    Cell = 14,

    /// <summary>Party group within a cell (<i>tổ đảng</i>).</summary>
    PartyGroup = 15,
}
