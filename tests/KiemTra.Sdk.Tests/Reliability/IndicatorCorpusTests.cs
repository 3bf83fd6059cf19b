using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KiemTra.Sdk.Indicators;
using Xunit.Abstractions;

namespace KiemTra.Sdk.Tests.Reliability;

/// <summary>
/// The bad-input corpus (issue 8) against the indicator loaders: the data set reader (organisations, bodies and every
/// activity-record kind), the indicator catalogue and the meeting-length limits. Every input ends in
/// <see cref="DataFormatException"/> naming the JSON path; the shared bounds of <see cref="InputLimits"/> and NFC apply.
/// </summary>
public class IndicatorCorpusTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly HashSet<string> IndicatorDates = ["asOf", "dueOn", "completedOn", "issuedOn", "receivedOn", "disseminatedOn", "from", "to", "date", "assignedOn", "completionDate"];

    /// <summary>
    /// Three organisations of the sample province (province, commune, cell) and the first record of every kind that
    /// stays inside them: small, so that every structural point can be tried, with every record kind present.
    /// </summary>
    internal static string DataSetSeed()
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "sample-province.json")))!.AsObject();
        var keep = new HashSet<string>(StringComparer.Ordinal) { "TM", "TM.X1", "TM.X1.CB1" };
        var organizations = root["organizations"]!.AsArray();
        foreach (var org in organizations.Where(o => !keep.Contains((string)o!["id"]!)).ToList())
        {
            organizations.Remove(org);
        }

        var bodies = organizations.SelectMany(o => o!["bodies"]!.AsArray()).Select(b => (string)b!["id"]!).ToHashSet(StringComparer.Ordinal);
        bool Inside(JsonObject record)
            => new[] { "organization", "target", "locality" }.All(f => record[f] is null || keep.Contains((string)record[f]!))
               && (record["body"] is null || bodies.Contains((string)record["body"]!));

        var assignments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in root.ToList())
        {
            if (name == "organizations" || value is not JsonArray records)
            {
                continue;
            }

            var first = records.FirstOrDefault(r => name == "meetingAttendance" ? assignments.Contains((string)r!["assignment"]!) : Inside(r!.AsObject()));
            Assert.True(first is not null, $"the sample has no {name} record inside the kept organisations");
            if (name == "localityAssignments")
            {
                assignments.Add((string)first!["id"]!);
            }

            root[name] = new JsonArray(first!.DeepClone());
        }

        return root.ToJsonString(Compact);
    }

    [Fact]
    public void IndicatorDataSetReaderRead_RejectsEveryCorpusInput_WithDataFormatException()
    {
        // R-I1 (indicator data read from files), issue 8: bad input ends in the documented typed error.
        var seed = DataSetSeed();
        // The seed itself loads (the rejections below are the mutations' doing): its root as written in the sample.
        var loaded = IndicatorDataSetReader.Read(Stream(seed), "seed.json");
        Assert.Equal("Đảng bộ Tỉnh Mẫu", loaded.Tree.NameOf(loaded.Tree.IndexOf(KiemTra.Sdk.Organization.OrganizationId.From("TM"))));
        var corpus = BadInputCorpus.Generate(seed, new CorpusOptions
        {
            Seed = 7,
            DateFields = IndicatorDates,
            DecimalFields = new HashSet<string> { "lengthInDays" },
            UniqueArrays = new HashSet<string> { "organizations", "bodies", "planItems", "governanceDocuments", "directives", "inspectionStaff", "conclusionFollowUps", "localityAssignments", "meetings", "tasks" },
            DomainMutations = DataSetMutations,
        });
        var counts = CorpusRunner.Reject<DataFormatException>(
            corpus,
            bytes => IndicatorDataSetReader.Read(new MemoryStream(bytes), "corpus.json"),
            ex => CorpusRunner.NamesPath(ex.Message, ex.Path));
        output.WriteLine("indicator data set: " + CorpusRunner.Summary(counts));
        Assert.True(counts.Values.Sum() >= 2000, CorpusRunner.Summary(counts));
    }

    private static IEnumerable<(string, string)> DataSetMutations(string doc)
    {
        yield return ("dangling parent", Replace(doc, "\"parent\":\"TM\"", "\"parent\":\"TM.NOPE\""));
        yield return ("self parent", Replace(doc, "\"parent\":\"TM\"", "\"parent\":\"TM.X1\""));
        yield return ("cycle TM -> TM.X1 -> TM", Replace(doc, "\"parent\":null", "\"parent\":\"TM.X1\""));
        yield return ("dangling record organisation", Replace(doc, "\"organization\":\"TM\"", "\"organization\":\"TM.NOPE\""));
        yield return ("dangling body", Replace(doc, "\"body\":\"TM.", "\"body\":\"NOPE."));
        yield return ("body of another organisation", Replace(doc, "\"body\":\"TM.UBKT\"", "\"body\":\"TM.X1.UBKT\""));
        yield return ("dangling target", Replace(doc, "\"target\":\"", "\"target\":\"NOPE."));
        yield return ("dangling locality", Replace(doc, "\"locality\":\"", "\"locality\":\"NOPE."));
        yield return ("attendance of an unknown assignment", Replace(doc, "\"assignment\":\"", "\"assignment\":\"NOPE-"));
        yield return ("more digital than total", Replace(doc, "\"proceduresDigital\":", "\"proceduresDigital\":9999", cutNumber: true));
        yield return ("zero meeting length", Replace(doc, "\"lengthInDays\":", "\"lengthInDays\":0", cutNumber: true));
        yield return ("negative meeting length", Replace(doc, "\"lengthInDays\":", "\"lengthInDays\":-1", cutNumber: true));
        yield return ("negative total", Replace(doc, "\"documentsTotal\":", "\"documentsTotal\":-1", cutNumber: true));
        yield return ("year before the reportable years", Replace(doc, "\"year\":", "\"year\":1901", cutNumber: true));
        yield return ("year after the input bound", Replace(doc, "\"year\":", "\"year\":99999", cutNumber: true));
        yield return ("reported year after the input bound", Replace(doc, "\"years\":[", "\"years\":[3000,"));
        yield return ("empty enum name", Replace(doc, "\"kinds\":[", "\"kinds\":[\"\","));
        yield return ("numeric enum value", Replace(doc, "\"kind\":\"Province\"", "\"kind\":\"3\""));
        yield return ("lower-case enum value", Replace(doc, "\"kind\":\"Province\"", "\"kind\":\"province\""));
    }

    [Fact]
    public void IndicatorCatalogueLoad_RejectsEveryCorpusInput_WithDataFormatException()
    {
        // R-T1 (targets are versioned data), issue 8.
        var seed = LoaderCorpusTests.Minified(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "ProvinceRulePack", "phuong-thuc-lanh-dao", "indicators", "KH-PTLD-2026-chi-tieu.json")));
        Assert.NotEmpty(IndicatorCatalogueJson.Read(Stream(seed), "seed.json").Indicators);
        var corpus = BadInputCorpus.Generate(seed, new CorpusOptions
        {
            Seed = 8,
            DecimalFields = new HashSet<string> { "value" },
            UniqueArrays = new HashSet<string> { "indicators" },
            DomainMutations = CatalogueMutations,
        });
        var counts = CorpusRunner.Reject<DataFormatException>(
            corpus,
            bytes => IndicatorCatalogueJson.Read(new MemoryStream(bytes), "corpus.json"),
            ex => CorpusRunner.NamesPath(ex.Message, ex.Path));
        output.WriteLine("indicator catalogue: " + CorpusRunner.Summary(counts));
        Assert.True(counts.Values.Sum() >= 2000, CorpusRunner.Summary(counts));
    }

    private static IEnumerable<(string, string)> CatalogueMutations(string doc)
    {
        yield return ("unknown measure", Replace(doc, "\"measure\":\"", "\"measure\":\"nope-"));
        yield return ("unknown comparator", Replace(doc, "\"comparator\":\"", "\"comparator\":\"=>"));
        yield return ("unknown unit", Replace(doc, "\"unit\":\"", "\"unit\":\"x"));
        yield return ("unknown period kind", Replace(doc, "\"periodKind\":\"", "\"periodKind\":\"month-"));
        yield return ("validTo before validFrom", Replace(doc, "\"validTo\":", "\"validTo\":1999", cutNumber: true));
        yield return ("year beyond the input bound", Replace(doc, "\"validTo\":", "\"validTo\":2147483647", cutNumber: true));
        yield return ("code with a space", Replace(doc, "\"code\":\"", "\"code\":\"A B"));
        yield return ("code with a non-ASCII letter", Replace(doc, "\"code\":\"", "\"code\":\"Đ"));
        yield return ("percent target over 100%", Replace(doc, "\"value\":", "\"value\":-5", cutNumber: true));
        yield return ("unknown organisation kind", Replace(doc, "\"organizationKinds\":[", "\"organizationKinds\":[\"Galaxy\","));
        yield return ("unknown body", Replace(doc, "\"appliesTo\":{", "\"appliesTo\":{\"body\":\"Xyz\","));
    }

    [Fact]
    public void MeetingLengthLimitsLoad_RejectsEveryCorpusInput_WithDataFormatException()
    {
        var seed = LoaderCorpusTests.Resource("KiemTra.Sdk.Data.indicators.meeting-limits.json");
        // The seed loads with the plan's limits (§III.5: half a day, one day, one and a half days).
        var limits = MeetingLengthLimitsJson.Read(Stream(seed), "seed.json");
        Assert.Equal(new[] { 0.5m, 1m, 1.5m }, new[] { MeetingKind.Dissemination, MeetingKind.Professional, MeetingKind.Important }.Select(limits.MaxDays).ToArray());
        var corpus = BadInputCorpus.Generate(seed, new CorpusOptions
        {
            Seed = 9,
            DecimalFields = new HashSet<string> { "maxDays" },
            UniqueArrays = new HashSet<string> { "limits" },
            DomainMutations = doc =>
            [
                ("zero limit", Replace(doc, "\"maxDays\":", "\"maxDays\":0", cutNumber: true)),
                ("negative limit", Replace(doc, "\"maxDays\":", "\"maxDays\":-0.5", cutNumber: true)),
                ("a kind missing", JsonNode.Parse(doc)!.AsObject() is var o && o["limits"]!.AsArray() is var a && a.Remove(a[0]) ? o.ToJsonString(Compact) : doc),
                ("empty limits", Replace(doc, "\"limits\":[", "\"limits\":[]," + "\"x\":[")),
            ],
        });
        var counts = CorpusRunner.Reject<DataFormatException>(
            corpus,
            bytes => MeetingLengthLimitsJson.Read(new MemoryStream(bytes), "corpus.json"),
            ex => CorpusRunner.NamesPath(ex.Message, ex.Path));
        output.WriteLine("meeting limits: " + CorpusRunner.Summary(counts));
        Assert.True(counts.Values.Sum() >= 300, CorpusRunner.Summary(counts));
    }

    [Fact]
    public void IndicatorLoaders_NfdText_IsReadAsNfc()
    {
        // Issue 8: Vietnamese typed decomposed (NFD) is normalised to NFC on input.
        var seed = DataSetSeed();
        var nfd = "Đảng bộ Tỉnh Mẫu".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual("Đảng bộ Tỉnh Mẫu", nfd);
        var data = IndicatorDataSetReader.Read(Stream(Replace(seed, "\"name\":\"Đảng bộ Tỉnh Mẫu\"", $"\"name\":\"{nfd}\"")), "nfd.json");
        Assert.Equal("Đảng bộ Tỉnh Mẫu", data.Tree.NameOf(data.Tree.IndexOf(KiemTra.Sdk.Organization.OrganizationId.From("TM"))));

        var catalogue = LoaderCorpusTests.Minified(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "ProvinceRulePack", "phuong-thuc-lanh-dao", "indicators", "KH-PTLD-2026-chi-tieu.json")));
        var vi = JsonNode.Parse(catalogue)!["indicators"]![0]!["text"]!["vi"]!.GetValue<string>();
        var loaded = IndicatorCatalogueJson.Read(Stream(catalogue.Replace(vi, vi.Normalize(System.Text.NormalizationForm.FormD), StringComparison.Ordinal)), "nfd.json");
        Assert.Equal(vi, loaded.Indicators[0].Text.Vietnamese);
    }

    [Fact]
    public void IndicatorLoaders_OverTheLimits_NameTheLimitAndTheValue()
    {
        var seed = DataSetSeed();
        var longName = new string('ắ', InputLimits.MaxStringLength + 1);
        var error = Assert.Throws<DataFormatException>(() => IndicatorDataSetReader.Read(Stream(Replace(seed, "\"name\":\"Đảng bộ Tỉnh Mẫu\"", $"\"name\":\"{longName}\"")), "x"));
        Assert.Contains("InputLimits.MaxStringLength", error.Message, StringComparison.Ordinal);
        Assert.Equal("/organizations/0/name", error.Path);
        Assert.True(error.Message.Length < 1000, error.Message);

        var early = Assert.Throws<DataFormatException>(() => IndicatorDataSetReader.Read(Stream(Replace(seed, "\"asOf\":\"2027-01-15\"", "\"asOf\":\"0000-01-01\"")), "x"));
        Assert.Contains("InputLimits.MinYear", early.Message, StringComparison.Ordinal);
        Assert.Equal("/asOf", early.Path);
        Assert.Equal("0000-01-01", early.Value);

        var twice = Assert.Throws<DataFormatException>(() => IndicatorDataSetReader.Read(Stream(Replace(seed, "\"asOf\":", "\"asOf\":\"2027-01-16\",\"asOf\":")), "x"));
        Assert.Contains("asOf", twice.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> DanglingReferences() => new()
    {
        // (array, index, field := value) → the path reported
        { "planItems", "organization", "TM.NOPE", "/planItems/3/organization" },
        { "planItems", "target", "TM.NOPE", "/planItems/3/target" },
        { "planItems", "body", "NOPE.UBKT", "/planItems/3/body" },
        { "meetings", "body", "NOPE.UBKT", "/meetings/3/body" },
        { "localityAssignments", "locality", "TM.NOPE", "/localityAssignments/3/locality" },
        { "reported", "organization", "TM.NOPE", "/reported/3/organization" },
        { "meetingAttendance", "assignment", "NOPE-1", "/meetingAttendance/3/assignment" },
        { "organizations", "parent", "TM.NOPE", "/organizations/3/parent" },
    };

    [Theory]
    [MemberData(nameof(DanglingReferences))]
    public void IndicatorDataSetReaderRead_DanglingReference_NamesTheRecordsRealPath(string array, string field, string value, string path)
    {
        // R-I1, issue 8: a reference to something not in the data set names the record's path, not '$'.
        var root = JsonNode.Parse(DataSetSeed())!.AsObject();
        var records = root[array]!.AsArray();
        // Copies of the first record (for organisations, of the cell, which has no bodies) up to index 3.
        var first = records[array == "organizations" ? 2 : 0]!;
        while (records.Count < 4)
        {
            var copy = first.DeepClone().AsObject();
            if (copy.ContainsKey("id"))
            {
                copy["id"] = array == "organizations" ? $"TM.X1.CB{records.Count + 1}" : $"{(string)copy["id"]!}-{records.Count}";
            }

            if (array == "meetingAttendance")
            {
                copy["date"] = $"2026-01-0{records.Count + 1}";
            }

            records.Add(copy);
        }

        var ok = IndicatorDataSetReader.Read(Stream(root.ToJsonString(Compact)), "ok.json");
        Assert.Equal("Đảng bộ Tỉnh Mẫu", ok.Tree.NameOf(ok.Tree.IndexOf(KiemTra.Sdk.Organization.OrganizationId.From("TM"))));
        records[3]![field] = value;
        var error = Assert.Throws<DataFormatException>(() => IndicatorDataSetReader.Read(Stream(root.ToJsonString(Compact)), "bad.json"));
        Assert.Equal(path, error.Path);
        Assert.Equal(value, error.Value);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Stream(string json) => new(CorpusRunner.Utf8(json));

    /// <summary>Replaces the first occurrence (and, with <paramref name="cutNumber"/>, the number literal right after it).</summary>
    private static string Replace(string doc, string what, string with, bool cutNumber = false)
    {
        var at = doc.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, $"seed has no {what}");
        var end = at + what.Length;
        if (cutNumber)
        {
            while (end < doc.Length && "+-.eE0123456789".Contains(doc[end], StringComparison.Ordinal))
            {
                end++;
            }
        }

        return doc[..at] + with + doc[end..];
    }
}
