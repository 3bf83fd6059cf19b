using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// An organisation or member that inspection, supervision or discipline work is about (<i>đối tượng kiểm tra, giám sát,
/// kỷ luật</i>): the subjects of a case, and the subject the authority rules decide about
/// (<see cref="Authority.AuthorityRules.Decide"/>).
/// </summary>
public sealed record OversightSubject
{
    private OversightSubject(OrganizationId? organization, MemberId? member, bool isCommitteeMember = false)
    {
        Organization = organization;
        Member = member;
        IsCommitteeMember = isCommitteeMember;
    }

    /// <summary>For a member: whether they sit on a party committee (<i>cấp ủy viên</i>), counted apart in statistics.</summary>
    public bool IsCommitteeMember { get; }

    /// <summary>The organisation, if the subject is one.</summary>
    public OrganizationId? Organization { get; }

    /// <summary>The member, if the subject is one.</summary>
    public MemberId? Member { get; }

    /// <summary>The identifier text.</summary>
    public string Id => Organization?.Value ?? Member?.Value ?? string.Empty;

    /// <summary>An organisation as subject.</summary>
    /// <exception cref="ArgumentException">The id is default.</exception>
    public static OversightSubject Of(OrganizationId organization) =>
        organization.Value.Length == 0 ? throw new ArgumentException("The organisation id must not be default.", nameof(organization)) : new(organization, null);

    /// <summary>A member as subject.</summary>
    /// <exception cref="ArgumentException">The id is default.</exception>
    public static OversightSubject Of(MemberId member) => Of(member, isCommitteeMember: false);

    /// <summary>A member as subject, saying whether they sit on a party committee (<i>cấp ủy viên</i>).</summary>
    /// <param name="member">The member.</param>
    /// <param name="isCommitteeMember">Whether they are a committee member.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException">The id is default.</exception>
    public static OversightSubject Of(MemberId member, bool isCommitteeMember) =>
        member.Value.Length == 0 ? throw new ArgumentException("The member id must not be default.", nameof(member)) : new(null, member, isCommitteeMember);

    /// <summary>Returns the identifier with its kind.</summary>
    public override string ToString() => Organization is not null ? $"tổ chức / organisation {Id}" : $"đảng viên / member {Id}";
}
