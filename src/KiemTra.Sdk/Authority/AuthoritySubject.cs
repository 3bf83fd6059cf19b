using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Authority;

/// <summary>Whom an activity is about (<i>đối tượng</i>): a party organisation or a member.</summary>
public readonly record struct AuthoritySubject
{
    private AuthoritySubject(OrganizationId? organization, MemberId? member)
    {
        OrganizationId = organization;
        MemberId = member;
    }

    /// <summary>The organisation, when the subject is an organisation.</summary>
    public OrganizationId? OrganizationId { get; }

    /// <summary>The member, when the subject is a member.</summary>
    public MemberId? MemberId { get; }

    /// <summary>Whether the subject is a member.</summary>
    public bool IsMember => MemberId is not null;

    /// <summary>A party organisation as subject.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default (empty) id.</exception>
    public static AuthoritySubject Organization(OrganizationId id)
        => id.Value.Length == 0 ? throw new ArgumentException("The subject organisation id is empty.", nameof(id)) : new(id, null);

    /// <summary>A member as subject.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default (empty) id.</exception>
    public static AuthoritySubject Member(MemberId id)
        => id.Value.Length == 0 ? throw new ArgumentException("The subject member id is empty.", nameof(id)) : new(null, id);

    /// <summary>Returns "organisation X" or "member Y".</summary>
    public override string ToString() => IsMember ? $"member {MemberId}" : $"organisation {OrganizationId}";
}
