using KiemTra.Sdk.Testing;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Testing;

public class FakeClockTests
{
    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    [Fact]
    public void At_PlacesTheClockAtLocalTimeInZone()
    {
        var clock = FakeClock.At(new LocalDate(2026, 2, 13), HoChiMinh, new LocalTime(9, 0));
        Assert.Equal(Instant.FromUtc(2026, 2, 13, 2, 0), clock.GetCurrentInstant());
    }

    [Fact]
    public void AdvanceDays_MovesTheLocalDate()
    {
        var clock = FakeClock.At(new LocalDate(2026, 2, 13), HoChiMinh);
        clock.AdvanceDays(30);
        Assert.Equal(new LocalDate(2026, 3, 15), clock.GetCurrentInstant().InZone(HoChiMinh).Date);
        clock.Reset(Instant.FromUtc(2020, 1, 1, 0, 0));
        Assert.Equal(Instant.FromUtc(2020, 1, 1, 0, 0), clock.GetCurrentInstant());
    }
}
