using System.Text;
using System.Text.Json;
using KiemTra.Sdk.Json;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// The catalogues of supervision and inspection work (<i>danh mục</i>): supervision types, inspection
/// types, content areas, the eight waste-prevention fields, thematic topics
/// and high-risk fields. The built-in set is embedded data (<c>Data/catalogues/oversight.json</c>);
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
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
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

    /// <summary>
    /// Reads catalogues from JSON in the built-in format, strictly: the shared checks of every loader (size, depth and
    /// count bounds of <see cref="InputLimits"/>, no duplicate property name, no lone surrogate; text normalised to NFC),
    /// no unknown field, every required field present and well typed.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">Name of the source, used in error messages.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">The JSON is malformed or out of bounds, a field is unknown, missing, empty or of the wrong type, a code repeats, or a required catalogue is absent; the message names the source, the JSON path (<c>$.catalogues[0].items</c>) and the value.</exception>
    public static OversightCatalogues Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException)
        {
            // A .NET string may hold a lone surrogate; the default encoder would silently turn it into U+FFFD.
            throw Error(sourceName, "$", "\\uD800-\\uDFFF", JsonInput.LoneSurrogate.English);
        }

        using var document = JsonInput.ParseDocument(new MemoryStream(utf8), (path, value, problem) => Error(sourceName, path, value, problem.English));
        var root = document.RootElement;
        Fields(root, sourceName, "$", "version", "source", "catalogues");
        var version = Text(root, "version", sourceName, "$");
        if (root.TryGetProperty("source", out _))
        {
            _ = Text(root, "source", sourceName, "$");
        }

        var byId = new Dictionary<string, Catalogue>(StringComparer.Ordinal);
        var catalogues = Array(root, "catalogues", sourceName, "$");
        var index = 0;
        foreach (var element in catalogues.EnumerateArray())
        {
            var path = $"$.catalogues[{index++}]";
            Fields(element, sourceName, path, "id", "title", "items");
            var id = Text(element, "id", sourceName, path);
            var title = Bilingual(Property(element, "title", sourceName, path), sourceName, path + ".title");
            var items = new List<CatalogueItem>();
            var itemIndex = 0;
            foreach (var item in Array(element, "items", sourceName, path).EnumerateArray())
            {
                var itemPath = $"{path}.items[{itemIndex++}]";
                Fields(item, sourceName, itemPath, "code", "vi", "en", "source");
                var code = Text(item, "code", sourceName, itemPath);
                if (items.Any(i => i.Code == code))
                {
                    throw Error(sourceName, itemPath + ".code", code, $"the code repeats in catalogue '{id}'.");
                }

                items.Add(new CatalogueItem(code, LocalizedText.Of(Text(item, "vi", sourceName, itemPath), Text(item, "en", sourceName, itemPath)), Text(item, "source", sourceName, itemPath)));
            }

            if (items.Count == 0)
            {
                throw Error(sourceName, path + ".items", "[]", $"catalogue '{id}' is empty.");
            }

            if (!byId.TryAdd(id, new Catalogue(id, title, [.. items])))
            {
                throw Error(sourceName, path + ".id", id, "the catalogue appears twice.");
            }
        }

        var missing = RequiredIds.Where(id => !byId.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw Error(sourceName, "$.catalogues", string.Join(", ", missing), "required catalogue(s) missing.");
        }

        return new OversightCatalogues(version, byId);
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

    private static FormatException Error(string source, string path, string value, string problem)
        => new(JsonInput.FormatMessage(source, path, null, value, problem));

    /// <summary>Refuses a non-object and any field other than <paramref name="allowed"/> (a typo must not be silently ignored).</summary>
    private static void Fields(JsonElement element, string source, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(source, path, element.ValueKind.ToString(), "expected an object.");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Error(source, $"{path}.{property.Name}", property.Name, $"unknown field (allowed: {string.Join(", ", allowed)}).");
            }
        }
    }

    private static JsonElement Property(JsonElement element, string name, string source, string path) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw Error(source, $"{path}.{name}", string.Empty, "required field is missing.");

    private static JsonElement Array(JsonElement element, string name, string source, string path)
    {
        var value = Property(element, name, source, path);
        return value.ValueKind == JsonValueKind.Array
            ? value
            : throw Error(source, $"{path}.{name}", value.ValueKind.ToString(), "expected an array.");
    }

    private static string Text(JsonElement element, string name, string source, string path)
    {
        var value = Property(element, name, source, path);
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Error(source, $"{path}.{name}", value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ValueKind.ToString(), "expected a non-empty string.");
        }

        // NFC: Vietnamese typed decomposed equals the precomposed text (the tree was checked by JsonInput.ParseDocument).
        return JsonInput.Nfc(value.GetString()!);
    }

    private static LocalizedText Bilingual(JsonElement element, string source, string path)
    {
        Fields(element, source, path, "vi", "en");
        return LocalizedText.Of(Text(element, "vi", source, path), Text(element, "en", source, path));
    }
}
