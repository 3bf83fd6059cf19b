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
        Assert.Contains("2026-13-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownZone_IsRejected()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DateTimeZone>("\"Asia/Nowhere\"", Options));
        Assert.Contains("Asia/Nowhere", ex.Message, StringComparison.Ordinal);
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
