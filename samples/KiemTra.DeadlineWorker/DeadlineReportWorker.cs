using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace KiemTra.DeadlineWorker;

/// <summary>Where a morning digest goes (log, e-mail, chat…).</summary>
public interface IDeadlineDigestSink
{
    /// <summary>Publishes one digest.</summary>
    Task PublishAsync(DeadlineDigest digest, CancellationToken cancellationToken);
}

/// <summary>Waits until the next run. The default waits in real time; tests advance a fake clock instead.</summary>
public interface IWakeUpTimer
{
    /// <summary>Completes after <paramref name="duration"/>.</summary>
    Task WaitAsync(Duration duration, CancellationToken cancellationToken);
}

/// <summary>Waits with <see cref="Task.Delay(TimeSpan, CancellationToken)"/>.</summary>
internal sealed class RealTimeWakeUpTimer : IWakeUpTimer
{
    /// <inheritdoc />
    public Task WaitAsync(Duration duration, CancellationToken cancellationToken) => Task.Delay(duration.ToTimeSpan(), cancellationToken);
}

/// <summary>Writes the digest to the log, one entry per line.</summary>
internal sealed class LoggingDigestSink(ILogger<LoggingDigestSink> logger) : IDeadlineDigestSink
{
    /// <inheritdoc />
    public Task PublishAsync(DeadlineDigest digest, CancellationToken cancellationToken)
    {
        logger.LogInformation("{Digest}", digest.ToText());
        return Task.CompletedTask;
    }
}

/// <summary>
/// Each morning at <see cref="DeadlineWorkerOptions.RunAt"/> (local time in <see cref="DeadlineWorkerOptions.TimeZone"/>,
/// from the injected <see cref="IClock"/>) lists the tracked obligations and follow-ups that are due soon, due today or
/// overdue (<i>nhắc việc sắp đến hạn, quá hạn</i>). The tracked items are re-read every run, so edits to the file take
/// effect the next morning; a file that does not parse is logged as an error and the next morning tries again.
/// </summary>
public sealed class DeadlineReportWorker(
    IClock clock,
    IWakeUpTimer timer,
    IDeadlineDigestSink sink,
    WorkingCalendar calendar,
    DeadlineCalculator calculator,
    IOptions<DeadlineWorkerOptions> options,
    ILogger<DeadlineReportWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var schedule = MorningSchedule.From(settings);
        var monitor = DeadlineMonitor.Create(clock, schedule.Zone, calendar, RuleDuration.Of(settings.DueSoonWorkingDays, RuleDurationUnit.WorkingDays));
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetCurrentInstant();
            var next = schedule.NextRunAfter(now);
            logger.LogInformation("Next deadline report at {Next}", next.InZone(schedule.Zone));
            await timer.WaitAsync(next - now, stoppingToken);

            TrackedItems items;
            var path = Path.IsPathRooted(settings.ItemsPath) ? settings.ItemsPath : Path.Combine(AppContext.BaseDirectory, settings.ItemsPath);
            try
            {
                await using var stream = File.OpenRead(path);
                items = TrackedItems.Load(stream, path, calculator);
            }
            catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
            {
                logger.LogError("Tracked items '{Path}' could not be read: {Reason}", path, ex.Message);
                continue;
            }

            await sink.PublishAsync(DeadlineDigest.Build(items, monitor), stoppingToken);
        }
    }
}
