using System.Text.RegularExpressions;

namespace KiemTra.Sdk.Tests.Text;

/// <summary>
/// No shipped data file (src/**/Data, the validation messages, samples/**/Data, the province packs) refers to the project's internal documents or
/// carries internal vocabulary in Vietnamese text (issue 14 item 3): no "Seed 00x", no requirement ids, no enum member
/// names of the core inside a Vietnamese string.
/// </summary>
public partial class ShippedDataVocabularyTests
{
    [Fact]
    public void DataFiles_HaveNoSeedReferencesOrRequirementIds()
    {
        var files = DataFiles();
        Assert.NotEmpty(files);
        var offences = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (text.Contains("seed 0", StringComparison.OrdinalIgnoreCase) || text.Contains("seeds 0", StringComparison.OrdinalIgnoreCase))
            {
                offences.Add($"{file}: seed reference");
            }

            if (RequirementId().Match(text) is { Success: true } id)
            {
                offences.Add($"{file}: requirement id {id.Value}");
            }
        }

        Assert.Empty(offences);
    }

    [Fact]
    public void VietnameseStrings_InDataFiles_HaveNoEnumNames()
    {
        // Compound member names of the core's public enums ("PartySupervision", "RemovalFromPost"): one-word names such as
        // "Warning" are ordinary English and are not looked for.
        var names = typeof(LocalizedText).Assembly.GetExportedTypes().Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames).Where(n => n.Count(char.IsUpper) >= 2).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("PartySupervision", names);
        var offences = new List<string>();
        foreach (var file in DataFiles())
        {
            foreach (Match s in JsonString().Matches(File.ReadAllText(file)))
            {
                var value = s.Groups[1].Value;
                if (!Vietnamese().IsMatch(value))
                {
                    continue;
                }

                offences.AddRange(Word().Matches(value).Select(w => w.Value).Where(names.Contains).Select(w => $"{file}: {w} in \"{value}\""));
            }
        }

        Assert.Empty(offences);
    }

    private static List<string> DataFiles()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "KiemTra.Sdk.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Repository root not found.");
        }

        var dirs = Directory.GetDirectories(Path.Combine(root, "src"), "Data", SearchOption.AllDirectories)
            .Concat(Directory.GetDirectories(Path.Combine(root, "samples"), "Data", SearchOption.AllDirectories))
            .Append(Path.Combine(root, "src", "KiemTra.Sdk.FluentValidation", "Messages"))
            .Append(Path.Combine(root, "samples", "ProvinceRulePack"))
            .Where(d => !d.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !d.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        return [.. dirs.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.json", SearchOption.AllDirectories)).Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\bR-[A-Z]{1,2}[0-9]+\b")]
    private static partial Regex RequirementId();

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex JsonString();

    [GeneratedRegex("[ăâđêôơưĂÂĐÊÔƠƯàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]")]
    private static partial Regex Vietnamese();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\b")]
    private static partial Regex Word();
}
