using System.Text.Json;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson;

namespace KiemTra.Sdk.Adapters.Tests.Json;

public class KernelTypeConverterTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForKiemTra();

    [Fact]
    public void SourceGeneratedContext_WritesTheSameJson()
    {
        var citation = RuleCitation.Of(RuleSetId.From("QD-22-2021"), LocalizedText.Of("Quy định 22-QĐ/TW", "Regulation 22-QĐ/TW"), "Điều 39", verified: true);
        Assert.Equal(JsonSerializer.Serialize(citation, Options), JsonSerializer.Serialize(citation, KiemTraJsonContext.Default.RuleCitation));
    }

    [Fact]
    public void LocalizedText_UnknownProperty_IsRejected()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LocalizedText>("""{"vi":"a","en":"b","fr":"c"}""", Options));
        Assert.Contains("'fr'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalizedText_MissingEnglish_IsRejectedNamingTheProperty()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LocalizedText>("""{"vi":"a"}""", Options));
        Assert.Contains("LocalizedText.en", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrganizationId_Invalid_IsRejectedWithTheValue()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OrganizationId>("\"TN X\"", Options));
        Assert.Contains("TN X", ex.Message, StringComparison.Ordinal);
    }
}
