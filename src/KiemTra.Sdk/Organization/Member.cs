using System.Collections.Immutable;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Organization;

/// <summary>
/// A party member as the rules need them (<i>đảng viên</i>): status, admission date, the organisation that directly
/// manages them, the committee that manages them as a cadre, whether they are local to their commune, and posts.
/// No other personal data: a display name at most.
/// </summary>
public sealed class Member
{
    internal Member(MemberId id, string displayName, OrganizationId organization, MemberStatus status, LocalDate admittedOn, OrganizationId? cadreCommittee, bool? isLocal, ImmutableArray<Post> posts)
    {
        Id = id;
        DisplayName = displayName;
        Organization = organization;
        Status = status;
        AdmittedOn = admittedOn;
        CadreCommittee = cadreCommittee;
        IsLocal = isLocal;
        Posts = posts;
    }

    /// <summary>
    /// Creates a member as a host recorded it (e.g. read back from JSON); inside the SDK members come from a
    /// <see cref="PartyDataset"/> (<see cref="PartyDatasetBuilder.AddMember"/>).
    /// </summary>
    /// <param name="id">The member id.</param>
    /// <param name="displayName">The name shown (not empty).</param>
    /// <param name="organization">The organisation the member belongs to.</param>
    /// <param name="status">Full or probationary.</param>
    /// <param name="admittedOn">The day of admission.</param>
    /// <param name="cadreCommittee">The committee that manages the member as a cadre, or null.</param>
    /// <param name="isLocal">Whether the member is local, or null when not recorded.</param>
    /// <param name="posts">The member's posts; each for <paramref name="id"/>.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="displayName"/> or <paramref name="posts"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is default, the name is empty or too long, the status is undefined, or a post belongs to another member.</exception>
    public static Member Create(MemberId id, string displayName, OrganizationId organization, MemberStatus status, LocalDate admittedOn, OrganizationId? cadreCommittee, bool? isLocal, IEnumerable<Post> posts)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(posts);
        // Each default id is named by its own parameter: a host restoring a record needs to know which field was empty.
        if (string.IsNullOrEmpty(id.Value))
        {
            throw new ArgumentException("The member id must not be default.", nameof(id));
        }

        if (string.IsNullOrEmpty(organization.Value))
        {
            throw new ArgumentException($"The organisation of member {id} must not be default.", nameof(organization));
        }

        if (cadreCommittee is { } cadre && string.IsNullOrEmpty(cadre.Value))
        {
            throw new ArgumentException($"The cadre committee of member {id}, when given, must not be default.", nameof(cadreCommittee));
        }

        if (string.IsNullOrWhiteSpace(displayName) || displayName.Length > InputRules.MaxStringLength)
        {
            throw new ArgumentException($"The display name of member {id} must be non-empty and at most {InputRules.MaxStringLength} characters (it has {displayName.Length}).", nameof(displayName));
        }

        if (!Enum.IsDefined(status))
        {
            throw new ArgumentException($"Member status {(int)status} is not defined.", nameof(status));
        }

        var list = posts.ToImmutableArray();
        foreach (var post in list)
        {
            if (post.Member != id || !Enum.IsDefined(post.Kind))
            {
                throw new ArgumentException($"Post {post.Kind} in {post.Organization} belongs to member {post.Member}, not {id}, or its kind is undefined.", nameof(posts));
            }
        }

        return new Member(id, displayName.Trim(), organization, status, admittedOn, cadreCommittee, isLocal, list);
    }

    /// <summary>The opaque identifier.</summary>
    public MemberId Id { get; }

    /// <summary>A display name (may be a pseudonym).</summary>
    public string DisplayName { get; }

    /// <summary>The organisation that directly manages the member (<i>tổ chức đảng trực tiếp quản lý</i>), normally a cell.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Full or probationary, as recorded.</summary>
    public MemberStatus Status { get; }

    /// <summary>The date of admission (<i>ngày vào Đảng</i>).</summary>
    public LocalDate AdmittedOn { get; }

    /// <summary>The organisation whose committee manages the member as a cadre (<i>thuộc diện cấp ủy... quản lý</i>), or null.</summary>
    public OrganizationId? CadreCommittee { get; }

    /// <summary>Whether the member is a local person of the commune where they serve, or null when not recorded.</summary>
    public bool? IsLocal { get; }

    /// <summary>The posts held.</summary>
    public ImmutableArray<Post> Posts { get; }

    /// <summary>The end of probation: admission plus the probation period in force on the admission date (<c>member.probation</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="RuleNotFoundException">No probation rule was in force on the admission date.</exception>
    public LocalDate ProbationEndsOn(RuleBook rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var probation = rules.Resolve("member.probation", AdmittedOn).Value.AsDuration();
        return PartyDataset.Add(AdmittedOn, probation);
    }

    /// <summary>Returns "id (display name)".</summary>
    public override string ToString() => $"{Id} ({DisplayName})";
}
