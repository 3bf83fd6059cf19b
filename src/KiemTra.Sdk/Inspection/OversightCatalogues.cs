using System.Text.Json;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// The catalogues of supervision and inspection work (<i>danh mục</i>, R-S1, R-S3, R-I1): supervision types, inspection
/// types, content areas (002 §II.2.1–2.8), the eight waste-prevention fields (002 §II.2.1), thematic topics
/// (001 §2.1(5) i1–i6) and high-risk fields. The built-in set is embedded data (<c>Data/catalogues/oversight.json</c>);
/// a host may load its own with <see cref="Parse"/>.
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

    /// <summary>Supervision types (R-S1).</summary>
    public Catalogue SupervisionTypes => _byId[SupervisionTypesId];

    /// <summary>Inspection types (R-I1).</summary>
    public Catalogue InspectionTypes => _byId[InspectionTypesId];

    /// <summary>Content areas (R-S3, 002 §II.2.1–2.8).</summary>
    public Catalogue ContentAreas => _byId[ContentAreasId];

    /// <summary>The eight waste-prevention fields (R-S3, 002 §II.2.1).</summary>
    public Catalogue WastePreventionFields => _byId[WastePreventionFieldsId];

    /// <summary>Thematic topics (R-S3, 001 §2.1(5)).</summary>
    public Catalogue ThematicTopics => _byId[ThematicTopicsId];

    /// <summary>High-risk fields (R-S3).</summary>
    public Catalogue HighRiskFields => _byId[HighRiskFieldsId];

    /// <summary>A catalogue by id.</summary>
    /// <exception cref="KeyNotFoundException">No catalogue has that id.</exception>
    public Catalogue Get(string id) =>
        id is not null && _byId.TryGetValue(id, out var catalogue) ? catalogue : throw new KeyNotFoundException($"No catalogue '{id}'; known: {string.Join(", ", _byId.Keys)}.");

    /// <summary>Reads catalogues from JSON in the built-in format.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">Name of the source, used in error messages.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">The JSON is malformed, a field is missing or empty, a code repeats, or a required catalogue is absent; the message names the source and the place.</exception>
    public static OversightCatalogues Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{sourceName}: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var version = Text(root, "version", sourceName, "/version");
            var byId = new Dictionary<string, Catalogue>(StringComparer.Ordinal);
            var catalogues = Property(root, "catalogues", sourceName, "/catalogues");
            if (catalogues.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{sourceName}: /catalogues must be an array.");
            }

            var index = 0;
            foreach (var element in catalogues.EnumerateArray())
            {
                var path = $"/catalogues/{index++}";
                var id = Text(element, "id", sourceName, path + "/id");
                var title = Bilingual(Property(element, "title", sourceName, path + "/title"), sourceName, path + "/title");
                var items = new List<CatalogueItem>();
                var itemIndex = 0;
                foreach (var item in Property(element, "items", sourceName, path + "/items").EnumerateArray())
                {
                    var itemPath = $"{path}/items/{itemIndex++}";
                    var code = Text(item, "code", sourceName, itemPath + "/code");
                    if (items.Any(i => i.Code == code))
                    {
                        throw new FormatException($"{sourceName}: {itemPath}/code: code '{code}' repeats in catalogue '{id}'.");
                    }

                    items.Add(new CatalogueItem(code, LocalizedText.Of(Text(item, "vi", sourceName, itemPath + "/vi"), Text(item, "en", sourceName, itemPath + "/en")), Text(item, "source", sourceName, itemPath + "/source")));
                }

                if (items.Count == 0)
                {
                    throw new FormatException($"{sourceName}: {path}/items: catalogue '{id}' is empty.");
                }

                if (!byId.TryAdd(id, new Catalogue(id, title, [.. items])))
                {
                    throw new FormatException($"{sourceName}: {path}/id: catalogue '{id}' appears twice.");
                }
            }

            var missing = RequiredIds.Where(id => !byId.ContainsKey(id)).ToList();
            if (missing.Count > 0)
            {
                throw new FormatException($"{sourceName}: missing catalogue(s) {string.Join(", ", missing)}.");
            }

            return new OversightCatalogues(version, byId);
        }
    }

    private static OversightCatalogues LoadBuiltIn()
    {
        // MSBuild keeps the folder separator of %(RecursiveDir) in the logical name, so match either form.
        var assembly = typeof(OversightCatalogues).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('/', '.').Replace('\\', '.') == ResourceName);
        using var stream = (name is null ? null : assembly.GetManifestResourceStream(name))
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ResourceName);
    }

    private static JsonElement Property(JsonElement element, string name, string source, string path) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"{source}: {path}: required field is missing.");

    private static string Text(JsonElement element, string name, string source, string path)
    {
        var value = Property(element, name, source, path);
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new FormatException($"{source}: {path}: expected a non-empty string, found {value.ValueKind} '{value}'.");
        }

        return value.GetString()!;
    }

    private static LocalizedText Bilingual(JsonElement element, string source, string path) =>
        LocalizedText.Of(Text(element, "vi", source, path + "/vi"), Text(element, "en", source, path + "/en"));
}
