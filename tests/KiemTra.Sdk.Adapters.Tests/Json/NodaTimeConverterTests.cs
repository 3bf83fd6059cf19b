using System.Text.Json;
using KiemTra.Sdk.Serialization.SystemTextJson;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Json;

public class NodaTimeConverterTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForKiemTra();

    private sealed record Sample(LocalDate Date, Instant At, LocalDateTime Local, Period Span, DateTimeZone Zone);

    [Fact]
    public void LocalDate_IsWrittenAsIsoString()
    {
        Assert.Equal("\"2026-02-17\"", JsonSerializer.Serialize(new LocalDate(2026, 2, 17), Options));
    }

    [Fact]
    public void NodaTimeValues_RoundTrip()
    {
        var sample = new Sample(
            new LocalDate(2026, 2, 17),
            Instant.FromUtc(2026, 2, 16, 17, 0, 30),
            new LocalDateTime(2026, 2, 17, 8, 30),
            Period.FromDays(30),
            DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]);
        var json = JsonSerializer.Serialize(sample, Options);
        Assert.Contains("\"2026-02-16T17:00:30Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Asia/Ho_Chi_Minh\"", json, StringComparison.Ordinal);
        Assert.Equal(sample, JsonSerializer.Deserialize<Sample>(json, Options));
    }

    [Theory]
    [InlineData("\"2026-02-30\"")]
    [InlineData("\"17/02/2026\"")]
    [InlineData("20260217")]
    public void LocalDate_Malformed_FailsWithJsonExceptionNamingTheValue(string json)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LocalDate>(json, Options));
        Assert.Contains("date", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LocalDate_MalformedInsideObject_ReportsThePath()
    {
        var json = """{"Date":"2026-13-01","At":"2026-02-16T17:00:30Z","Local":"2026-02-17T08:30:00","Span":"P30D","Zone":"Asia/Ho_Chi_Minh"}""";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Sample>(json, Options));
        Assert.Equal("$.Date", ex.Path);
        // NodaTime.Serialization wraps NodaTime's own parse error, which names the value (with ^ at the error position).
        var parse = Assert.Single(Chain(ex).OfType<NodaTime.Text.UnparsableValueException>());
        Assert.Contains("2026-13-01", parse.Message.Replace("^", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownZone_IsRejected()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DateTimeZone>("\"Asia/Nowhere\"", Options));
        Assert.Contains(Chain(ex), e => e.Message.Contains("Asia/Nowhere", StringComparison.Ordinal));
    }

    /// <summary>The exception and its inner exceptions, outermost first.</summary>
    private static IEnumerable<Exception> Chain(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    /// <summary>The wire format the SDK wrote with its own converters, kept now that NodaTime.Serialization writes it.</summary>
    [Theory]
    [InlineData("LocalDate", "\"2026-02-17\"")]
    [InlineData("LocalDateTime", "\"2026-02-17T08:30:00\"")]
    [InlineData("LocalTime", "\"08:30:15.5\"")]
    [InlineData("Instant", "\"2026-02-16T17:00:30Z\"")]
    [InlineData("OffsetDateTime", "\"2026-02-17T08:30:00\\u002B07\"")] // '+' escaped by System.Text.Json's default encoder
    [InlineData("Period", "\"P1Y2M30D\"")]
    [InlineData("Duration", "\"1:02:30:00\"")]
    public void NodaTimeValues_KeepTheSdksIsoText(string type, string json)
    {
        object value = type switch
        {
            "LocalDate" => new LocalDate(2026, 2, 17),
            "LocalDateTime" => new LocalDateTime(2026, 2, 17, 8, 30),
            "LocalTime" => new LocalTime(8, 30, 15, 500),
            "Instant" => Instant.FromUtc(2026, 2, 16, 17, 0, 30),
            "OffsetDateTime" => new LocalDateTime(2026, 2, 17, 8, 30).WithOffset(Offset.FromHours(7)),
            "Period" => new PeriodBuilder { Years = 1, Months = 2, Days = 30 }.Build(),
            "Duration" => Duration.FromDays(1) + Duration.FromHours(2) + Duration.FromMinutes(30),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
        Assert.Equal(json, JsonSerializer.Serialize(value, value.GetType(), Options));
        Assert.Equal(value, JsonSerializer.Deserialize(json, value.GetType(), Options));
        if (KiemTraJsonContext.Default.GetTypeInfo(value.GetType()) is { } generated)
        {
            Assert.Equal(json, JsonSerializer.Serialize(value, generated));
        }
    }

    [Fact]
    public void ConfigureForKiemTra_ReturnsSameOptions_AndRefusesReadOnlyOptions()
    {
        var options = new JsonSerializerOptions();
        Assert.Same(options, options.ConfigureForKiemTra());
        options.MakeReadOnly(populateMissingResolver: true);
        Assert.Throws<InvalidOperationException>(() => options.ConfigureForKiemTra());
    }
}
