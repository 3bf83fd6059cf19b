using NodaTime;
using NodaTime.Testing;

namespace KiemTra.Sdk.Testing;

/// <summary>
/// Starts NodaTime.Testing's <see cref="FakeClock"/> (<i>đồng hồ giả lập</i>) at a local date and time in a named zone, so
/// that deadline statuses ("due soon", "overdue") can be tested on the day a case is about, as the people who handle it
/// see that day. The clock itself is NodaTime's: move it with <see cref="FakeClock.Advance(Duration)"/>,
/// <see cref="FakeClock.AdvanceDays(int)"/> or <see cref="FakeClock.Reset(Instant)"/>.
/// </summary>
/// <remarks>
/// <code>
/// var clock = FakeClocks.At(new LocalDate(2026, 2, 13), DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"], new LocalTime(9, 0));
/// clock.AdvanceDays(1);   // 2026-02-14 09:00 in Hà Nội
/// </code>
/// </remarks>
public static class FakeClocks
{
    /// <summary>Creates a clock standing at <paramref name="date"/> plus <paramref name="time"/> in <paramref name="zone"/>.</summary>
    /// <remarks>A local time skipped or repeated by a clock change maps as <see cref="LocalDateTime.InZoneLeniently(DateTimeZone)"/>
    /// maps it (Asia/Ho_Chi_Minh has had no clock change since 1975).</remarks>
    /// <param name="date">The local date, e.g. 2026-02-13.</param>
    /// <param name="zone">The zone, normally Asia/Ho_Chi_Minh.</param>
    /// <param name="time">The local time of day; midnight when null.</param>
    /// <returns>A new NodaTime.Testing clock, standing still until moved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static FakeClock At(LocalDate date, DateTimeZone zone, LocalTime? time = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new FakeClock(date.At(time ?? LocalTime.Midnight).InZoneLeniently(zone).ToInstant());
    }
}
