using KiemTra.Sdk.Testing;
using NodaTime;

namespace KiemTra.WebHost.Tests.Infrastructure;

/// <summary>
/// The day every in-memory test host believes it is (<i>hôm nay của máy chủ thử</i>): the host refuses facts dated after
/// its today (Asia/Ho_Chi_Minh), so the tests' dates must not depend on the day they run.
/// </summary>
internal static class TestClock
{
    /// <summary>Today for the test hosts.</summary>
    public static readonly LocalDate Today = new(2026, 12, 20);

    /// <summary>A clock at 09:00 on <see cref="Today"/> in Asia/Ho_Chi_Minh (a new one per host: a fake clock can be moved).</summary>
    public static IClock Create() => FakeClocks.At(Today, DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"], new LocalTime(9, 0));
}
