using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// The organisation or member a disciplinary measure is about (<i>đối tượng bị kỷ luật</i>), with the
/// facts that decide which forms apply (whether a member holds a post) and how statistics count it.
/// </summary>
public sealed record DisciplineSubject
{
    private DisciplineSubject(DisciplineSubjectKind kind, OrganizationId? organization, MemberId? member, bool holdsPost, bool isCommitteeMember)
    {
        Kind = kind;
        Organization = organization;
        Member = member;
        HoldsPost = holdsPost;
        IsCommitteeMember = isCommitteeMember;
    }

    /// <summary>Organisation, full member or probationary member: it decides the scale of forms.</summary>
    internal DisciplineSubjectKind Kind { get; }

    /// <summary>The organisation, when the subject is an organisation.</summary>
    public OrganizationId? Organization { get; }

    /// <summary>The member, when the subject is a member.</summary>
    public MemberId? Member { get; }

    /// <summary>Whether the member holds a post (<i>giữ chức vụ</i>), which removal from post requires.</summary>
    public bool HoldsPost { get; }

    /// <summary>Whether the member is a committee member (<i>cấp ủy viên</i>); counted separately in statistics.</summary>
    public bool IsCommitteeMember { get; }

    /// <summary>The identifier text of the organisation or member.</summary>
    public string Id => Organization?.Value ?? Member?.Value ?? string.Empty;

    /// <summary>Whether the subject is a member (full or probationary).</summary>
    public bool IsMember => Kind != DisciplineSubjectKind.Organization;

    /// <summary>
    /// Whether the subject is a probationary member (<i>đảng viên dự bị</i>), whose scale stops at warning; false for a
    /// full member and for an organisation.
    /// </summary>
    public bool IsProbationary => Kind == DisciplineSubjectKind.ProbationaryMember;

    /// <summary>A party organisation as subject.</summary>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public static DisciplineSubject OfOrganization(OrganizationId organization)
    {
        if (organization.Value.Length == 0)
        {
            throw new ArgumentException("The organisation id must not be default.", nameof(organization));
        }

        return new DisciplineSubject(DisciplineSubjectKind.Organization, organization, null, false, false);
    }

    /// <summary>A full member as subject.</summary>
    /// <param name="member">The member.</param>
    /// <param name="holdsPost">Whether the member holds a post (party, state or mass-organisation office).</param>
    /// <param name="isCommitteeMember">Whether the member sits on a party committee (<i>cấp ủy viên</i>).</param>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public static DisciplineSubject OfFullMember(MemberId member, bool holdsPost, bool isCommitteeMember = false)
    {
        RequireMember(member);
        return new DisciplineSubject(DisciplineSubjectKind.FullMember, null, member, holdsPost, isCommitteeMember);
    }

    /// <summary>A probationary member as subject (a probationary member holds no committee seat).</summary>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public static DisciplineSubject OfProbationaryMember(MemberId member, bool holdsPost = false)
    {
        RequireMember(member);
        return new DisciplineSubject(DisciplineSubjectKind.ProbationaryMember, null, member, holdsPost, false);
    }

    /// <summary>Returns e.g. "đảng viên chính thức (full member) M-001".</summary>
    public override string ToString() => $"{DisciplineNames.Of(Kind)} {Id}";

    private static void RequireMember(MemberId member)
    {
        if (member.Value.Length == 0)
        {
            throw new ArgumentException("The member id must not be default.", nameof(member));
        }
    }
}
