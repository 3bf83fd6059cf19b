using System.Text;
using System.Text.Json;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson;
using KiemTra.Sdk.Tests.Reliability;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Reliability;

/// <summary>
/// The bad-input corpus through <c>ConfigureForKiemTra</c> (issue 8): every malformed document for the SDK's types ends in
/// a <see cref="JsonException"/> — never another exception, a hang or a half-read value — and Vietnamese text comes
/// back in NFC.
/// </summary>
public class JsonAdapterCorpusTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForKiemTra();

    private static readonly Deadlines.Deadline Sample = Deadlines.DeadlineCalculator.Default.Calculate(
        Deadlines.DeadlineRule.Create(
            "discipline-after-state-notice",
            Rules.RuleDurationUnit.WorkingDays,
            30,
            LocalizedText.Of("ngày nhận thông báo của cơ quan nhà nước", "receipt of the state body's notice"),
            RuleCitation.Of(RuleSetId.From("QD-22-2021"), "Quy định 22-QĐ/TW", "Điều 39", verified: true)),
        new LocalDate(2026, 2, 13));

    [Fact]
    public void Deserialize_EveryCorpusInput_ThrowsJsonException()
    {
        var seed = JsonSerializer.Serialize(Sample, Options);
        Assert.Equal(Sample.Due, JsonSerializer.Deserialize<Deadlines.Deadline>(seed, Options)!.Due);
        var failures = new List<string>();
        var count = 0;
        // The citation's article is free text: "true" written as a string there is a valid article, not a bad input.
        foreach (var input in BadInputCorpus.Generate(seed, new CorpusOptions { Seed = 6, NullDocumentIsInvalid = false })
                     .Where(i => !(i.Category == "wrong type" && i.Description.StartsWith("article@", StringComparison.Ordinal) && i.Description.EndsWith(":= \"true\"", StringComparison.Ordinal))))
        {
            count++;
            if (Reject(input) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {count}:\n{string.Join("\n", failures.Take(15))}");
        Assert.True(count >= 200, $"{count} inputs");
    }

    /// <summary>Null when the input ends in a <see cref="JsonException"/> with a bounded message, else what happened.</summary>
    private static string? Reject(BadInput input)
    {
        var bytes = input.Bytes();
        var task = Task.Run(() => JsonSerializer.Deserialize<Deadlines.Deadline>(bytes, Options));
        try
        {
            return task.Wait(TimeSpan.FromSeconds(20)) ? $"{input}: accepted" : $"{input}: hang";
        }
        catch (AggregateException ex) when (ex.InnerException is JsonException json)
        {
            return json.Message.Length > 4000 ? $"{input}: message of {json.Message.Length} characters" : null;
        }
        catch (AggregateException ex)
        {
            return $"{input}: {ex.InnerException!.GetType().Name}: {ex.InnerException.Message}";
        }
    }

    [Fact]
    public void Deserialize_ScalarTypesWithHostileStrings_ThrowJsonException()
    {
        string[] badDates = ["\"\\uD800\"", "\"0000-01-01x\"", "\"10000-01-01\"", "\"2026-02-30\"", "1e400", "null1", "[]", "{}", "\"\""];
        foreach (var text in badDates)
        {
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<LocalDate>(text, Options));
        }

        string[] badIds = ["\"\\uD800\"", "\"" + new string('a', InputRules.MaxStringLength + 1) + "\"", "1e400", "[]", "{}", "\"\"", "true"];
        foreach (var text in badIds)
        {
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<OrganizationId>(text, Options));
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<MemberId>(text, Options));
        }
    }

    [Fact]
    public void Identifiers_WithVietnameseLetters_ReadAsNfc_HostileOnesRefused()
    {
        // R-H1: the JSON package applies the SDK's InputRules: Vietnamese letters accepted (NFD read as NFC),
        // control, bidi, look-alike and over-long ids refused.
        const string nfc = "TN.Đồng-Hỷ";
        Assert.Equal(nfc, JsonSerializer.Deserialize<OrganizationId>($"\"{nfc.Normalize(NormalizationForm.FormD)}\"", Options).Value);
        Assert.Equal(nfc, JsonSerializer.Deserialize<MemberId>($"\"{nfc}\"", Options).Value);
        string[] hostile = ["\"TN\\u202EX1\"", "\"TN\\u0007X1\"", "\"TN X1\"", "\"\\u0425X1\"", "\"TN/X1\"", "\"" + new string('\u1EC7', 65) + "\"", "\"..\""];
        foreach (var text in hostile)
        {
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<OrganizationId>(text, Options));
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<MemberId>(text, Options));
        }
    }

    [Fact]
    public void LocalizedText_NfdInput_RoundTripsAsNfc()
    {
        const string nfc = "Đảng bộ xã Phú Bình";
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        var json = $"{{\"vi\":\"{nfd}\",\"en\":\"Phu Binh commune party committee\"}}";
        var text = JsonSerializer.Deserialize<LocalizedText>(json, Options)!;
        Assert.Equal(nfc, text.Vietnamese);
        var again = JsonSerializer.Deserialize<LocalizedText>(JsonSerializer.Serialize(text, Options), Options)!;
        Assert.Equal(nfc, again.Vietnamese);
    }
}
