using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>
/// The NodaTime values the SDK writes, through NodaTime.Serialization.SystemTextJson's own converters (the maintained
/// library, not ours) with the ISO patterns the SDK has always written: <c>uuuu-MM-dd</c> dates, extended ISO local
/// date-times, times, instants (<c>…Z</c>) and offset date-times, round-trip periods (<c>P1Y2M</c>) and round-trip
/// durations (<c>-D:hh:mm:ss.FFFFFFFFF</c>).
/// </summary>
internal static class NodaTimeJson
{
    /// <summary>Extended ISO offset date-time (<c>2026-02-17T08:30:00+07</c>), as the SDK wrote before.</summary>
    public static JsonConverter<OffsetDateTime> OffsetDateTime { get; } = new NodaPatternConverter<OffsetDateTime>(OffsetDateTimePattern.ExtendedIso);

    /// <summary>The converters by value type (those that need no time zone provider), for <see cref="NodaTimeConverterFactory"/>.</summary>
    public static IReadOnlyDictionary<Type, JsonConverter> ByType { get; } = new Dictionary<Type, JsonConverter>
    {
        // The library's pattern converter with the patterns of its own NodaConverters defaults (ISO dates, extended ISO
        // times and instants, round-trip periods and durations). NodaConverters itself is not touched: its static
        // initialiser also builds the interval converters, which use reflection-based serialization that trimming and
        // native AOT refuse (IL2026).
        [typeof(LocalDate)] = new NodaPatternConverter<LocalDate>(LocalDatePattern.Iso),
        [typeof(LocalDateTime)] = new NodaPatternConverter<LocalDateTime>(LocalDateTimePattern.ExtendedIso),
        [typeof(LocalTime)] = new NodaPatternConverter<LocalTime>(LocalTimePattern.ExtendedIso),
        [typeof(Instant)] = new NodaPatternConverter<Instant>(InstantPattern.ExtendedIso),
        [typeof(OffsetDateTime)] = OffsetDateTime,
        [typeof(Period)] = new NodaPatternConverter<Period>(PeriodPattern.Roundtrip),
        [typeof(Duration)] = new NodaPatternConverter<Duration>(DurationPattern.Roundtrip),
    };
}

/// <summary>
/// Hands out <see cref="NodaTimeJson.ByType"/>'s converters; it exists because the source-generated
/// <see cref="KiemTraJsonContext"/> can only name converter types with a parameterless constructor.
/// </summary>
internal sealed class NodaTimeConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => NodaTimeJson.ByType.ContainsKey(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) => NodaTimeJson.ByType[typeToConvert];
}
