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

    /// <summary>The organisation whose committee manages the member as a cadre (<i>thuộc diện cấp ủy ... quản lý</i>), or null (R-H4).</summary>
    public OrganizationId? CadreCommittee { get; }

    /// <summary>Whether the member is a local person of the commune where they serve (R-H6), or null when not recorded.</summary>
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
