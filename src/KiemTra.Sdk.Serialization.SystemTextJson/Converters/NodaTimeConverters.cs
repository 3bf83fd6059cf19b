using NodaTime;
using NodaTime.Text;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

// One small class per NodaTime type so that the source generator can instantiate each converter
// (it needs a parameterless constructor); the patterns are NodaTime's own ISO-8601 ones.

/// <summary><see cref="LocalDate"/> as <c>uuuu-MM-dd</c>.</summary>
internal sealed class LocalDateConverter() : NodaPatternConverter<LocalDate>(LocalDatePattern.Iso, "ISO-8601 date (yyyy-MM-dd)");

/// <summary><see cref="LocalDateTime"/> as extended ISO-8601 without offset.</summary>
internal sealed class LocalDateTimeConverter() : NodaPatternConverter<LocalDateTime>(LocalDateTimePattern.ExtendedIso, "ISO-8601 local date-time");

/// <summary><see cref="LocalTime"/> as extended ISO-8601.</summary>
internal sealed class LocalTimeConverter() : NodaPatternConverter<LocalTime>(LocalTimePattern.ExtendedIso, "ISO-8601 time");

/// <summary><see cref="Instant"/> as extended ISO-8601 in UTC (<c>…Z</c>).</summary>
internal sealed class InstantConverter() : NodaPatternConverter<Instant>(InstantPattern.ExtendedIso, "ISO-8601 instant");

/// <summary><see cref="OffsetDateTime"/> as extended ISO-8601 with offset.</summary>
internal sealed class OffsetDateTimeConverter() : NodaPatternConverter<OffsetDateTime>(OffsetDateTimePattern.ExtendedIso, "ISO-8601 date-time with offset");

/// <summary><see cref="Period"/> as ISO-8601 (<c>P1Y2M</c>, normalised-free round trip pattern).</summary>
internal sealed class PeriodConverter() : NodaPatternConverter<Period>(PeriodPattern.Roundtrip, "ISO-8601 period");

/// <summary><see cref="Duration"/> as NodaTime's round-trip pattern (<c>-D:hh:mm:ss.FFFFFFFFF</c>).</summary>
internal sealed class DurationConverter() : NodaPatternConverter<Duration>(DurationPattern.Roundtrip, "duration (D:hh:mm:ss)");
