namespace KiemTra.Sdk.Inspection;

/// <summary>
/// The catalogues of supervision and inspection work (<i>danh mục</i>): supervision types, inspection
/// types, content areas, the eight waste-prevention fields, thematic topics
/// and high-risk fields. The built-in set is embedded data (<c>Data/catalogues/oversight.json</c>);
/// a host reads its own with the JSON package's <c>OversightCataloguesJson</c>.
/// </summary>
public sealed class OversightCatalogs
{
    /// <summary>Id of the supervision types catalogue.</summary>
    public const string SupervisionTypesId = "supervision-types";

    /// <summary>Id of the inspection types catalogue.</summary>
    public const string InspectionTypesId = "inspection-types";

    /// <summary>Id of the content areas catalogue.</summary>
    public const string ContentAreasId = "content-areas";

    /// <summary>Id of the waste-prevention fields catalogue.</summary>
    public const string WastePreventionFieldsId = "waste-prevention-fields";

    /// <summary>Id of the thematic topics catalogue.</summary>
    public const string ThematicTopicsId = "thematic-topics";

    /// <summary>Id of the high-risk fields catalogue.</summary>
    public const string HighRiskFieldsId = "high-risk-fields";

    private const string ResourceName = "KiemTra.Sdk.Data.catalogues.oversight.json";
    private static readonly Lazy<OversightCatalogs> BuiltInValue = new(LoadBuiltIn);
    private static readonly string[] RequiredIds = [SupervisionTypesId, InspectionTypesId, ContentAreasId, WastePreventionFieldsId, ThematicTopicsId, HighRiskFieldsId];
    private readonly Dictionary<string, Catalog> _byId;

    private OversightCatalogs(string version, Dictionary<string, Catalog> byId)
    {
        Version = version;
        _byId = byId;
    }

    /// <summary>The built-in catalogues (loaded once, on first use).</summary>
    public static OversightCatalogs BuiltIn => BuiltInValue.Value;

    /// <summary>Version of the data.</summary>
    public string Version { get; }

    /// <summary>All catalogues.</summary>
    public IEnumerable<Catalog> All => RequiredIds.Select(id => _byId[id]).Concat(_byId.Values.Where(c => !RequiredIds.Contains(c.Id)));

    /// <summary>Supervision types.</summary>
    public Catalog SupervisionTypes => _byId[SupervisionTypesId];

    /// <summary>Inspection types.</summary>
    public Catalog InspectionTypes => _byId[InspectionTypesId];

    /// <summary>Content areas.</summary>
    public Catalog ContentAreas => _byId[ContentAreasId];

    /// <summary>The eight waste-prevention fields.</summary>
    public Catalog WastePreventionFields => _byId[WastePreventionFieldsId];

    /// <summary>Thematic topics).</summary>
    public Catalog ThematicTopics => _byId[ThematicTopicsId];

    /// <summary>High-risk fields.</summary>
    public Catalog HighRiskFields => _byId[HighRiskFieldsId];

    /// <summary>
    /// The catalogue of types for <paramref name="activity"/> (<i>danh mục loại hình</i>): <see cref="SupervisionTypes"/> for
    /// a supervision, <see cref="InspectionTypes"/> for an inspection, and null for an activity that is neither (denunciation
    /// and complaint resolution, discipline, or an undefined value), which is never opened as a case nor planned in a programme.
    /// </summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The catalogue its type code must come from, or null.</returns>
    public Catalog? TypesFor(Authority.ActivityKind activity) =>
        activity is Authority.ActivityKind.DenunciationResolution or Authority.ActivityKind.ComplaintResolution or Authority.ActivityKind.Discipline || !Enum.IsDefined(activity)
            ? null
            : CaseStateMachine.IsSupervision(activity) ? SupervisionTypes : InspectionTypes;

    /// <summary>A catalogue by id.</summary>
    /// <exception cref="KeyNotFoundException">No catalogue has that id.</exception>
    public Catalog Get(string id) =>
        id is not null && _byId.TryGetValue(id, out var catalog) ? catalog : throw new KeyNotFoundException($"No catalogue '{id}'; known: {string.Join(", ", _byId.Keys)}.");

    /// <summary>Creates a set of catalogues (what a catalogue document holds); the six required catalogues must be there.</summary>
    /// <param name="version">Version of the data.</param>
    /// <param name="catalogs">The catalogues, ids unique.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException">An argument or a catalogue is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="version"/> is empty, an id repeats or a required catalogue is missing.</exception>
    public static OversightCatalogs Create(string version, IEnumerable<Catalog> catalogs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(catalogs);
        var byId = new Dictionary<string, Catalog>(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            ArgumentNullException.ThrowIfNull(catalog, nameof(catalogs));
            if (!byId.TryAdd(catalog.Id, catalog))
            {
                throw new ArgumentException($"The catalogue '{catalog.Id}' appears twice.", nameof(catalogs));
            }
        }

        var missing = RequiredIds.Where(id => !byId.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Required catalogue(s) missing: {string.Join(", ", missing)}.", nameof(catalogs));
        }

        return new OversightCatalogs(version, byId);
    }

    private static OversightCatalogs LoadBuiltIn()
    {
        using var stream = Documents.EmbeddedDocuments.Open(ResourceName);
        return Documents.OversightCatalogsJson.Read(stream, ResourceName);
    }
}
