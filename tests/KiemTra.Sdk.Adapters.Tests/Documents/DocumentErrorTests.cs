using System.Text;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Serialization.SystemTextJson;

namespace KiemTra.Sdk.Adapters.Tests.Documents;

/// <summary>
/// Issue 16 item 3 (one error vocabulary): every document reader refuses a duplicate field, an unknown field, a wrong
/// type and a broken rule with a <see cref="DataFormatException"/> carrying the right code, JSON pointer and line.
/// Expected lines are counted by hand in the documents below.
/// </summary>
public sealed class DocumentErrorTests
{
    private const string RuleSet = """
        {
          "id": "HOST-1", "instrument": "1-QĐ/X",
          "title": { "vi": "Quy định thử", "en": "Test rules" },
          "issuer": "Tỉnh ủy", "issuedOn": "2026-01-01", "effectiveFrom": "2026-01-01",
          "verified": true, "source": "unit test",
          "entries": [
            { "key": "host.limit", "value": { "kind": "integer", "value": 3 }, "verified": true }
          ]
        }
        """;

    private const string Catalog = """
        { "version": "1", "catalogues": [
          { "id": "supervision-types", "title": { "vi": "Loại giám sát", "en": "Supervision types" },
            "items": [ { "code": "regular", "vi": "Thường xuyên", "en": "Regular", "source": "x" } ] }
        ] }
        """;

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static DataFormatException RuleSetError(string json) => Assert.Throws<DataFormatException>(() => RuleSetJson.Read(Utf8(json), "host.json"));

    [Fact]
    public void RuleSet_DuplicateField_IsDocFieldDuplicate_AtItsPointerAndLine()
    {
        // R-W3
        var ex = RuleSetError(RuleSet.Replace("\"issuer\": \"Tỉnh ủy\"", "\"issuer\": \"Tỉnh ủy\", \"issuer\": \"x\"", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentFieldDuplicate, "/issuer", 4), (ex.Code, ex.Path, ex.Line));
        Assert.Equal("host.json", ex.SourceName);
    }

    [Fact]
    public void RuleSet_UnknownField_IsDocFieldUnknown_AtItsPointerAndLine()
    {
        var ex = RuleSetError(RuleSet.Replace("\"verified\": true, \"source\"", "\"verified\": true, \"colour\": \"red\", \"source\"", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentFieldUnknown, "/colour", 5), (ex.Code, ex.Path, ex.Line));
    }

    [Fact]
    public void RuleSet_WrongType_IsDocValueInvalid_AtItsPointerAndLine()
    {
        var ex = RuleSetError(RuleSet.Replace("\"value\": 3", "\"value\": \"three\"", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentValueInvalid, "/entries/0/value/value", 7), (ex.Code, ex.Path, ex.Line));
        Assert.Equal("three", ex.Value);
    }

    [Fact]
    public void RuleSet_EffectiveBeforeIssued_IsDocRuleViolated_AtItsPointerAndLine()
    {
        var ex = RuleSetError(RuleSet.Replace("\"effectiveFrom\": \"2026-01-01\"", "\"effectiveFrom\": \"2025-12-31\"", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentRuleViolated, "/effectiveFrom", 4), (ex.Code, ex.Path, ex.Line));
        Assert.False(string.IsNullOrWhiteSpace(ex.Problem.Vietnamese));
    }

    [Fact]
    public void Catalogs_FourRefusals_CarryCodePointerAndLine()
    {
        static DataFormatException Error(string json) => Assert.Throws<DataFormatException>(() => OversightCatalogsJson.Read(Utf8(json), "c.json"));

        var duplicate = Error(Catalog.Replace("\"version\": \"1\"", "\"version\": \"1\", \"version\": \"2\"", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentFieldDuplicate, "/version", 1), (duplicate.Code, duplicate.Path, duplicate.Line));
        var unknown = Error(Catalog.Replace("\"source\": \"x\"", "\"source\": \"x\", \"colour\": \"red\"", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentFieldUnknown, "/catalogues/0/items/0/colour", 3), (unknown.Code, unknown.Path, unknown.Line));
        var wrongType = Error(Catalog.Replace("\"id\": \"supervision-types\"", "\"id\": 7", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentValueInvalid, "/catalogues/0/id", 2), (wrongType.Code, wrongType.Path, wrongType.Line));
        // Only one of the six required catalogues: the core's factory refuses the set.
        var rule = Error(Catalog);
        Assert.Equal((ErrorCodes.DocumentRuleViolated, "/catalogues", 1), (rule.Code, rule.Path, rule.Line));
        Assert.Contains("inspection-types", rule.Problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void PartyDataset_FourRefusals_CarryCodePointerAndLine()
    {
        const string dataset = """
            { "name": "Tỉnh Mẫu", "snapshotDate": "2025-10-31",
              "organizations": [
                { "id": "HB", "name": "Đảng bộ tỉnh Mẫu", "kind": "province", "createdOn": "1990-01-01" }
              ] }
            """;
        static DataFormatException Error(string json) => Assert.Throws<DataFormatException>(() => PartyDatasetJson.Read(Utf8(json), "d.json"));

        var duplicate = Error(dataset.Replace("\"id\": \"HB\"", "\"id\": \"HB\", \"id\": \"HC\"", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentFieldDuplicate, "/organizations/0/id", 3), (duplicate.Code, duplicate.Path, duplicate.Line));
        var unknown = Error(dataset.Replace("\"kind\": \"province\"", "\"kind\": \"province\", \"colour\": \"red\"", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentFieldUnknown, "/organizations/0/colour", 3), (unknown.Code, unknown.Path, unknown.Line));
        var wrongType = Error(dataset.Replace("\"createdOn\": \"1990-01-01\"", "\"createdOn\": 1990", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentValueInvalid, "/organizations/0/createdOn", 3), (wrongType.Code, wrongType.Path, wrongType.Line));
        var rule = Error(dataset.Replace("\"createdOn\": \"1990-01-01\" }", "\"createdOn\": \"1990-01-01\" },\n    { \"id\": \"HB\", \"name\": \"Hai\", \"kind\": \"province\", \"createdOn\": \"1990-01-01\" }", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentIdDuplicate, "/organizations/1/id", 4), (rule.Code, rule.Path, rule.Line));
    }

    [Fact]
    public void HolidaySchedules_WrongFormatName_IsDocVersionUnsupported()
    {
        var ex = Assert.Throws<DataFormatException>(() => HolidayScheduleJson.Read(Utf8("""{ "format": "x/2", "version": "1", "sources": {}, "schedules": [] }"""), "h.json"));
        Assert.Equal((ErrorCodes.DocumentVersionUnsupported, "/format", 1), (ex.Code, ex.Path, ex.Line));
    }
}
