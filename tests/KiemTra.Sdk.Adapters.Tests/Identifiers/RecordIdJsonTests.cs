using System.Text.Json;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Serialization.SystemTextJson;

namespace KiemTra.Sdk.Adapters.Tests.Identifiers;

/// <summary>A typed record id in a host's own JSON: a string, read back through the id's own rules.</summary>
public class RecordIdJsonTests
{
    /// <summary>A host's options: the web defaults (camel case) with the SDK's converters.</summary>
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForKiemTra();

    private sealed record HostRow(CaseId Case, DecisionId? Decision, RecordId<Meeting> Meeting);

    [Fact]
    public void AHostsRow_WritesEachIdAsItsText_AndReadsItBack()
    {
        var row = new HostRow(CaseId.From("HS-2026-01"), DecisionId.From("10-QĐ/UBKT"), RecordId<Meeting>.From("HN-TN-7"));

        var json = JsonSerializer.Serialize(row, Options);

        Assert.Equal("""{"case":"HS-2026-01","decision":"10-Q\u0110/UBKT","meeting":"HN-TN-7"}""", json); // default encoder escapes non-ASCII
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

    [Fact]
    public void ADictionaryKeyedByOrganisation_ReadsBack_AndAnInvalidKeyIsRefused()
    {
        var byOrganization = new Dictionary<Organization.OrganizationId, int> { [Organization.OrganizationId.From("TN.X01")] = 3 };

        var json = JsonSerializer.Serialize(byOrganization, Options);

        Assert.Equal("""{"TN.X01":3}""", json);
        Assert.Equal(byOrganization, JsonSerializer.Deserialize<Dictionary<Organization.OrganizationId, int>>(json, Options));
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<CaseId, int>>("""{"HS 1":1}""", Options));
        Assert.Contains("case id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADefaultId_IsNotWritten_SinceNoReaderCouldTakeItBack()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(CaseId), Options));
        Assert.Contains("default", ex.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Dictionary<CaseId, int> { [default] = 1 }, Options));
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
