using System.Text.Json;
using KiemTra.Sdk.Serialization.SystemTextJson;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

namespace KiemTra.Sdk.Adapters.Tests.Json;

/// <summary>
/// Round trips every shaped domain type over real instances (see <see cref="DomainSamples"/>): written, read back and
/// written again gives the same JSON, so no field is lost; the same through the source-generated context.
/// </summary>
public class DomainRoundTripTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForKiemTra();

    public static TheoryData<string> ShapedTypes() => ConverterCoverageTests.ShapedTypes();

    [Theory]
    [MemberData(nameof(ShapedTypes))]
    public void EverySample_RoundTrips_FieldForField(string typeName)
    {
        var type = typeof(LocalizedText).Assembly.GetType(typeName, throwOnError: true)!;
        var samples = DomainSamples.Of(type);
        Assert.True(samples.Count > 0, $"No sample of {type.Name}: add one to DomainSamples.");
        foreach (var sample in samples)
        {
            var json = JsonSerializer.Serialize(sample, type, Options);
            var back = JsonSerializer.Deserialize(json, type, Options);
            Assert.NotNull(back);
            Assert.Equal(json, JsonSerializer.Serialize(back, type, Options));

            var typeInfo = KiemTraJsonContext.Default.GetTypeInfo(type)!;
            Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, typeInfo), typeInfo));
        }
    }

    [Theory]
    [MemberData(nameof(ShapedTypes))]
    public void UnknownField_IsRejected_NamingIt(string typeName)
    {
        var type = typeof(LocalizedText).Assembly.GetType(typeName, throwOnError: true)!;
        var sample = DomainSamples.Of(type).FirstOrDefault();
        var json = sample is null ? null : JsonSerializer.Serialize(sample, type, Options);
        if (json is null || !json.StartsWith('{'))
        {
            return; // values written as strings have no fields
        }

        var tampered = "{\"zzUnknown\":1," + json[1..];
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(tampered, type, Options));
        Assert.Contains("zzUnknown", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factory_RegistersEachTypeOnce_AndCoversTheRegistersFacts()
    {
        var types = DomainConverterFactory.Types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in new[]
                 {
                     "WorkRegister", "DisciplineDecision", "Denunciation", "OversightCase", "CasePlan", "CaseConclusion", "OversightProgram",
                     "Recommendation", "RecordedAssignment", "AssigneeReport", "CaseFinding", "AnnualReturn",
                 })
        {
            Assert.Contains(name, types);
        }
    }
}
