using NodaTime;

namespace KiemTra.Sdk.Testing;

/// <summary>
/// A clock for tests (<i>đồng hồ giả lập</i>) that answers the instant it was set to and moves only when
/// told, so that deadline statuses ("due soon", "overdue") can be tested at any moment. Thread-safe.
/// </summary>
/// <remarks>NodaTime.Testing has the same idea; it is not in every package feed, so the SDK ships its own.</remarks>
public sealed class FakeClock : IClock
{
    private long _ticksSinceEpoch;

    /// <summary>Creates a clock standing at <paramref name="now"/>.</summary>
    /// <param name="now">The instant the clock answers until moved.</param>
    public FakeClock(Instant now) => _ticksSinceEpoch = now.ToUnixTimeTicks();

    /// <summary>Creates a clock standing at the start of <paramref name="date"/> in <paramref name="zone"/> plus <paramref name="time"/>.</summary>
    /// <param name="date">The local date, e.g. 2026-02-13.</param>
    /// <param name="zone">The zone, normally Asia/Ho_Chi_Minh.</param>
    /// <param name="time">The local time of day; midnight when null.</param>
    /// <returns>A new clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static FakeClock At(LocalDate date, DateTimeZone zone, LocalTime? time = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new FakeClock(date.At(time ?? LocalTime.Midnight).InZoneLeniently(zone).ToInstant());
    }

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(Interlocked.Read(ref _ticksSinceEpoch));

    /// <summary>Moves the clock to <paramref name="now"/> (backwards too: tests may need it).</summary>
    /// <param name="now">The new instant.</param>
    public void Reset(Instant now) => Interlocked.Exchange(ref _ticksSinceEpoch, now.ToUnixTimeTicks());

    /// <summary>Moves the clock forward (or back, if negative) by <paramref name="duration"/>.</summary>
    /// <param name="duration">How far to move.</param>
    public void Advance(Duration duration) => Interlocked.Add(ref _ticksSinceEpoch, duration.BclCompatibleTicks);

    /// <summary>Moves the clock forward by whole days of 24 hours.</summary>
    /// <param name="days">How many days; may be negative.</param>
    public void AdvanceDays(int days) => Advance(Duration.FromDays(days));
}
