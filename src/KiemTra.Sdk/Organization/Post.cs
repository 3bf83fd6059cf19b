namespace KiemTra.Sdk.Organization;

/// <summary>A post held by a member in an organisation's bodies (<i>chức vụ đảm nhiệm</i>).</summary>
/// <param name="Member">The member holding the post.</param>
/// <param name="Organization">The organisation whose body the post belongs to.</param>
/// <param name="Kind">The post.</param>
/// <param name="FullTime">Whether the post is held full-time (<i>chuyên trách</i>).</param>
public readonly record struct Post(MemberId Member, OrganizationId Organization, PostKind Kind, bool FullTime);
