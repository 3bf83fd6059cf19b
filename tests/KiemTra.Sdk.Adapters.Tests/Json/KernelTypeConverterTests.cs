using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson;

namespace KiemTra.Sdk.Adapters.Tests.Json;

public class KernelTypeConverterTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForKiemTra();

    [Fact]
    public void Finding_RoundTrips_WithVietnameseTextIntact()
    {
        var finding = Finding.Create(
            "ORG-CELL-MIN-MEMBERS",
            FindingSeverity.Error,
            "TN.X01.CB02",
            LocalizedText.Of("Chi bộ có 2 đảng viên chính thức; cần ít nhất 3.", "The cell has 2 full members; at least 3 are required."),
            RuleCitation.Of("DIEU-LE-2011", "Điều lệ Đảng", "Điều 21", verified: true));
        var json = JsonSerializer.Serialize(finding, Options);
        var back = JsonSerializer.Deserialize<Finding>(json, Options)!;
        Assert.Equal(finding, back);
        Assert.Equal("Chi bộ có 2 đảng viên chính thức; cần ít nhất 3.", back.Message.Vietnamese);
    }

    [Fact]
    public void SourceGeneratedContext_WritesTheSameJson()
    {
        var finding = Finding.Create("X", FindingSeverity.Warning, "TN", LocalizedText.Of("Cảnh báo", "Warning"));
        Assert.Equal(JsonSerializer.Serialize(finding, Options), JsonSerializer.Serialize(finding, KiemTraJsonContext.Default.Finding));
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

    [Fact]
    public void Finding_UnknownSeverity_IsRejected()
    {
        const string json = """{"code":"X","severity":"Fatal","subjectId":"TN","message":{"vi":"a","en":"b"},"rule":null}""";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Finding>(json, Options));
        Assert.Contains("Fatal", ex.Message, StringComparison.Ordinal);
    }
}
