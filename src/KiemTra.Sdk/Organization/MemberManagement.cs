namespace KiemTra.Sdk.Organization;

/// <summary>Who manages a member: the organisation that directly manages them and the committee that manages them as a cadre.</summary>
/// <param name="Member">The member.</param>
/// <param name="DirectOrganization">The organisation that directly manages the member (<i>tổ chức đảng trực tiếp quản lý</i>).</param>
/// <param name="CadreCommittee">The organisation whose committee manages the member as a cadre, or null.</param>
public readonly record struct MemberManagement(MemberId Member, OrganizationId DirectOrganization, OrganizationId? CadreCommittee);
