using System.Text;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Tests.Reliability;

namespace KiemTra.Sdk.Tests.Indicators;

/// <summary>
/// The meeting-length limits document: embedded data the core reads through internal code (the built-in
/// meetings-within-length-limit measure is its only reader), refused with a code, pointer and line, and written back equal.
/// </summary>
public sealed class MeetingLengthLimitsDocumentTests
{
    private const string Limits = """
        { "source": { "ruleSet": "X", "instrument": "1-X" }, "verified": true,
          "limits": [
            { "kind": "Dissemination", "maxDays": 0.5, "text": { "vi": "nửa ngày", "en": "half a day" } }
          ] }
        """;

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static MemoryStream Written(MeetingLengthLimits limits)
    {
        var stream = new MemoryStream();
        MeetingLengthLimitsJson.Write(limits, stream);
        return new MemoryStream(stream.ToArray(), writable: false);
    }

    [Fact]
    public void MeetingLimits_FourRefusals_CarryCodePointerAndLine()
    {
        static DataFormatException Error(string json) => Assert.Throws<DataFormatException>(() => MeetingLengthLimitsJson.Read(Utf8(json), "m.json"));

        var duplicate = Error(Limits.Replace("\"verified\": true", "\"verified\": true, \"verified\": false", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentFieldDuplicate, "/verified", 1), (duplicate.Code, duplicate.Path, duplicate.Line));
        var unknown = Error(Limits.Replace("\"maxDays\": 0.5", "\"maxDays\": 0.5, \"minDays\": 0", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentFieldUnknown, "/limits/0/minDays", 3), (unknown.Code, unknown.Path, unknown.Line));
        var wrongType = Error(Limits.Replace("\"maxDays\": 0.5", "\"maxDays\": \"half\"", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentValueInvalid, "/limits/0/maxDays", 3), (wrongType.Code, wrongType.Path, wrongType.Line));
        var rule = Error(Limits.Replace("\"maxDays\": 0.5", "\"maxDays\": -1", StringComparison.Ordinal));
        Assert.Equal((ErrorCodes.DocumentRuleViolated, "/limits/0/maxDays", 3), (rule.Code, rule.Path, rule.Line));
    }

    [Fact]
    public void MeetingLengthLimits_BuiltIn_ReadWrittenRead_IsEqual()
    {
        var first = MeetingLengthLimitsJson.Read(Utf8(LoaderCorpusTests.Resource("KiemTra.Sdk.Data.indicators.meeting-limits.json")), "limits.json");
        var second = MeetingLengthLimitsJson.Read(Written(first), "written.json");
        Assert.Equal(first.Source, second.Source);
        foreach (var kind in Enum.GetValues<MeetingKind>())
        {
            Assert.Equal(first.MaxDays(kind), second.MaxDays(kind));
            Assert.Equal(first.Text(kind), second.Text(kind));
        }
    }
}
