using System.Text.Json.Serialization;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters;
using NodaTime;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// Source-generated serialization metadata for the SDK's public types (<i>ngữ cảnh JSON sinh sẵn</i>),
/// for trimmed and native-AOT hosts: <c>JsonSerializer.Serialize(finding, KiemTraJsonContext.Default.Finding)</c>.
/// Uses the same converters as <see cref="KiemTraJsonSerializerOptionsExtensions.ConfigureForKiemTra(System.Text.Json.JsonSerializerOptions)"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters =
    [
        typeof(LocalDateConverter), typeof(LocalDateTimeConverter), typeof(LocalTimeConverter), typeof(InstantConverter),
        typeof(OffsetDateTimeConverter), typeof(PeriodConverter), typeof(DurationConverter),
        typeof(OrganizationIdConverter), typeof(MemberIdConverter),
        typeof(LocalizedTextConverter), typeof(RuleCitationConverter), typeof(FindingConverter),
        typeof(JsonStringEnumConverter<FindingSeverity>),
    ])]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalDateTime))]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(RuleCitation))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(IReadOnlyList<Finding>))]
public sealed partial class KiemTraJsonContext : JsonSerializerContext
{
}
