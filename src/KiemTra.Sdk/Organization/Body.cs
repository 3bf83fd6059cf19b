using System.Collections.Immutable;

namespace KiemTra.Sdk.Organization;

/// <summary>
/// A body acting for an organisation (<i>chủ thể</i>, R-H3): its committee, standing committee, inspection commission,
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

    /// <summary>The organisation the body belongs to.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The kind of body.</summary>
    public BodyKind Kind { get; }

    /// <summary>Which advisory agency, when <see cref="Kind"/> is <see cref="BodyKind.AdvisoryAgency"/>.</summary>
    public AdvisoryAgencyKind? AdvisoryAgency { get; }

    /// <summary>The body's name, e.g. "Ủy ban kiểm tra Đảng ủy xã Phú Bình".</summary>
    public LocalizedText Name { get; }

    /// <summary>The posts held in the body (commission: chair, deputies, members; committee: head, deputies, members).</summary>
    public ImmutableArray<Post> Posts { get; }

    /// <summary>The number of people holding a post in the body.</summary>
    public int Size => Posts.Select(p => p.Member).Distinct().Count();

    /// <summary>Returns the Vietnamese name.</summary>
    public override string ToString() => Name.Vietnamese;
}
