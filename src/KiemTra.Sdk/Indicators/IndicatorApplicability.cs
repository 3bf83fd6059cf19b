using System.Collections.Immutable;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Which units an indicator counts (<i>đối tượng áp dụng</i>): organisations of some kinds, or one kind of
/// body in them (every inspection commission, every advisory agency), optionally only the organisations
/// below the evaluated scope ("mỗi tổ chức, đơn vị trực thuộc"), optionally leaving out advisory agencies of some kinds
/// (Thái Nguyên's advisory-agency targets name four provincial agencies, not the inspection commission's office).
/// </summary>
public sealed class IndicatorApplicability
{
    private readonly bool[] _kinds;

    private IndicatorApplicability(ImmutableArray<OrganizationKind> kinds, BodyKind? body, bool subordinatesOnly, ImmutableArray<AdvisoryAgencyKind> excludedAgencies)
    {
        OrganizationKinds = kinds;
        Body = body;
        SubordinatesOnly = subordinatesOnly;
        ExcludedAgencies = excludedAgencies;
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

    /// <summary>
    /// The kinds of advisory agency left out when <see cref="Body"/> is <see cref="BodyKind.AdvisoryAgency"/> (e.g. the
    /// inspection commission's office); empty when every advisory agency counts. A body whose agency kind is not known
    /// (a data set that does not say) is counted.
    /// </summary>
    public ImmutableArray<AdvisoryAgencyKind> ExcludedAgencies { get; }

    /// <summary>Creates an applicability.</summary>
    /// <param name="organizationKinds">Kinds counted; empty for every kind.</param>
    /// <param name="body">The kind of body counted, or null.</param>
    /// <param name="subordinatesOnly">Whether to leave out the scope's own organisation.</param>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined.</exception>
    public static IndicatorApplicability Of(IEnumerable<OrganizationKind> organizationKinds, BodyKind? body = null, bool subordinatesOnly = false)
        => Of(organizationKinds, body, subordinatesOnly, []);

    /// <summary>Creates an applicability that leaves out advisory agencies of some kinds.</summary>
    /// <param name="organizationKinds">Kinds counted; empty for every kind.</param>
    /// <param name="body">The kind of body counted, or null.</param>
    /// <param name="subordinatesOnly">Whether to leave out the scope's own organisation.</param>
    /// <param name="excludedAgencies">Advisory-agency kinds not counted; only allowed when <paramref name="body"/> is <see cref="BodyKind.AdvisoryAgency"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined.</exception>
    /// <exception cref="ArgumentException">Agencies are excluded but the units are not advisory agencies.</exception>
    public static IndicatorApplicability Of(IEnumerable<OrganizationKind> organizationKinds, BodyKind? body, bool subordinatesOnly, IEnumerable<AdvisoryAgencyKind> excludedAgencies)
    {
        ArgumentNullException.ThrowIfNull(organizationKinds);
        ArgumentNullException.ThrowIfNull(excludedAgencies);
        var excluded = excludedAgencies.Distinct().Order().ToImmutableArray();
        foreach (var a in excluded)
        {
            if (!Enum.IsDefined(a))
            {
                throw new ArgumentOutOfRangeException(nameof(excludedAgencies), a, "Unknown advisory agency kind.");
            }
        }

        if (!excluded.IsEmpty && body != BodyKind.AdvisoryAgency)
        {
            throw new ArgumentException($"Advisory agencies ({string.Join(", ", excluded)}) can be excluded only when the units are advisory agencies, not {body?.ToString() ?? "organisations"}.", nameof(excludedAgencies));
        }

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

        return new IndicatorApplicability(kinds, body, subordinatesOnly, excluded);
    }

    /// <summary>Whether an organisation of <paramref name="kind"/> is counted (before looking at bodies).</summary>
    public bool Includes(OrganizationKind kind) => OrganizationKinds.IsEmpty || ((int)kind < _kinds.Length && _kinds[(int)kind]);

    /// <summary>Whether <paramref name="body"/> is a unit, given that its organisation is: its kind is <see cref="Body"/> and its agency kind is not excluded.</summary>
    internal bool CountsBody(EvaluationBody body)
        => body.Kind == Body && (ExcludedAgencies.IsEmpty || body.Agency is not { } agency || !ExcludedAgencies.Contains(agency));

    /// <summary>Whether <paramref name="other"/> selects the same units: the same kinds (both are sorted and distinct), body kind, excluded agencies and scope rule.</summary>
    internal bool SelectsSameUnitsAs(IndicatorApplicability other)
        => ReferenceEquals(this, other)
        || (Body == other.Body && SubordinatesOnly == other.SubordinatesOnly && OrganizationKinds.AsSpan().SequenceEqual(other.OrganizationKinds.AsSpan())
            && ExcludedAgencies.AsSpan().SequenceEqual(other.ExcludedAgencies.AsSpan()));
}
