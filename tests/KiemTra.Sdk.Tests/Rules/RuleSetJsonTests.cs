using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Rules;

public class RuleSetJsonTests
{
    private const string Valid = """
        {
          "id": "TEST-1",
          "instrument": "01-QĐ/TW",
          "title": { "vi": "Thử", "en": "Test" },
          "issuer": "Ban Chấp hành Trung ương",
          "issuedOn": "2024-01-02",
          "effectiveFrom": "2024-02-01",
          "verified": true,
          "source": "unit test",
          "entries": [
            { "key": "a.duration", "value": { "kind": "duration", "amount": 30, "unit": "workingDays" }, "article": "Điều 1", "verified": true },
            { "key": "a.range", "value": { "kind": "integerRange", "min": 3, "max": 7 }, "verified": false, "note": "n" },
            { "key": "a.flag", "value": { "kind": "boolean", "value": true }, "verified": true },
            { "key": "a.codes", "value": { "kind": "codes", "codes": ["x", "y"] }, "verified": true },
            { "key": "a.int", "value": { "kind": "integer", "value": 300 }, "verified": true }
          ]
        }
        """;

    [Fact]
    public void Parse_ReadsEveryValueKind()
    {
        var set = RuleSetJson.Read(Valid, "test.json");
        Assert.Equal(RuleSetId.From("TEST-1"), set.Id);
        Assert.Equal(new LocalDate(2024, 2, 1), set.EffectiveFrom);
        Assert.True(set.TryGetEntry("a.duration", out var duration));
        Assert.Equal(RuleDuration.Of(30, RuleDurationUnit.WorkingDays), duration.Value.AsDuration());
        Assert.Equal("Điều 1", duration.Article);
        Assert.True(set.TryGetEntry("a.range", out var range));
        Assert.False(range.Verified);
        Assert.Equal((3, 7), range.Value.AsRange());
        Assert.True(set.TryGetEntry("a.codes", out var codes));
        Assert.Equal(["x", "y"], codes.Value.AsCodes().ToArray());
        Assert.True(set.TryGetEntry("a.int", out var integer));
        Assert.Equal(300, integer.Value.AsInteger());
        Assert.Throws<InvalidOperationException>(() => integer.Value.AsBoolean());
    }

    [Fact]
    public void Parse_UnknownField_NamesPathLineAndValue()
    {
        var json = Valid.Replace("\"verified\": true,\n  \"source\"", "\"verified\": true,\n  \"colour\": \"red\",\n  \"source\"", StringComparison.Ordinal);
        var ex = Assert.Throws<DataFormatException>(() => RuleSetJson.Read(json, "test.json"));
        Assert.Equal("/colour", ex.Path);
        Assert.Equal(9, ex.Line);
        Assert.Equal("colour", ex.Value);
        Assert.Contains("test.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadDate_NamesPathLineAndValue()
    {
        var ex = Assert.Throws<DataFormatException>(() => RuleSetJson.Read(Valid.Replace("2024-02-01", "2024-02-30", StringComparison.Ordinal), "test.json"));
        Assert.Equal("/effectiveFrom", ex.Path);
        Assert.Equal(7, ex.Line);
        Assert.Equal("2024-02-30", ex.Value);
    }

    [Fact]
    public void Parse_DuplicateKey_NamesTheSecondEntry()
    {
        var ex = Assert.Throws<DataFormatException>(() => RuleSetJson.Read(Valid.Replace("\"a.int\"", "\"a.flag\"", StringComparison.Ordinal), "test.json"));
        Assert.Equal("/entries/4/key", ex.Path);
        Assert.Equal("a.flag", ex.Value);
        Assert.Equal(15, ex.Line);
    }

    [Fact]
    public void Parse_UnknownUnit_IsRejected()
    {
        var ex = Assert.Throws<DataFormatException>(() => RuleSetJson.Read(Valid.Replace("workingDays", "weeks", StringComparison.Ordinal), "test.json"));
        Assert.Equal("/entries/0/value/unit", ex.Path);
        Assert.Equal("weeks", ex.Value);
    }

    [Fact]
    public void Parse_MalformedJson_NamesTheLine()
    {
        var ex = Assert.Throws<DataFormatException>(() => RuleSetJson.Read(Valid.Replace("\"issuer\": \"Ban", "\"issuer\" \"Ban", StringComparison.Ordinal), "test.json"));
        Assert.Equal(5, ex.Line);
    }

    [Fact]
    public void Parse_SupersededOnWithoutSuccessor_IsRejected()
    {
        var json = Valid.Replace("\"source\": \"unit test\",", "\"source\": \"unit test\",\n  \"supersededOn\": \"2025-01-01\",", StringComparison.Ordinal);
        var ex = Assert.Throws<DataFormatException>(() => RuleSetJson.Read(json, "test.json"));
        Assert.Equal("/supersededOn", ex.Path);
    }

    [Fact]
    public void Parse_SupersessionWithoutVerifiedFlag_IsRejected()
    {
        var json = Valid.Replace("\"source\": \"unit test\",", "\"source\": \"unit test\",\n  \"supersededBy\": \"TEST-2\",", StringComparison.Ordinal);
        var ex = Assert.Throws<DataFormatException>(() => RuleSetJson.Read(json, "test.json"));
        Assert.Equal("/supersessionVerified", ex.Path);
    }

    [Fact]
    public void BuiltInFiles_AllParse_AndUseOnlyValidKeys()
    {
        var book = RuleBook.BuiltIn;
        Assert.NotEmpty(book.Keys);
        Assert.All(book.Keys, k => Assert.True(RuleEntry.IsValidKey(k), k));
    }
}
