using System.Collections.Immutable;
using NodaTime;

namespace KiemTra.Sdk.Organization;

/// <summary>
/// A party organisation as recorded in a <see cref="PartyDataset"/> (<i>tổ chức đảng</i>): kind, parent, life span,
/// lineage, flags and advisory agencies. A snapshot view; the dataset holds the data in compact arrays.
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
        Flags = flags;
        AdvisoryAgencies = advisoryAgencies;
        Lineage = lineage;
        Depth = depth;
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

    /// <summary>Flags not implied by the kind.</summary>
    public OrganizationFlags Flags { get; }

    /// <summary>Whether it holds the powers of the level above grassroots by delegation.</summary>
    public bool HasDelegatedPowers => (Flags & OrganizationFlags.DelegatedPowers) != 0;

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

    /// <summary>Returns "id name (kind)".</summary>
    public override string ToString() => $"{Id} {Name} ({Kind})";
}
