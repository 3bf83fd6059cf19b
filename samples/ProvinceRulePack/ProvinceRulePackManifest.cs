using System.Text;
using System.Text.Json;
using KiemTra.Sdk;
using KiemTra.Sdk.Indicators;

namespace KiemTra.Samples.ProvinceRulePack;

/// <summary>
/// A province's rule pack (<i>gói quy định của tỉnh</i>): a folder with a <c>pack.json</c> manifest listing rule-set
/// files, holiday-schedule files and indicator catalogues, all DATA in the SDK's own formats (docs/rule-sets.md,
/// docs/deadlines.md, docs/indicators.md), loaded through <see cref="KiemTraSdkOptions"/>. Rule sets are added to the
/// built-in rule book; a schedule year replaces the built-in year; the province's indicators are appended to the
/// built-in catalogue (a code already there is refused at start-up).
/// </summary>
public sealed class ProvinceRulePackManifest
{
    private static readonly string[] Fields = ["province", "description", "ruleSets", "holidaySchedules", "indicators"];

    private ProvinceRulePackManifest(string directory, string province, IReadOnlyList<string> ruleSets, IReadOnlyList<string> holidaySchedules, IReadOnlyList<string> indicators)
    {
        Directory = directory;
        Province = province;
        RuleSetFiles = ruleSets;
        HolidayScheduleFiles = holidaySchedules;
        IndicatorCatalogFiles = indicators;
    }

    /// <summary>The pack folder.</summary>
    public string Directory { get; }

    /// <summary>The province's name.</summary>
    public string Province { get; }

    /// <summary>Full paths of the rule-set files.</summary>
    public IReadOnlyList<string> RuleSetFiles { get; }

    /// <summary>Full paths of the holiday-schedule files.</summary>
    public IReadOnlyList<string> HolidayScheduleFiles { get; }

    /// <summary>Full paths of the indicator-catalogue files (format in <c>IndicatorCatalogue</c>'s remarks).</summary>
    public IReadOnlyList<string> IndicatorCatalogFiles { get; }

    /// <summary>
    /// The indicator measures a province's packs add to the built-in ones (<see cref="IIndicatorMeasure"/>, written over the
    /// SDK's public types; docs/indicators.md, "Writing a measure"): code, not data, so they ship with this assembly and
    /// <see cref="ApplyTo"/> adds them for every pack; an indicator in a pack's catalogue names one by its name.
    /// </summary>
    public static IReadOnlyList<IIndicatorMeasure> Measures { get; } = [new Measures.RecommendationsAllOnTimeMeasure()];

    /// <summary>Reads <c>pack.json</c> in <paramref name="directory"/>.</summary>
    /// <remarks>
    /// The manifest gets the same checks as the SDK's own loaders (docs/reliability.md): at most
    /// <see cref="InputRules.MaxDocumentBytes"/> bytes, nesting up to <see cref="InputRules.MaxDepth"/>, no repeated
    /// property, strings up to <see cref="InputRules.MaxStringLength"/> characters without lone surrogates, text in
    /// Unicode NFC. Every listed file must stay inside the pack folder (no <c>..</c> escape, no rooted path) and be
    /// listed once.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null, empty or white space.</exception>
    /// <exception cref="FileNotFoundException">The manifest or a file it lists does not exist.</exception>
    /// <exception cref="FormatException">The manifest is not JSON of the expected shape (unknown fields included) or is over a bound; the message names the field and the value.</exception>
    public static ProvinceRulePackManifest Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.Combine(directory, "pack.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Rule pack manifest not found: '{path}'.", path);
        }

        if (new FileInfo(path).Length > InputRules.MaxDocumentBytes)
        {
            throw new FormatException($"{path}: the manifest is larger than {InputRules.MaxDocumentBytes} bytes (InputRules.MaxDocumentBytes).");
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0; // a byte order mark (Windows editors) is not content
            using var document = JsonDocument.Parse(
                bytes.AsMemory(start),
                new JsonDocumentOptions { MaxDepth = InputRules.MaxDepth, AllowDuplicateProperties = false, CommentHandling = JsonCommentHandling.Disallow });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{path}: the manifest must be a JSON object, not {root.ValueKind}.");
            }

            foreach (var property in root.EnumerateObject().Where(p => !Fields.Contains(p.Name)))
            {
                throw new FormatException($"{path}: unknown field '{Clip(property.Name)}' (expected: {string.Join(", ", Fields)}).");
            }

            var province = root.TryGetProperty("province", out var p) && p.ValueKind == JsonValueKind.String ? Text(p, "province", path) : null;
            if (string.IsNullOrWhiteSpace(province))
            {
                throw new FormatException($"{path}: 'province' must be a non-empty string, not '{Clip(p.ValueKind == JsonValueKind.Undefined ? "(missing)" : p.GetRawText())}'.");
            }

            if (root.TryGetProperty("description", out var d))
            {
                _ = d.ValueKind == JsonValueKind.String
                    ? Text(d, "description", path)
                    : throw new FormatException($"{path}: 'description' must be a string, not '{Clip(d.GetRawText())}'.");
            }

            return new ProvinceRulePackManifest(directory, province, Files(root, "ruleSets", directory, path), Files(root, "holidaySchedules", directory, path), Files(root, "indicators", directory, path));
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{path}: {Clip(ex.Message)}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // System.Text.Json unescapes names lazily: a lone surrogate (\uD800) or invalid UTF-8 in a name surfaces here.
            throw new FormatException($"{path}: a field name holds invalid Unicode (a lone surrogate or invalid UTF-8).", ex);
        }
    }

    /// <summary>Adds the pack's files to the SDK options (call inside <c>services.AddKiemTraSdk(o =&gt; …)</c>).</summary>
    public KiemTraSdkOptions ApplyTo(KiemTraSdkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var file in RuleSetFiles)
        {
            options.AddRuleSetFile(file);
        }

        foreach (var file in HolidayScheduleFiles)
        {
            options.AddHolidayScheduleFile(file);
        }

        foreach (var file in IndicatorCatalogFiles)
        {
            options.AddIndicatorCatalogFile(file);
        }

        // The pack's code part: measures its catalogues may name. Added once however many packs are applied.
        foreach (var measure in Measures)
        {
            if (!options.IndicatorMeasures.Any(m => m?.Name == measure.Name))
            {
                options.IndicatorMeasures.Add(measure);
            }
        }

        return options;
    }

    private static string[] Files(JsonElement root, string field, string directory, string manifest)
    {
        if (!root.TryGetProperty(field, out var list))
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{manifest}: '{field}' must be an array of relative file paths, not '{Clip(list.GetRawText())}'.");
        }

        var folder = Path.GetFullPath(directory);
        var inside = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return list.EnumerateArray().Select((item, i) =>
        {
            var relative = item.ValueKind == JsonValueKind.String ? Text(item, $"{field}[{i}]", manifest) : null;
            if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative))
            {
                throw new FormatException($"{manifest}: '{field}[{i}]' must be a relative file path, not '{Clip(item.GetRawText())}'.");
            }

            // A pack is data from a province: it may name its own files only, never one elsewhere on the machine.
            var full = Path.GetFullPath(Path.Combine(folder, relative));
            if (!full.StartsWith(inside, StringComparison.Ordinal))
            {
                throw new FormatException($"{manifest}: '{field}[{i}]' leaves the pack folder: '{Clip(relative)}'.");
            }

            if (!seen.Add(full))
            {
                throw new FormatException($"{manifest}: '{field}[{i}]' lists '{Clip(relative)}' a second time.");
            }

            return File.Exists(full) ? full : throw new FileNotFoundException($"{manifest}: '{field}[{i}]' names a missing file '{Clip(full)}'.", full);
        }).ToArray();
    }

    /// <summary>A string of the manifest: within <see cref="InputRules.MaxStringLength"/>, in Unicode NFC.</summary>
    private static string Text(JsonElement element, string field, string manifest)
    {
        string value;
        try
        {
            value = element.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException($"{manifest}: '{field}' holds invalid Unicode (a lone surrogate or invalid UTF-8).", ex);
        }

        if (value.Length > InputRules.MaxStringLength)
        {
            throw new FormatException($"{manifest}: '{field}' is longer than {InputRules.MaxStringLength} characters (InputRules.MaxStringLength): {value.Length} characters.");
        }

        return value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
    }

    /// <summary>A value echoed in a message: one line, at most 120 characters (a hostile file must not flood a log).</summary>
    private static string Clip(string value)
    {
        var line = value.ReplaceLineEndings(" ");
        return line.Length <= 120 ? line : string.Concat(line.AsSpan(0, 120), "…");
    }
}
