using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using JsonNode = System.Text.Json.Nodes.JsonNode;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Organization;
using Xunit.Abstractions;

namespace KiemTra.Sdk.Tests.Reliability;

/// <summary>
/// The bad-input corpus (issue 8) against every loader a host or a file can reach: each of thousands of malformed or
/// hostile documents ends in the loader's documented format exception naming the JSON path — never another exception,
/// a hang or a half-loaded result. Counts per category are written to the test output (see docs/reliability.md).
/// </summary>
public class LoaderCorpusTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string HolidayScheduleSeed()
    {
        // The first built-in year only: every structural point of it is tried.
        using var stream = OpenResource("KiemTra.Sdk.Data.Calendar.civil-service-schedules.json");
        var root = JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        var schedules = root["schedules"]!.AsArray();
        while (schedules.Count > 1)
        {
            schedules.RemoveAt(schedules.Count - 1);
        }

        return root.ToJsonString(Compact);
    }

    /// <summary>A data file's JSON written compactly, as <see cref="Resource"/> returns embedded files.</summary>
    internal static string Minified(string json)
        => JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.ToJsonString(Compact);

    internal static string Resource(string name)
    {
        using var stream = OpenResource(name);
        var node = JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        return node.ToJsonString(Compact);
    }

    /// <summary>An embedded data file by its dotted name (resource names keep the folder's '/').</summary>
    private static Stream OpenResource(string dottedName)
    {
        var assembly = typeof(IHolidayScheduleSource).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.Replace('/', '.').Replace('\\', '.') == dottedName);
        return assembly.GetManifestResourceStream(name)!;
    }

    /// <summary>
    /// A small dataset with every record kind (organisations with flags and agencies, lineage, members with cadre
    /// committees, posts): small, so that every structural point of it can be tried quickly.
    /// </summary>
    internal static PartyDataset SmallDataset()
    {
        var old = new NodaTime.LocalDate(1990, 1, 1);
        var reform = new NodaTime.LocalDate(2025, 7, 1);
        var b = new PartyDatasetBuilder("Tỉnh Mẫu", new NodaTime.LocalDate(2025, 10, 31), "small");
        b.AddOrganization(OrganizationId.From("HB"), "Đảng bộ tỉnh Mẫu", OrganizationKind.Province, null, old, [BodyKind.StandingCommittee, BodyKind.InspectionCommission]);
        b.AddAdvisoryAgency(OrganizationId.From("HB"), AdvisoryAgencyKind.Office);
        b.AddOrganization(OrganizationId.From("HB.X1"), "Đảng bộ xã An Bình", OrganizationKind.Commune, OrganizationId.From("HB"), reform, [BodyKind.StandingCommittee, BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("HB.X2"), "Đảng bộ xã Phú Bình", OrganizationKind.Commune, OrganizationId.From("HB"), old);
        b.AddOrganization(OrganizationId.From("HB.X1.CB1"), "Chi bộ thôn Một", OrganizationKind.Cell, OrganizationId.From("HB.X1"), reform);
        b.AddLineageEvent(LineageEvent.MergedInto(OrganizationId.From("HB.X2"), reform, OrganizationId.From("HB.X1")));
        b.AddMember(MemberId.From("M0001"), "Nguyễn Văn An", OrganizationId.From("HB.X1.CB1"), MemberStatus.Full, new NodaTime.LocalDate(2010, 5, 19), OrganizationId.From("HB"), isLocal: true);
        b.AddMember(MemberId.From("M0002"), "Trần Thị Bình", OrganizationId.From("HB.X1.CB1"), MemberStatus.Probationary, new NodaTime.LocalDate(2025, 3, 2));
        b.AddPost(MemberId.From("M0001"), OrganizationId.From("HB.X1"), PostKind.CommissionChair, fullTime: true);
        return b.Build();
    }

    internal static string DatasetSeed()
    {
        using var buffer = new MemoryStream();
        PartyDatasetJson.Write(SmallDataset(), buffer);
        return JsonNode.Parse(buffer.ToArray())!.ToJsonString(Compact);
    }

    [Fact]
    public void HolidayScheduleSourcesLoad_RejectsEveryCorpusInput_WithDataFormatException()
    {
        var corpus = BadInputCorpus.Generate(HolidayScheduleSeed(), new CorpusOptions
        {
            Seed = 1,
            FreeKeyObjects = new HashSet<string> { "sources" },
            UniqueArrays = new HashSet<string> { "schedules", "daysOff", "makeUpWorkdays" },
        });
        var counts = CorpusRunner.Reject<DataFormatException>(
            corpus,
            bytes => HolidayScheduleJson.Read(new MemoryStream(bytes), "corpus.json"),
            ex => CorpusRunner.NamesPath(ex.Message, ex.Path));
        output.WriteLine("holiday schedules: " + CorpusRunner.Summary(counts));
        Assert.True(counts.Values.Sum() >= 2500, CorpusRunner.Summary(counts));
    }

    [Fact]
    public void StatutoryHolidayRulesLoad_RejectsEveryCorpusInput_WithDataFormatException()
    {
        var corpus = BadInputCorpus.Generate(Resource("KiemTra.Sdk.Data.Calendar.statutory-holidays.json"), new CorpusOptions
        {
            Seed = 2,
            FreeKeyObjects = new HashSet<string> { "sources" },
        });
        var counts = CorpusRunner.Reject<DataFormatException>(
            corpus,
            bytes => StatutoryHolidayRulesJson.Read(new MemoryStream(bytes), "corpus.json"),
            ex => CorpusRunner.NamesPath(ex.Message, ex.Path));
        output.WriteLine("statutory rules: " + CorpusRunner.Summary(counts));
        Assert.True(counts.Values.Sum() >= 4000, CorpusRunner.Summary(counts));
    }

    [Fact]
    public void RuleSetJsonParse_RejectsEveryCorpusInput_WithDataFormatException()
    {
        var corpus = BadInputCorpus.Generate(Resource("KiemTra.Sdk.Data.rules.QD-69-2022.json"), new CorpusOptions
        {
            Seed = 3,
            UniqueArrays = new HashSet<string> { "entries" },
        });
        var counts = CorpusRunner.Reject<DataFormatException>(
            corpus,
            bytes => RuleSetJson.Read(bytes, "corpus.json"),
            ex => CorpusRunner.NamesPath(ex.Message, ex.Path));
        output.WriteLine("rule sets: " + CorpusRunner.Summary(counts));
        Assert.True(counts.Values.Sum() >= 2000, CorpusRunner.Summary(counts));
    }

    [Fact]
    public void PartyDatasetJsonLoad_RejectsEveryCorpusInput_WithDataFormatException()
    {
        var corpus = BadInputCorpus.Generate(DatasetSeed(), new CorpusOptions
        {
            Seed = 4,
            UniqueArrays = new HashSet<string> { "organizations", "members" },
            DomainMutations = DatasetMutations,
        });
        var counts = CorpusRunner.Reject<DataFormatException>(
            corpus,
            bytes => PartyDatasetJson.Read(new MemoryStream(bytes), "corpus.json"),
            ex => CorpusRunner.NamesPath(ex.Message, ex.Path));
        output.WriteLine("party dataset: " + CorpusRunner.Summary(counts));
        Assert.True(counts.Values.Sum() >= 1000, CorpusRunner.Summary(counts));
    }

    /// <summary>Dangling references and cycles in the parent chains of the hand-built province.</summary>
    private static IEnumerable<(string, string)> DatasetMutations(string doc)
    {
        yield return ("dangling parent", ReplaceFirst(doc, "\"parent\":\"HB\"", "\"parent\":\"HB.NOPE\""));
        yield return ("self parent", ReplaceFirst(doc, "\"id\":\"HB.X1\",", "\"id\":\"HB.X1\",\"parent\":\"HB.X1\",", removeParentAfter: true));
        yield return ("cycle HB -> HB.X1 -> HB", ReplaceFirst(doc, "\"id\":\"HB\",", "\"id\":\"HB\",\"parent\":\"HB.X1\","));
        yield return ("dangling member organisation", ReplaceFirst(doc, "\"organization\":\"HB.X1.CB1\"", "\"organization\":\"HB.X1.NOPE\""));
        yield return ("dangling post member", ReplaceFirst(doc[..doc.IndexOf("\"posts\"", StringComparison.Ordinal)], "", "") + ReplaceFirst(doc[doc.IndexOf("\"posts\"", StringComparison.Ordinal)..], "\"member\":\"", "\"member\":\"NOPE"));
        yield return ("dangling lineage other", ReplaceFirst(doc, "\"other\":\"", "\"other\":\"NOPE."));
        yield return ("dangling cadre committee", ReplaceFirst(doc, "\"cadreCommittee\":\"", "\"cadreCommittee\":\"NOPE."));
        yield return ("records before organisations", MoveOrganizationsLast(doc));

        // Hostile identifiers (InputRules): refused by the loader, naming the path.
        yield return ("bidi override in a member id", ReplaceFirst(doc, "\"id\":\"M0002\"", "\"id\":\"M0002\\u202E\""));
        yield return ("right-to-left mark in a member id", ReplaceFirst(doc, "\"id\":\"M0002\"", "\"id\":\"M\\u200F0002\""));
        yield return ("control character in a member id", ReplaceFirst(doc, "\"id\":\"M0002\"", "\"id\":\"M\\u00070002\""));
        yield return ("space in a member id", ReplaceFirst(doc, "\"id\":\"M0002\"", "\"id\":\"M 0002\""));
        yield return ("look-alike Cyrillic letter in a member id", ReplaceFirst(doc, "\"id\":\"M0002\"", "\"id\":\"\\u041C0002\""));
        yield return ("slash in a member id", ReplaceFirst(doc, "\"id\":\"M0002\"", "\"id\":\"M/0002\""));
        yield return ("member id starting with a dot", ReplaceFirst(doc, "\"id\":\"M0002\"", "\"id\":\".M0002\""));
        yield return ("member id of 65 characters", ReplaceFirst(doc, "\"id\":\"M0002\"", "\"id\":\"" + new string('M', 65) + "\""));
        yield return ("member id of 65 Vietnamese letters", ReplaceFirst(doc, "\"id\":\"M0002\"", "\"id\":\"" + new string('\u1EC7', 65) + "\""));
        yield return ("combining mark left over in an organisation id", ReplaceFirst(doc, "\"id\":\"HB.X2\"", "\"id\":\"HB.X2q\\u0337\""));
        yield return ("zero-width space in an organisation id", ReplaceFirst(doc, "\"id\":\"HB.X2\"", "\"id\":\"HB.X2\\u200B\""));
    }

    private static string ReplaceFirst(string doc, string what, string with, bool removeParentAfter = false)
    {
        var at = doc.IndexOf(what, StringComparison.Ordinal);
        Assert.True(what.Length == 0 || at >= 0, $"seed has no {what}");
        if (what.Length == 0)
        {
            return doc;
        }

        var result = doc[..at] + with + doc[(at + what.Length)..];
        if (removeParentAfter)
        {
            // HB.X1 already had a parent: drop the original one so that the only parent is itself.
            var end = result.IndexOf('}', at);
            var original = result.IndexOf(",\"parent\":\"HB\"", at + with.Length, StringComparison.Ordinal);
            if (original > 0 && original < end)
            {
                result = result[..original] + result[(original + ",\"parent\":\"HB\"".Length)..];
            }
        }

        return result;
    }

    private static string MoveOrganizationsLast(string doc)
    {
        var root = JsonNode.Parse(doc)!.AsObject();
        var organizations = root["organizations"]!;
        root.Remove("organizations");
        root["organizations"] = organizations;
        return root.ToJsonString(Compact);
    }

    // R-W3, R-H1: nothing half-loaded — one extra field or one missing required field rejects the whole document.
    [Fact]
    public void Loaders_ValidDocumentWithOneUnknownOrOneMissingField_AreRejectedWhole()
    {
        Assert.Throws<DataFormatException>(() => HolidayScheduleJson.Read(Stream(HolidayScheduleSeed().Replace("\"year\":", "\"yearx\":1,\"year\":", StringComparison.Ordinal)), "x"));
        Assert.Throws<DataFormatException>(() => HolidayScheduleJson.Read(Stream(HolidayScheduleSeed().Replace("\"version\":", "\"ver\":", StringComparison.Ordinal)), "x"));
        var rules = Resource("KiemTra.Sdk.Data.rules.QD-69-2022.json");
        Assert.Throws<DataFormatException>(() => RuleSetJson.Read(rules.Replace("\"key\":", "\"extra\":true,\"key\":", StringComparison.Ordinal), "x"));
        Assert.Throws<DataFormatException>(() => RuleSetJson.Read(rules.Replace("\"issuer\":", "\"issuerx\":", StringComparison.Ordinal), "x"));
        var dataset = DatasetSeed();
        Assert.Throws<DataFormatException>(() => PartyDatasetJson.Read(Stream(dataset.Replace("\"status\":\"full\"", "\"status\":\"full\",\"rank\":1", StringComparison.Ordinal)), "x"));
        Assert.Throws<DataFormatException>(() => PartyDatasetJson.Read(Stream(ReplaceFirst(dataset, "\"admittedOn\":", "\"admitted\":")), "x"));

        // The seeds themselves load: the rejections above are the mutations' doing.
        Assert.Equal(new[] { 2023 }, HolidayScheduleJson.Read(Stream(HolidayScheduleSeed()), "x").GetYears()); // the first built-in year only
        Assert.Equal(RuleSetId.From("QD-69-2022"), RuleSetJson.Read(rules, "x").Id);
        Assert.Equal(4, PartyDatasetJson.Read(Stream(dataset), "x").OrganizationCount); // SmallDataset: four organisations
    }

    [Fact]
    public void Loaders_DocumentWithByteOrderMark_LoadsLikeWithout()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var set = RuleSetJson.Read([.. bom, .. CorpusRunner.Utf8(Resource("KiemTra.Sdk.Data.rules.QD-69-2022.json"))], "bom");
        Assert.Equal(RuleSetId.From("QD-69-2022"), set.Id);
        var source = HolidayScheduleJson.Read(new MemoryStream([.. bom, .. CorpusRunner.Utf8(HolidayScheduleSeed())]), "bom");
        Assert.Equal(new[] { 2023 }, source.GetYears());
        var data = PartyDatasetJson.Read(new MemoryStream([.. bom, .. CorpusRunner.Utf8(DatasetSeed())]), "bom");
        Assert.Equal(SmallDataset().OrganizationCount, data.OrganizationCount);
    }

    [Fact]
    public void Loaders_OverTheLimits_NameTheLimitAndTheValue()
    {
        var longName = new string('a', InputRules.MaxStringLength + 1);
        var rules = Resource("KiemTra.Sdk.Data.rules.QD-69-2022.json");
        var error = Assert.Throws<DataFormatException>(() => RuleSetJson.Read(rules.Replace("\"Bộ Chính trị\"", $"\"{longName}\"", StringComparison.Ordinal), "x"));
        Assert.Contains("InputRules.MaxStringLength", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{InputRules.MaxStringLength + 1} characters", error.Message, StringComparison.Ordinal);
        Assert.Equal("/issuer", error.Path);

        var deep = Assert.Throws<DataFormatException>(() => PartyDatasetJson.Read(Stream("{\"name\":" + new string('[', 100) + new string(']', 100) + "}"), "x"));
        Assert.Contains("64", deep.Message, StringComparison.Ordinal);

        var early = Assert.Throws<DataFormatException>(() => RuleSetJson.Read(System.Text.RegularExpressions.Regex.Replace(rules, "\"issuedOn\":\"[0-9-]+\"", "\"issuedOn\":\"1899-12-31\""), "x"));
        Assert.Contains("InputRules.MinYear", early.Message, StringComparison.Ordinal);
        Assert.Equal("/issuedOn", early.Path);

        var oversized = Assert.Throws<DataFormatException>(() => RuleSetJson.Read(new OversizedStream(), "huge"));
        Assert.Contains("InputRules.MaxDocumentBytes", oversized.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Stream(string json) => new(CorpusRunner.Utf8(json));

    /// <summary>A seekable stream that says it is longer than the document bound: refused before anything is read.</summary>
    private sealed class OversizedStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => InputRules.MaxDocumentBytes + 1L;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position > InputRules.MaxDocumentBytes + 1L)
            {
                return 0;
            }

            buffer.AsSpan(offset, count).Fill((byte)' ');
            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
