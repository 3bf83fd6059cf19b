using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace KiemTra.Cli.Tests.Text;

/// <summary>
/// The CLI run as a process under the locales of issue 14 ("Done when"): <c>LC_ALL</c>/<c>LANG</c> set to de_DE, ar_SA,
/// th_TH and C (UTF-8). .NET on Linux takes its current culture from these variables and ICU supplies the culture data,
/// so no OS locale has to be installed; the first test proves the variables do change the culture. Every text output
/// must be the same bytes (for .docx and .xlsx: the same parts, entry by entry), and no output carries internal
/// vocabulary: no "seed 00x", no requirement id, no English enum member name inside a Vietnamese sentence (the shipped
/// data files are searched the same way by <c>ShippedDataVocabularyTests</c> in the SDK tests).
/// </summary>
public partial class LocaleOutputTests
{
    private static readonly string[] Locales = ["C.UTF-8", "de_DE.UTF-8", "ar_SA.UTF-8", "th_TH.UTF-8"];

    private static readonly string[][] Commands =
    [
        ["deadline", "--event", "2026-02-13", "--working-days", "30"],
        ["deadline", "--event", "2026-02-13", "--working-days", "30", "--json"],
        ["calendar", "--year", "2026"],
        ["calendar", "--year", "2026", "--json"],
        ["org", "check"],
        ["org", "stats"],
        ["org", "stats", "--json"],
        ["warnings"],
        ["warnings", "--json"],
        ["cases", "stats"],
        ["cases", "stats", "--json"],
        ["indicators"],
        ["indicators", "--json"],
        ["lunar", "--from-year", "2026", "--to-year", "2027"],
        ["lunar", "--date", "2026-02-17", "--json"],
    ];

    /// <summary>Every format the report command writes; .docx and .xlsx are compared and searched by their XML parts.</summary>
    private const string ReportFormats = "html,json,csv,docx,xlsx";

    private static readonly Lazy<HashSet<string>> EnumNames = new(PublicEnumMemberNames);

    private static readonly Lazy<Dictionary<string, Dictionary<string, byte[]>>> Outputs = new(RunAll);

    [Fact]
    public void TheLocaleVariables_ChangeTheCultureOfAProcess()
    {
        // Without this the comparison below would prove nothing: under de_DE .NET writes a decimal comma.
        Assert.Equal("de-DE", RunCulture("de_DE.UTF-8"));
    }

    [Fact]
    public void EveryCommand_WritesTheSameBytes_UnderEveryLocale()
    {
        var outputs = Outputs.Value;
        foreach (var (name, byLocale) in outputs[Locales[0]])
        {
            foreach (var locale in Locales.Skip(1))
            {
                Assert.True(outputs[locale].TryGetValue(name, out var other), $"{name} missing under {locale}");
                if (name.EndsWith(".docx", StringComparison.Ordinal) || name.EndsWith(".xlsx", StringComparison.Ordinal))
                {
                    Assert.Equal(Parts(byLocale), Parts(other!));
                }
                else
                {
                    Assert.True(byLocale.AsSpan().SequenceEqual(other), $"{name} differs under {locale} from {Locales[0]}");
                }
            }
        }
    }

    [Fact]
    public void NoOutput_CarriesSeedReferencesOrRequirementIds()
    {
        // Issue 14 item 3: no "Seed 00x", no "(R-D2)" in anything a user reads.
        foreach (var (name, bytes) in Outputs.Value[Locales[0]])
        {
            var text = Readable(name, bytes);
            Assert.False(text.Contains("seed 0", StringComparison.OrdinalIgnoreCase), $"{name}: {Around(text, text.IndexOf("eed 0", StringComparison.OrdinalIgnoreCase))}");
            var id = RequirementId().Match(text);
            Assert.False(id.Success, $"{name}: requirement id {id.Value} in '{Around(text, id.Index)}'");
        }
    }

    [Fact]
    public void NoOutput_PutsAnEnumNameInAVietnameseSentence()
    {
        // Issue 14 item 3: "PartySupervision", "RemovalFromPost"… are the SDK's words, not the reader's.
        var found = new List<string>();
        foreach (var (name, bytes) in Outputs.Value[Locales[0]])
        {
            foreach (var sentence in VietnameseSentences(Readable(name, bytes)))
            {
                found.AddRange(EnumNamesIn(sentence).Select(word => $"{name}: {word} in '{sentence}'"));
            }
        }

        // One example per output and word, so that every word left shows at once.
        var examples = found.GroupBy(f => f[..f.IndexOf(" in '", StringComparison.Ordinal)], StringComparer.Ordinal).Select(g => g.First());
        Assert.True(found.Count == 0, string.Join("\n", examples));
    }

    [Fact]
    public void TheEnumNameList_IsBuiltFromTheSdksPublicEnums()
    {
        // Guards the test above: the list is not empty and holds the names the issue quotes.
        Assert.Contains("PartySupervision", EnumNames.Value);
        Assert.Contains("GrassrootsCell", EnumNames.Value);
        Assert.DoesNotContain("Province", EnumNames.Value);
        Assert.Equal(["PartySupervision"], EnumNamesIn("kiến nghị KN-1 (PartySupervision, KL-2)"));
    }

    /// <summary>The text a reader sees: the file itself, or for .docx/.xlsx the paragraphs and shared strings.</summary>
    private static string Readable(string name, byte[] bytes)
    {
        if (!name.EndsWith(".docx", StringComparison.Ordinal) && !name.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName is "word/document.xml" or "xl/sharedStrings.xml" || e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var stream = entry.Open();
            var xml = XDocument.Load(stream);
            // One line per paragraph (w:p) or shared string (si) or inline string: a sentence is not cut across lines.
            foreach (var block in xml.Descendants().Where(e => e.Name.LocalName is "p" or "si" or "is"))
            {
                text.Append(string.Concat(block.Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value))).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The Vietnamese sentences of a text: for JSON (a document, or one document per line) its string values, otherwise its
    /// lines; only those that contain a Vietnamese letter.
    /// </summary>
    private static IEnumerable<string> VietnameseSentences(string text)
    {
        var pieces = new List<string>();
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                Strings(document.RootElement, pieces);
            }
            catch (JsonException)
            {
                foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    try
                    {
                        using var document = JsonDocument.Parse(line);
                        Strings(document.RootElement, pieces);
                    }
                    catch (JsonException)
                    {
                        pieces.Add(line);
                    }
                }
            }
        }
        else
        {
            pieces.AddRange(text.Split('\n'));
        }

        return pieces.Where(p => VietnameseLetter().IsMatch(p));
    }

    private static void Strings(JsonElement element, List<string> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                values.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Strings(property.Value, values);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Strings(item, values);
                }

                break;
        }
    }

    private static List<string> EnumNamesIn(string sentence) =>
        PascalWord().Matches(sentence).Select(m => m.Value).Where(EnumNames.Value.Contains).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every member name of ≥ 2 capitalised parts of every public enum of the SDK's assemblies (core and reporting).</summary>
    private static HashSet<string> PublicEnumMemberNames()
    {
        Assembly[] assemblies = [typeof(KiemTra.Sdk.LocalizedText).Assembly, typeof(KiemTra.Sdk.Reporting.HtmlReportWriter).Assembly];
        return assemblies
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames)
            .Where(n => PascalWord().IsMatch(n) && PascalWord().Match(n).Value == n)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\b")]
    private static partial Regex PascalWord();

    [GeneratedRegex("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĐ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();

    [Fact]
    public void TheLocaleComparison_CoversEveryCommandOfTheIssueAndEveryReportFormat()
    {
        // Issue 14 "Done when": deadline, calendar, org check, warnings, cases stats and report in every text format.
        var names = Outputs.Value[Locales[0]].Keys.ToList();
        foreach (var command in new[] { "deadline", "calendar", "org check", "warnings", "cases stats" })
        {
            Assert.Contains(names, n => n.StartsWith(command, StringComparison.Ordinal));
        }

        foreach (var file in new[] { "report.html", "report.json", "report.csv", "report.docx", "report.xlsx" })
        {
            Assert.Contains("report " + file, names);
        }
    }

    /// <summary>A package's parts as name → text, so that two packages compare by content whatever the zip container.</summary>
    private static SortedDictionary<string, string> Parts(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            parts[entry.FullName] = reader.ReadToEnd();
        }

        return parts;
    }

    internal static string Around(string text, int at) => at < 0 ? string.Empty : text.Substring(Math.Max(0, at - 60), Math.Min(120, text.Length - Math.Max(0, at - 60)));

    [GeneratedRegex(@"\bR-[A-Z]{1,2}[0-9]+\b")]
    internal static partial Regex RequirementId();

    private static Dictionary<string, Dictionary<string, byte[]>> RunAll()
    {
        var result = new Dictionary<string, Dictionary<string, byte[]>>();
        foreach (var locale in Locales)
        {
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var command in Commands)
            {
                files[string.Join(' ', command)] = Run(command, locale);
            }

            var dir = Directory.CreateTempSubdirectory("kiemtra-locale-");
            try
            {
                Run(["report", "--format", ReportFormats, "--out", dir.FullName], locale);
                foreach (var file in dir.GetFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    files["report " + file.Name] = File.ReadAllBytes(file.FullName);
                }
            }
            finally
            {
                dir.Delete(recursive: true);
            }

            result[locale] = files;
        }

        return result;
    }

    private static string RunCulture(string locale)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "kiemtra.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", probe, "about"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Environment(start, locale);
        using var process = Process.Start(start)!;
        var text = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var match = Regex.Match(text, @"process culture: (\S+)");
        return match.Success ? match.Groups[1].Value : text;
    }

    private static byte[] Run(string[] args, string locale)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "kiemtra.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Environment(start, locale);
        using var process = Process.Start(start)!;
        using var bytes = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(bytes);
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        copy.Wait();
        Assert.True(process.ExitCode == 0, $"kiemtra {string.Join(' ', args)} under {locale}: exit {process.ExitCode}: {error.Result}");
        return bytes.ToArray();
    }

    private static void Environment(ProcessStartInfo start, string locale)
    {
        start.Environment["LC_ALL"] = locale;
        start.Environment["LANG"] = locale;
        start.Environment.Remove("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
    }
}
