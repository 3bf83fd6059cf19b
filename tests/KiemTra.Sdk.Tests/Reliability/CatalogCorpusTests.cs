using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using KiemTra.Sdk.Inspection;
using Xunit.Abstractions;

namespace KiemTra.Sdk.Tests.Reliability;

/// <summary>
/// The bad-input corpus (issue 8) against <see cref="OversightCatalogs.Parse"/>: every input ends in a
/// <see cref="FormatException"/> whose message names the source and the JSON path; the shared bounds of
/// <see cref="InputRules"/>, no duplicate property, no lone surrogate and no unknown field apply.
/// </summary>
public partial class CatalogCorpusTests(ITestOutputHelper output)
{
    private const string ResourceName = "KiemTra.Sdk.Data.catalogues.oversight.json";

    [Fact]
    public void OversightCatalogsParse_RejectsEveryCorpusInput_WithFormatExceptionNamingThePath()
    {
        // R-S1, R-S3, R-I1 (catalogues are data a host may replace), issue 8.
        var seed = LoaderCorpusTests.Resource(ResourceName);
        Assert.Equal(6, OversightCatalogsJson.Read(seed, "seed.json").All.Count());
        var corpus = BadInputCorpus.Generate(seed, new CorpusOptions
        {
            Seed = 9,
            UniqueArrays = new HashSet<string> { "catalogues", "items" },
            DomainMutations = Mutations,
        });

        // Parse takes a string: bytes that are not UTF-8 never reach it (the host's decoder refuses or replaces them
        // first), so those inputs are counted apart; every other input is decoded exactly as a host would.
        var notText = 0;
        var text = corpus.Select(input => (input, bytes: input.Bytes())).Where(x =>
        {
            var valid = System.Text.Unicode.Utf8.IsValid(x.bytes);
            notText += valid ? 0 : 1;
            return valid;
        }).Select(x => new BadInput(x.input.Category, x.input.Description, () => x.bytes));
        var counts = CorpusRunner.Reject<DataFormatException>(
            text,
            bytes => OversightCatalogsJson.Read(Encoding.UTF8.GetString(bytes), "corpus.json"),
            ex => CorpusRunner.NamesPath(ex.Message, ex.Path) ?? (ex.SourceName == "corpus.json" ? null : $"no source: {ex.Message}"));
        output.WriteLine($"oversight catalogues: {CorpusRunner.Summary(counts)}; {notText} non-UTF-8 inputs not applicable to a string API");
        Assert.True(counts.Values.Sum() >= 1500, CorpusRunner.Summary(counts));
    }

    [Fact]
    public void OversightCatalogsParse_ItemsNotAnArray_IsAFormatErrorNamingThePath()
    {
        // Issue 8: was an InvalidOperationException from JsonElement.EnumerateArray.
        var json = """{"version":"x","catalogues":[{"id":"supervision-types","title":{"vi":"a","en":"b"},"items":{"code":"a"}}]}""";
        var error = Assert.Throws<DataFormatException>(() => OversightCatalogsJson.Read(json, "host.json"));
        Assert.Equal(("/catalogues/0/items", ErrorCodes.DocumentValueInvalid), (error.Path, error.Code));
        Assert.StartsWith("host.json: /catalogues/0/items (line 1): ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"version":"x","verison":"y","catalogues":[]}""", "/verison")]
    [InlineData("""{"version":"x","catalogues":[{"id":"a","title":{"vi":"a","en":"b","fr":"c"},"items":[]}]}""", "/catalogues/0/title/fr")]
    [InlineData("""{"version":"x","catalogues":[{"id":"a","title":{"vi":"a","en":"b"},"items":[{"code":"a","vi":"a","en":"a","source":"s","note":"n"}]}]}""", "/catalogues/0/items/0/note")]
    [InlineData("""{"version":"x","version":"y","catalogues":[]}""", "")]
    public void OversightCatalogsParse_UnknownOrDuplicateField_IsRejectedNamingIt(string json, string path)
    {
        // Issue 8: a typo in a host's catalogue must not be silently ignored, nor a repeated field resolved silently.
        var error = Assert.Throws<DataFormatException>(() => OversightCatalogsJson.Read(json, "host.json"));
        Assert.Contains($"host.json: {path}", error.Message, StringComparison.Ordinal);
        Assert.Contains(path == "" ? "version" : path[(path.LastIndexOf('.') + 1)..], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OversightCatalogsParse_LoneSurrogateInTheString_IsRejected_NotReplaced()
    {
        // Issue 8: an invalid .NET string must not become U+FFFD silently.
        var seed = LoaderCorpusTests.Resource(ResourceName);
        var json = seed.Replace("\"Loại giám sát\"", "\"Loại \uD800 giám sát\"", StringComparison.Ordinal);
        Assert.NotEqual(seed, json);
        var error = Assert.Throws<DataFormatException>(() => OversightCatalogsJson.Read(json, "host.json"));
        Assert.Contains("lone surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OversightCatalogsParse_DecomposedVietnamese_IsNormalisedToNfc()
    {
        // Issue 8: text input is normalised to NFC.
        var seed = LoaderCorpusTests.Resource(ResourceName);
        var json = seed.Replace("\"Loại giám sát\"", "\"" + "Loại giám sát".Normalize(NormalizationForm.FormD) + "\"", StringComparison.Ordinal);
        Assert.NotEqual(seed, json);
        var catalogs = OversightCatalogsJson.Read(json, "host.json");
        Assert.Equal("Loại giám sát", catalogs.SupervisionTypes.Title.Vietnamese);
        Assert.True(catalogs.SupervisionTypes.Title.Vietnamese.IsNormalized(NormalizationForm.FormC));
    }

    private static IEnumerable<(string, string)> Mutations(string doc)
    {
        // The seed is compact JSON (LoaderCorpusTests.Resource).
        yield return ("items an object", ReplaceFirstItems(doc, "\"items\":{\"code\":\"regular\"}"));
        yield return ("items a string", ReplaceFirstItems(doc, "\"items\":\"regular\""));
        yield return ("items empty", ReplaceFirstItems(doc, "\"items\":[]"));
        yield return ("required catalogue renamed", ReplaceFirst(doc, "\"id\":\"high-risk-fields\"", "\"id\":\"high-risk\""));
        yield return ("white-space code", ReplaceFirst(doc, "\"code\":\"", "\"code\":\"  \",\"zz\":\""));
        yield return ("empty title", ReplaceFirst(doc, "\"title\":{", "\"title\":{},\"zz\":{"));
    }

    private static string ReplaceFirst(string doc, string what, string with)
    {
        var at = doc.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, what);
        return doc[..at] + with + doc[(at + what.Length)..];
    }

    private static string ReplaceFirstItems(string doc, string with)
    {
        var at = doc.IndexOf("\"items\":[", StringComparison.Ordinal);
        var end = doc.IndexOf(']', at);
        Assert.True(at >= 0 && end > at);
        return doc[..at] + with + doc[(end + 1)..];
    }

    [GeneratedRegex(@"^corpus\.json: \$[^\s]*: ", RegexOptions.CultureInvariant)]
    private static partial Regex PathOf();
}
