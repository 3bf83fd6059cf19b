using System.Text.Json;
using KiemTra.Sdk;

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

    /// <summary>Full paths of the indicator-catalogue files (format in <c>IndicatorCatalog</c>'s remarks).</summary>
    public IReadOnlyList<string> IndicatorCatalogFiles { get; }

    /// <summary>Reads <c>pack.json</c> in <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">The manifest or a file it lists does not exist.</exception>
    /// <exception cref="FormatException">The manifest is not JSON of the expected shape (unknown fields included); the message names the field.</exception>
    public static ProvinceRulePackManifest Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.Combine(directory, "pack.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Rule pack manifest not found: '{path}'.", path);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{path}: the manifest must be a JSON object.");
            }

            foreach (var property in root.EnumerateObject().Where(p => !Fields.Contains(p.Name)))
            {
                throw new FormatException($"{path}: unknown field '{property.Name}' (expected: {string.Join(", ", Fields)}).");
            }

            var province = root.TryGetProperty("province", out var p) && p.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(p.GetString())
                ? p.GetString()!
                : throw new FormatException($"{path}: 'province' must be a non-empty string.");
            return new ProvinceRulePackManifest(directory, province, Files(root, "ruleSets", directory, path), Files(root, "holidaySchedules", directory, path), Files(root, "indicators", directory, path));
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{path}: {ex.Message}", ex);
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
            throw new FormatException($"{manifest}: '{field}' must be an array of relative file paths.");
        }

        return list.EnumerateArray().Select((item, i) =>
        {
            var relative = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative))
            {
                throw new FormatException($"{manifest}: '{field}[{i}]' must be a relative file path, not '{item}'.");
            }

            var full = Path.GetFullPath(Path.Combine(directory, relative));
            return File.Exists(full) ? full : throw new FileNotFoundException($"{manifest}: '{field}[{i}]' names a missing file '{full}'.", full);
        }).ToArray();
    }
}
