namespace KiemTra.Sdk.Inspection;

/// <summary>
/// The catalogues of supervision and inspection work (<i>danh mục</i>): supervision types, inspection
/// types, content areas, the eight waste-prevention fields, thematic topics
/// and high-risk fields. The built-in set is embedded data (<c>Data/catalogues/oversight.json</c>);
/// a host reads its own with the JSON package's <c>OversightCataloguesJson</c>.
/// </summary>
public sealed class OversightCatalogues
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
    private static readonly Lazy<OversightCatalogues> BuiltInValue = new(LoadBuiltIn);
    private static readonly string[] RequiredIds = [SupervisionTypesId, InspectionTypesId, ContentAreasId, WastePreventionFieldsId, ThematicTopicsId, HighRiskFieldsId];
    private readonly Dictionary<string, Catalogue> _byId;

    private OversightCatalogues(string version, Dictionary<string, Catalogue> byId)
    {
        Version = version;
        _byId = byId;
    }

    /// <summary>The built-in catalogues (loaded once, on first use).</summary>
    public static OversightCatalogues BuiltIn => BuiltInValue.Value;

    /// <summary>Version of the data.</summary>
    public string Version { get; }

    /// <summary>All catalogues.</summary>
    public IEnumerable<Catalogue> All => RequiredIds.Select(id => _byId[id]).Concat(_byId.Values.Where(c => !RequiredIds.Contains(c.Id)));

    /// <summary>Supervision types.</summary>
    public Catalogue SupervisionTypes => _byId[SupervisionTypesId];

    /// <summary>Inspection types.</summary>
    public Catalogue InspectionTypes => _byId[InspectionTypesId];

    /// <summary>Content areas.</summary>
    public Catalogue ContentAreas => _byId[ContentAreasId];

    /// <summary>The eight waste-prevention fields.</summary>
    public Catalogue WastePreventionFields => _byId[WastePreventionFieldsId];

    /// <summary>Thematic topics).</summary>
    public Catalogue ThematicTopics => _byId[ThematicTopicsId];

    /// <summary>High-risk fields.</summary>
    public Catalogue HighRiskFields => _byId[HighRiskFieldsId];

    /// <summary>
    /// The catalogue of types for <paramref name="activity"/> (<i>danh mục loại hình</i>): <see cref="SupervisionTypes"/> for
    /// a supervision, <see cref="InspectionTypes"/> for an inspection, and null for an activity that is neither (denunciation
    /// and complaint resolution, discipline, or an undefined value), which is never opened as a case nor planned in a programme.
    /// </summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The catalogue its type code must come from, or null.</returns>
    public Catalogue? TypesFor(Authority.ActivityKind activity) =>
        activity is Authority.ActivityKind.DenunciationResolution or Authority.ActivityKind.ComplaintResolution or Authority.ActivityKind.Discipline || !Enum.IsDefined(activity)
            ? null
            : CaseStateMachine.IsSupervision(activity) ? SupervisionTypes : InspectionTypes;

    /// <summary>A catalogue by id.</summary>
    /// <exception cref="KeyNotFoundException">No catalogue has that id.</exception>
    public Catalogue Get(string id) =>
        id is not null && _byId.TryGetValue(id, out var catalogue) ? catalogue : throw new KeyNotFoundException($"No catalogue '{id}'; known: {string.Join(", ", _byId.Keys)}.");

    /// <summary>Creates a set of catalogues (what a catalogue document holds); the six required catalogues must be there.</summary>
    /// <param name="version">Version of the data.</param>
    /// <param name="catalogues">The catalogues, ids unique.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException">An argument or a catalogue is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="version"/> is empty, an id repeats or a required catalogue is missing.</exception>
    public static OversightCatalogues Create(string version, IEnumerable<Catalogue> catalogues)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(catalogues);
        var byId = new Dictionary<string, Catalogue>(StringComparer.Ordinal);
        foreach (var catalogue in catalogues)
        {
            ArgumentNullException.ThrowIfNull(catalogue, nameof(catalogues));
            if (!byId.TryAdd(catalogue.Id, catalogue))
            {
                throw new ArgumentException($"The catalogue '{catalogue.Id}' appears twice.", nameof(catalogues));
            }
        }

        var missing = RequiredIds.Where(id => !byId.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Required catalogue(s) missing: {string.Join(", ", missing)}.", nameof(catalogues));
        }

        return new OversightCatalogues(version, byId);
    }

    private static OversightCatalogues LoadBuiltIn()
    {
        using var stream = Documents.EmbeddedDocuments.Open(ResourceName);
        return Documents.OversightCataloguesJson.Read(stream, ResourceName);
    }
}
