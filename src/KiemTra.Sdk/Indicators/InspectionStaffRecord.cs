using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// One inspection staff member's year (<i>cán bộ làm công tác kiểm tra</i>): whether they were trained and whether
/// they meet the sector's criteria and competency framework. The id is an opaque key, never a name.
/// </summary>
/// <param name="Id">Opaque identifier of the staff member, unique with <paramref name="Year"/>.</param>
/// <param name="Organization">The organisation whose inspection commission employs them.</param>
/// <param name="Year">The year described.</param>
/// <param name="Trained">Whether they attended professional training in the year (<i>được đào tạo, bồi dưỡng</i>).</param>
/// <param name="MeetsStandards">Whether they meet the criteria and competency framework (<i>đảm bảo tiêu chí, tiêu chuẩn, khung năng lực</i>), or null when not assessed (MISSING).</param>
public sealed record InspectionStaffRecord(string Id, OrganizationId Organization, int Year, bool Trained, bool? MeetsStandards);
