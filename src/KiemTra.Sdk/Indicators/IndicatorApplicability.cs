using System.Collections.Immutable;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Which units an indicator counts (<i>đối tượng áp dụng</i>): organisations of some kinds, or one kind of
/// body in them (every inspection commission, every advisory agency), optionally only the organisations
/// below the evaluated scope ("mỗi tổ chức, đơn vị trực thuộc").
/// </summary>
public sealed class IndicatorApplicability
{
    private readonly bool[] _kinds;

    private IndicatorApplicability(ImmutableArray<OrganizationKind> kinds, BodyKind? body, bool subordinatesOnly)
    {
        OrganizationKinds = kinds;
        Body = body;
        SubordinatesOnly = subordinatesOnly;
        _kinds = new bool[Enum.GetValues<OrganizationKind>().Max(k => (int)k) + 1];
        foreach (var k in kinds)
        {
            _kinds[(int)k] = true;
        }
    }

    /// <summary>The kinds of organisation counted; empty means every kind.</summary>
    public ImmutableArray<OrganizationKind> OrganizationKinds { get; }

    /// <summary>The kind of body counted in each organisation, or null when the organisation itself is the unit.</summary>
    public BodyKind? Body { get; }

    /// <summary>Whether the evaluated scope's own organisation is left out (only its subordinates count).</summary>
    public bool SubordinatesOnly { get; }

    /// <summary>Creates an applicability.</summary>
    /// <param name="organizationKinds">Kinds counted; empty for every kind.</param>
    /// <param name="body">The kind of body counted, or null.</param>
    /// <param name="subordinatesOnly">Whether to leave out the scope's own organisation.</param>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined.</exception>
    public static IndicatorApplicability Of(IEnumerable<OrganizationKind> organizationKinds, BodyKind? body = null, bool subordinatesOnly = false)
    {
        ArgumentNullException.ThrowIfNull(organizationKinds);
        var kinds = organizationKinds.Distinct().Order().ToImmutableArray();
        foreach (var k in kinds)
        {
            if (!Enum.IsDefined(k))
            {
                throw new ArgumentOutOfRangeException(nameof(organizationKinds), k, "Unknown organisation kind.");
            }
        }

        if (body is { } b && !Enum.IsDefined(b))
        {
            throw new ArgumentOutOfRangeException(nameof(body), b, "Unknown body kind.");
        }

        return new IndicatorApplicability(kinds, body, subordinatesOnly);
    }

    /// <summary>Whether an organisation of <paramref name="kind"/> is counted (before looking at bodies).</summary>
    public bool Includes(OrganizationKind kind) => OrganizationKinds.IsEmpty || ((int)kind < _kinds.Length && _kinds[(int)kind]);

    /// <summary>Whether <paramref name="other"/> selects the same units: the same kinds (both are sorted and distinct), body kind and scope rule.</summary>
    internal bool SelectsSameUnitsAs(IndicatorApplicability other)
        => ReferenceEquals(this, other)
        || (Body == other.Body && SubordinatesOnly == other.SubordinatesOnly && OrganizationKinds.AsSpan().SequenceEqual(other.OrganizationKinds.AsSpan()));
}
