using System.Globalization;
using System.Collections.Immutable;
using NodaTime;

namespace KiemTra.Sdk.Organization;

/// <summary>
/// A party organisation as recorded in a <see cref="PartyDataset"/> (<i>tổ chức đảng</i>): kind, parent, life span,
/// lineage, the bodies it has beyond its kind (standing committee, inspection commission), a cell committee, delegated
/// powers and advisory agencies. A snapshot view; the dataset holds the data in compact arrays.
/// </summary>
public sealed class PartyOrganization
{
    internal PartyOrganization(
        OrganizationId id,
        string name,
        OrganizationKind kind,
        OrganizationId? parent,
        LocalDate createdOn,
        LocalDate? endedOn,
        OrganizationFlags flags,
        ImmutableArray<AdvisoryAgencyKind> advisoryAgencies,
        ImmutableArray<LineageEvent> lineage,
        int depth)
    {
        Id = id;
        OriginalName = name;
        Name = lineage.LastOrDefault(e => e.Kind == LineageEventKind.Renamed)?.NewName ?? name;
        Kind = kind;
        Parent = parent;
        CreatedOn = createdOn;
        EndedOn = endedOn;
        _flags = flags;
        AdvisoryAgencies = advisoryAgencies;
        Lineage = lineage;
        Depth = depth;
    }

    /// <summary>
    /// Creates an organisation as a host recorded it (e.g. read back from JSON); inside the SDK organisations come from a
    /// <see cref="PartyDataset"/> (<see cref="PartyDatasetBuilder.AddOrganization"/>).
    /// </summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The original name (a later <see cref="LineageEventKind.Renamed"/> event gives <see cref="Name"/>).</param>
    /// <param name="kind">The kind.</param>
    /// <param name="parent">The parent, or null for a root.</param>
    /// <param name="createdOn">The first day of existence.</param>
    /// <param name="endedOn">The first day it no longer exists, or null; after <paramref name="createdOn"/>.</param>
    /// <param name="bodies">The bodies it has beyond what its kind gives it (the committee of a committee, the cell of a cell):
    /// only <see cref="BodyKind.StandingCommittee"/> and/or <see cref="BodyKind.InspectionCommission"/>; any other kind, a
    /// <see cref="BodyKind.AdvisoryAgency"/> included, is refused (advisory agencies are listed in <paramref name="advisoryAgencies"/>).</param>
    /// <param name="hasCellCommittee">Whether it is a cell with a cell committee (<i>chi ủy</i>).</param>
    /// <param name="hasDelegatedPowers">Whether it holds the powers of the level above grassroots by delegation.</param>
    /// <param name="advisoryAgencies">Its advisory agencies.</param>
    /// <param name="lineage">Its lineage events, each about this organisation, in date order.</param>
    /// <param name="depth">Its depth in the hierarchy: 0 exactly for a root.</param>
    /// <returns>The organisation.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A field is invalid; the message names it and the value.</exception>
    public static PartyOrganization Create(OrganizationId id, string name, OrganizationKind kind, OrganizationId? parent, LocalDate createdOn, LocalDate? endedOn,
        IEnumerable<BodyKind> bodies, bool hasCellCommittee, bool hasDelegatedPowers, IEnumerable<AdvisoryAgencyKind> advisoryAgencies, IEnumerable<LineageEvent> lineage, int depth)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentNullException.ThrowIfNull(advisoryAgencies);
        ArgumentNullException.ThrowIfNull(lineage);
        if (string.IsNullOrEmpty(id.Value))
        {
            throw new ArgumentException("The organisation id must not be default.", nameof(id));
        }

        if (parent is { } p && (string.IsNullOrEmpty(p.Value) || p == id))
        {
            throw new ArgumentException($"The parent of organisation {id} ('{p}') must be neither default nor the organisation itself.", nameof(parent));
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > InputRules.MaxStringLength)
        {
            throw new ArgumentException($"The name of organisation {id} must be non-empty and at most {InputRules.MaxStringLength} characters (it has {name.Length}).", nameof(name));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Organisation kind {(int)kind} is not defined.", nameof(kind));
        }

        var flags = (hasCellCommittee ? OrganizationFlags.CellCommittee : OrganizationFlags.None)
            | (hasDelegatedPowers ? OrganizationFlags.DelegatedPowers : OrganizationFlags.None);
        foreach (var body in bodies)
        {
            flags |= FlagOf(body) ?? throw new ArgumentException(
                $"Organisation {id} is given a {body} body; only a standing committee and an inspection commission are stated (the committee or cell follows from the kind, advisory agencies are listed apart).",
                nameof(bodies));
        }

        if (endedOn is { } ended && ended <= createdOn)
        {
            throw new ArgumentException($"Organisation {id} ends on {ended.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}, not after it was created on {createdOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.", nameof(endedOn));
        }

        if (depth < 0 || (depth == 0) != (parent is null))
        {
            throw new ArgumentException($"Organisation {id} has depth {depth}; a root (no parent) has depth 0 and any other organisation a positive depth.", nameof(depth));
        }

        var agencies = advisoryAgencies.ToImmutableArray();
        if (agencies.Any(a => !Enum.IsDefined(a)))
        {
            throw new ArgumentException($"Organisation {id} lists an undefined advisory agency kind.", nameof(advisoryAgencies));
        }

        var events = lineage.ToImmutableArray();
        for (var i = 0; i < events.Length; i++)
        {
            if (events[i] is null || events[i].Organization != id || (i > 0 && events[i].Date < events[i - 1].Date))
            {
                throw new ArgumentException($"Lineage event {i} of organisation {id} is null, about another organisation or out of date order.", nameof(lineage));
            }
        }

        return new PartyOrganization(id, name.Trim(), kind, parent, createdOn, endedOn, flags, agencies, events, depth);
    }

    /// <summary>The identifier.</summary>
    public OrganizationId Id { get; }

    /// <summary>The latest name (see <see cref="NameAsOf"/> for the name on a date).</summary>
    public string Name { get; }

    /// <summary>The kind.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>The parent organisation, or null for a root (a province).</summary>
    public OrganizationId? Parent { get; }

    /// <summary>The first day of existence.</summary>
    public LocalDate CreatedOn { get; }

    /// <summary>The first day it no longer exists (merged or dissolved), or null while it exists.</summary>
    public LocalDate? EndedOn { get; }

    /// <summary>
    /// Whether it has a body of this kind, as <see cref="PartyDataset.BodiesOf"/> lists them: a committee for every kind but
    /// a cell, a cell for a cell, a standing committee and an inspection commission where recorded, an advisory agency
    /// when <see cref="AdvisoryAgencies"/> is not empty.
    /// </summary>
    /// <param name="kind">The kind of body.</param>
    public bool HasBody(BodyKind kind) => HasBodyGiven(Kind, _flags, !AdvisoryAgencies.IsEmpty, kind);

    /// <summary>Whether it is a cell with a cell committee (<i>chi ủy</i>).</summary>
    public bool HasCellCommittee => (_flags & OrganizationFlags.CellCommittee) != 0;

    /// <summary>Whether it holds the powers of the level above grassroots by delegation (<i>được giao quyền cấp trên cơ sở</i>).</summary>
    public bool HasDelegatedPowers => (_flags & OrganizationFlags.DelegatedPowers) != 0;

    /// <summary>
    /// The features of its structure not implied by its kind (<i>đặc điểm tổ chức</i>), by name, in the one fixed order
    /// of <see cref="FeatureNames"/>: <c>DelegatedPowers</c> (<see cref="HasDelegatedPowers"/>), <c>StandingCommittee</c>
    /// and <c>InspectionCommission</c> (<see cref="HasBody"/>), <c>CellCommittee</c> (<see cref="HasCellCommittee"/>);
    /// empty for none. Each writer of these features (the party dataset's JSON, a host's text, a report) takes their
    /// list and order from here.
    /// </summary>
    public IReadOnlyList<string> Features => FeaturesByFlags[(int)_flags];

    /// <summary>
    /// The names of every feature an organisation may have beyond its kind (<i>đặc điểm tổ chức</i>), in the order
    /// <see cref="Features"/> lists them: <c>DelegatedPowers</c>, <c>StandingCommittee</c>, <c>InspectionCommission</c>,
    /// <c>CellCommittee</c>. The two bodies are named as their <see cref="BodyKind"/>.
    /// </summary>
    public static IReadOnlyList<string> FeatureNames { get; } = Array.AsReadOnly(
        Enum.GetValues<OrganizationFlags>().Where(f => f != OrganizationFlags.None).Select(f => f.ToString()).ToArray());

    /// <summary>Its advisory agencies.</summary>
    public ImmutableArray<AdvisoryAgencyKind> AdvisoryAgencies { get; }

    /// <summary>The lineage events of this organisation, by date.</summary>
    public ImmutableArray<LineageEvent> Lineage { get; }

    /// <summary>The depth in the tree (0 for a root).</summary>
    public int Depth { get; }

    /// <summary>Whether the organisation existed on <paramref name="date"/>.</summary>
    public bool ExistsOn(LocalDate date) => CreatedOn <= date && (EndedOn is null || date < EndedOn.Value);

    /// <summary>The name it had on <paramref name="date"/>: the name at creation, changed by each rename up to that date.</summary>
    public string NameAsOf(LocalDate date)
    {
        var current = OriginalName;
        foreach (var rename in Lineage)
        {
            if (rename.Kind == LineageEventKind.Renamed && rename.Date <= date)
            {
                current = rename.NewName!;
            }
        }

        return current;
    }

    /// <summary>The name at creation, before any rename.</summary>
    public string OriginalName { get; }

    /// <summary>The storage bit of a body an organisation may have beyond its kind, or null for any other kind of body.</summary>
    internal static OrganizationFlags? FlagOf(BodyKind body) => body switch
    {
        BodyKind.StandingCommittee => OrganizationFlags.StandingCommittee,
        BodyKind.InspectionCommission => OrganizationFlags.InspectionCommission,
        _ => null,
    };

    /// <summary>Whether an organisation of <paramref name="kind"/> with <paramref name="flags"/> has a body of <paramref name="body"/>'s kind.</summary>
    internal static bool HasBodyGiven(OrganizationKind kind, OrganizationFlags flags, bool hasAgencies, BodyKind body) => body switch
    {
        BodyKind.Cell => kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell or OrganizationKind.PartyGroup,
        BodyKind.Committee => kind is not (OrganizationKind.Cell or OrganizationKind.GrassrootsCell or OrganizationKind.PartyGroup),
        BodyKind.StandingCommittee => (flags & OrganizationFlags.StandingCommittee) != 0,
        BodyKind.InspectionCommission => (flags & OrganizationFlags.InspectionCommission) != 0,
        BodyKind.AdvisoryAgency => hasAgencies,
        _ => false,
    };

    /// <summary>The <see cref="Features"/> of each storage byte, shared (sixteen lists in all).</summary>
    private static readonly IReadOnlyList<string>[] FeaturesByFlags = [.. Enumerable.Range(0, 16).Select(bits => (IReadOnlyList<string>)Array.AsReadOnly(
        Enum.GetValues<OrganizationFlags>().Where(f => f != OrganizationFlags.None && (bits & (int)f) != 0).Select(f => f.ToString()).ToArray()))];

    private readonly OrganizationFlags _flags;

    /// <summary>Returns "id name (kind)".</summary>
    public override string ToString() => $"{Id} {Name} ({Kind})";
}
