using KiemTra.Sdk.Testing;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Testing;

/// <summary>The Testing package's start-at-a-local-date helper over NodaTime.Testing's <c>FakeClock</c>.</summary>
public class FakeClocksTests
{
    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    [Fact]
    public void At_PlacesTheClockAtLocalTimeInZone()
    {
        // 09:00 in Hà Nội (UTC+7) is 02:00 UTC.
        var clock = FakeClocks.At(new LocalDate(2026, 2, 13), HoChiMinh, new LocalTime(9, 0));
        Assert.Equal(Instant.FromUtc(2026, 2, 13, 2, 0), clock.GetCurrentInstant());
    }

    [Fact]
    public void At_WithoutTime_StandsAtLocalMidnight()
    {
        // Midnight of 13/02 in Hà Nội is 17:00 UTC on 12/02.
        var clock = FakeClocks.At(new LocalDate(2026, 2, 13), HoChiMinh);
        Assert.Equal(Instant.FromUtc(2026, 2, 12, 17, 0), clock.GetCurrentInstant());
    }

    [Fact]
    public void At_ReturnsNodaTimesClock_WhichStandsStillUntilMoved()
    {
        var clock = FakeClocks.At(new LocalDate(2026, 2, 13), HoChiMinh);
        Assert.IsType<NodaTime.Testing.FakeClock>(clock);
        Assert.Equal(clock.GetCurrentInstant(), clock.GetCurrentInstant());
        clock.AdvanceDays(30);
        Assert.Equal(new LocalDate(2026, 3, 15), clock.GetCurrentInstant().InZone(HoChiMinh).Date);
    }

    [Fact]
    public void At_NullZone_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => FakeClocks.At(new LocalDate(2026, 2, 13), null!));
        Assert.Equal("zone", ex.ParamName);
    }
}
