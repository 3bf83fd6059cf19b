using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Register;

/// <summary>
/// One inspection staff member's year (<i>cán bộ làm công tác kiểm tra</i>): whether they were trained and whether
/// they meet the sector's criteria and competency framework. The id is an opaque key, never a name.
/// </summary>
/// <param name="Id">Opaque identifier of the staff member, unique with <paramref name="Year"/>.</param>
/// <param name="Organization">The organisation whose inspection commission employs them.</param>
/// <param name="Year">The year described.</param>
/// <param name="Trained">Whether they attended professional training in the year (<i>được đào tạo, bồi dưỡng</i>).</param>
/// <param name="MeetsStandards">Whether they meet the criteria and competency framework (<i>đảm bảo tiêu chí, tiêu chuẩn, khung năng lực</i>), or null when not assessed (MISSING).</param>
public sealed record InspectionStaffYear(RecordId<InspectionStaffYear> Id, OrganizationId Organization, int Year, bool Trained, bool? MeetsStandards)
{
    /// <summary>The specialised fields trained in during the year (codes such as personnel, land, natural resources, environment, finance, banking).</summary>
    public IReadOnlyList<string> TrainingFields { get; init; } = [];

    /// <summary>Whether the staff member was rotated to a complex locality or field during the year (<i>luân chuyển</i>).</summary>
    public bool Rotated { get; init; }

    /// <summary>Whether the staff member is newly elected to the commission this year (to be trained promptly).</summary>
    public bool NewlyElected { get; init; }
}
