using System.Text.Json;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Serialization.SystemTextJson;

namespace KiemTra.Sdk.Adapters.Tests.Identifiers;

/// <summary>A typed record id in a host's own JSON: a string, read back through the id's own rules.</summary>
public class RecordIdJsonTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForKiemTra();

    private sealed record HostRow(CaseId Case, DecisionId? Decision, RecordId<Meeting> Meeting);

    [Fact]
    public void AHostsRow_WritesEachIdAsItsText_AndReadsItBack()
    {
        var row = new HostRow(CaseId.From("HS-2026-01"), DecisionId.From("10-QĐ/UBKT"), RecordId<Meeting>.From("HN-TN-7"));

        var json = JsonSerializer.Serialize(row, Options);

        Assert.Equal("""{"case":"HS-2026-01","decision":"10-QĐ/UBKT","meeting":"HN-TN-7"}""", json);
        Assert.Equal(row, JsonSerializer.Deserialize<HostRow>(json, Options));
    }

    [Fact]
    public void ADictionaryKeyedByCaseId_IsAJsonObject()
    {
        var byCase = new Dictionary<CaseId, int> { [CaseId.From("HS-1")] = 2, [CaseId.From("HS-2")] = 0 };

        var json = JsonSerializer.Serialize(byCase, Options);

        Assert.Equal("""{"HS-1":2,"HS-2":0}""", json);
        Assert.Equal(byCase, JsonSerializer.Deserialize<Dictionary<CaseId, int>>(json, Options));
    }

    [Theory]
    [InlineData("""{"case":"HS/1","decision":null,"meeting":"HN-1"}""", "case id")]
    [InlineData("""{"case":"HS-1","decision":null,"meeting":"HN 1"}""", "meeting id")]
    [InlineData("""{"case":17,"decision":null,"meeting":"HN-1"}""", "JSON string")]
    public void AnIdTheRulesRefuse_IsAJsonError_NamingTheKindOfId(string json, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HostRow>(json, Options));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
