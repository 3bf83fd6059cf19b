using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Inspection;

/// <summary>One planned supervision or inspection of a programme (<i>nội dung chương trình, kế hoạch</i>).</summary>
public sealed record ProgramItem
{
    private ProgramItem(RecordId<ProgramItem> id, ActivityKind activity, string typeCode, OrganizationId subject, LocalDate start, LocalDate end, IReadOnlyList<string> contentAreas)
    {
        Id = id;
        Activity = activity;
        TypeCode = typeCode;
        Subject = subject;
        Start = start;
        End = end;
        ContentAreas = contentAreas;
    }

    /// <summary>Identifier within the programme.</summary>
    public RecordId<ProgramItem> Id { get; }

    /// <summary>The activity.</summary>
    public ActivityKind Activity { get; }

    /// <summary>Type code (supervision-types or inspection-types).</summary>
    public string TypeCode { get; }

    /// <summary>The organisation to be supervised or inspected.</summary>
    public OrganizationId Subject { get; }

    /// <summary>Planned start.</summary>
    public LocalDate Start { get; }

    /// <summary>Planned end.</summary>
    public LocalDate End { get; }

    /// <summary>Content areas (codes of <see cref="OversightCatalogs.ContentAreas"/>).</summary>
    public IReadOnlyList<string> ContentAreas { get; }

    /// <summary>Creates an item after checking the codes against the catalogues.</summary>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id, code, activity or date range is invalid.</exception>
    public static ProgramItem Create(RecordId<ProgramItem> id, ActivityKind activity, string typeCode, OrganizationId subject, LocalDate start, LocalDate end, IEnumerable<string> contentAreas, OversightCatalogs catalogs)
    {
        id = id.Required(nameof(id));
        ArgumentNullException.ThrowIfNull(typeCode);
        ArgumentNullException.ThrowIfNull(contentAreas);
        ArgumentNullException.ThrowIfNull(catalogs);
        var catalog = catalogs.TypesFor(activity)
            ?? throw new ArgumentException($"Activity {activity} is not planned in a supervision or inspection programme.", nameof(activity));
        if (!catalog.Contains(typeCode))
        {
            throw new ArgumentException($"Item {id}: '{typeCode}' is not in catalogue '{catalog.Id}'.", nameof(typeCode));
        }

        if (subject.Value.Length == 0)
        {
            throw new ArgumentException($"Item {id}: the subject must not be default.", nameof(subject));
        }

        if (end < start)
        {
            throw new ArgumentException($"Item {id} ends on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(end)}, before it starts on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(start)}.", nameof(end));
        }

        var areas = contentAreas.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var code in areas.Where(c => !catalogs.ContentAreas.Contains(c)))
        {
            throw new ArgumentException($"Item {id}: '{code}' is not a content area.", nameof(contentAreas));
        }

        return new ProgramItem(id, activity, typeCode, subject, start, end, areas);
    }

    /// <summary>Whether the two items' periods share at least one day.</summary>
    public bool OverlapsInTime(ProgramItem other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= other.End && other.Start <= End;
    }
}
