using System.Collections.Immutable;

namespace KiemTra.Sdk.Organization;

/// <summary>
/// A body acting for an organisation (<i>chủ thể</i>): its committee, standing committee, inspection commission,
/// an advisory agency, or a cell acting as a whole; with the posts held in it.
/// </summary>
public sealed class Body
{
    internal Body(OrganizationId organization, BodyKind kind, AdvisoryAgencyKind? agency, LocalizedText name, ImmutableArray<Post> posts)
    {
        Organization = organization;
        Kind = kind;
        AdvisoryAgency = agency;
        Name = name;
        Posts = posts;
    }

    /// <summary>
    /// Creates a body as a host recorded it (e.g. read back from JSON); inside the SDK bodies come from
    /// <see cref="PartyDataset.BodiesOf"/>.
    /// </summary>
    /// <param name="organization">The organisation the body belongs to.</param>
    /// <param name="kind">The kind of body.</param>
    /// <param name="agency">The advisory agency, given exactly when <paramref name="kind"/> is <see cref="BodyKind.AdvisoryAgency"/>.</param>
    /// <param name="name">The name in Vietnamese and English.</param>
    /// <param name="posts">The posts held in the body; each in <paramref name="organization"/>.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="posts"/> is null.</exception>
    /// <exception cref="ArgumentException">The organisation is default, a kind is undefined, the agency does not match the kind, or a post is in another organisation.</exception>
    public static Body Create(OrganizationId organization, BodyKind kind, AdvisoryAgencyKind? agency, LocalizedText name, IEnumerable<Post> posts)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(posts);
        if (string.IsNullOrEmpty(organization.Value))
        {
            throw new ArgumentException("The organisation of a body must not be default.", nameof(organization));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Body kind {(int)kind} is not defined.", nameof(kind));
        }

        if (agency.HasValue != (kind == BodyKind.AdvisoryAgency) || (agency is { } a && !Enum.IsDefined(a)))
        {
            throw new ArgumentException($"A {kind} body {(kind == BodyKind.AdvisoryAgency ? "needs a defined" : "has no")} advisory agency kind (given: {agency?.ToString() ?? "null"}).", nameof(agency));
        }

        var list = posts.ToImmutableArray();
        foreach (var post in list)
        {
            if (post.Organization != organization || !Enum.IsDefined(post.Kind))
            {
                throw new ArgumentException($"Post {post.Kind} of member {post.Member} is in {post.Organization}, not in {organization}, or its kind is undefined.", nameof(posts));
            }
        }

        return new Body(organization, kind, agency, name, list);
    }

    /// <summary>The organisation the body belongs to.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The kind of body.</summary>
    public BodyKind Kind { get; }

    /// <summary>Which advisory agency, when <see cref="Kind"/> is <see cref="BodyKind.AdvisoryAgency"/>.</summary>
    public AdvisoryAgencyKind? AdvisoryAgency { get; }

    /// <summary>
    /// The body's id, by which facts of the register name it (<see cref="Register.Meeting.BodyId"/>,
    /// <see cref="Register.IssuedDocument.BodyId"/>…): the organisation's id and a suffix for the kind — <c>.CU</c> the
    /// committee, <c>.BTV</c> the standing committee, <c>.UBKT</c> the inspection commission, <c>.CB</c> a cell acting as a
    /// whole, <c>.TM-</c> and the agency for an advisory agency (<c>TN.UBKT</c>, <c>TN.TM-Organization</c>).
    /// </summary>
    public RecordId<Body> Id => RecordId<Body>.FromValidated(Indicators.EvaluationTree.BodyId(Organization, Kind, AdvisoryAgency));

    /// <summary>The body's name, e.g. "Ủy ban kiểm tra Đảng ủy xã Phú Bình".</summary>
    public LocalizedText Name { get; }

    /// <summary>The posts held in the body (commission: chair, deputies, members; committee: head, deputies, members).</summary>
    public ImmutableArray<Post> Posts { get; }

    /// <summary>The number of people holding a post in the body.</summary>
    public int Size => Posts.Select(p => p.Member).Distinct().Count();

    /// <summary>The commission chair (<i>chủ nhiệm</i>) or the head (<i>bí thư</i>) of the body, or null when vacant.</summary>
    public MemberId? Chair => Posts.Where(p => p.Kind is PostKind.CommissionChair or PostKind.Head).Select(p => (MemberId?)p.Member).FirstOrDefault();

    /// <summary>The deputy chairs (<i>phó chủ nhiệm</i>) or deputy heads (<i>phó bí thư</i>).</summary>
    public ImmutableArray<MemberId> Deputies => [.. Posts.Where(p => p.Kind is PostKind.CommissionDeputyChair or PostKind.DeputyHead).Select(p => p.Member).Distinct()];

    /// <summary>The number of people holding a full-time post in the body (<i>chuyên trách</i>).</summary>
    public int FullTimeCount => Posts.Where(p => p.FullTime).Select(p => p.Member).Distinct().Count();

    /// <summary>Returns the Vietnamese name.</summary>
    public override string ToString() => Name.Vietnamese;
}
