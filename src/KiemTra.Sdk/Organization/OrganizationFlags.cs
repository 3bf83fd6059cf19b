namespace KiemTra.Sdk.Organization;

/// <summary>
/// How a <see cref="PartyDataset"/> stores, in one byte per organisation, the facts of its structure not implied by its
/// kind (<i>đặc điểm tổ chức</i>); the public API states them as <see cref="PartyOrganization.HasBody"/>
/// (<see cref="BodyKind.StandingCommittee"/>, <see cref="BodyKind.InspectionCommission"/>),
/// <see cref="PartyOrganization.HasCellCommittee"/> and <see cref="PartyOrganization.HasDelegatedPowers"/>, and lists
/// them by name as <see cref="PartyOrganization.Features"/>. The declaration order below is that list's order (the one
/// order every writer of the features uses).
/// </summary>
[Flags]
internal enum OrganizationFlags
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Holds the powers of the level above grassroots by delegation (<i>được giao quyền cấp trên cơ sở</i>).</summary>
    DelegatedPowers = 1,

    /// <summary>Has a standing committee (<i>ban thường vụ</i>).</summary>
    StandingCommittee = 2,

    /// <summary>Has an inspection commission (<i>ủy ban kiểm tra</i>).</summary>
    InspectionCommission = 4,

    /// <summary>A cell with a cell committee (<i>chi ủy</i>).</summary>
    CellCommittee = 8,
}
