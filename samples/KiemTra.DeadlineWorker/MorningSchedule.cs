using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KiemTra.DeadlineWorker;

/// <summary>When the next morning run is (<i>lịch chạy hằng ngày</i>): the configured local time in the configured zone, computed from an <see cref="IClock"/> instant, never from <c>DateTime.Now</c>.</summary>
public sealed class MorningSchedule
{
    private MorningSchedule(LocalTime runAt, DateTimeZone zone)
    {
        RunAt = runAt;
        Zone = zone;
    }

    /// <summary>The local time of the run.</summary>
    public LocalTime RunAt { get; }

    /// <summary>The zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Creates the schedule from options.</summary>
    /// <exception cref="ArgumentException"><see cref="DeadlineWorkerOptions.RunAt"/> is not <c>HH:mm</c>, the zone is unknown, or the due-soon window is not 1 to 30.</exception>
    public static MorningSchedule From(DeadlineWorkerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var time = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(options.RunAt ?? string.Empty);
        if (!time.Success)
        {
            throw new ArgumentException($"DeadlineWorker:RunAt '{options.RunAt}' is not a time HH:mm (e.g. 07:30).", nameof(options));
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZone ?? string.Empty)
            ?? throw new ArgumentException($"DeadlineWorker:TimeZone '{options.TimeZone}' is not a known time zone id (e.g. Asia/Ho_Chi_Minh).", nameof(options));
        if (options.DueSoonWorkingDays is < 1 or > 30)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"DeadlineWorker:DueSoonWorkingDays {options.DueSoonWorkingDays} must be 1 to 30."), nameof(options));
        }

        return new MorningSchedule(time.Value, zone);
    }

    /// <summary>The first run strictly after <paramref name="now"/>: today at <see cref="RunAt"/> if that is still ahead, otherwise tomorrow.</summary>
    public Instant NextRunAfter(Instant now)
    {
        var local = now.InZone(Zone);
        var today = Zone.AtLeniently(local.Date.At(RunAt)).ToInstant();
        return today > now ? today : Zone.AtLeniently(local.Date.PlusDays(1).At(RunAt)).ToInstant();
    }
}
