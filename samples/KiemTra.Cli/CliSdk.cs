using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Rules;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace KiemTra.Cli;

/// <summary>
/// The SDK services the commands use (<i>các dịch vụ SDK của lần chạy</i>), all taken from the container that
/// <c>AddKiemTraSdk</c> configured, so an organisation's own files change every command's answers alike.
/// </summary>
/// <param name="Clock">The clock ("now").</param>
/// <param name="Zone">The zone of "today".</param>
/// <param name="Calendar">The working calendar (built-in schedules, overridden by <c>--holidays</c> files).</param>
/// <param name="Deadlines">The deadline calculator over <paramref name="Calendar"/>.</param>
/// <param name="Rules">The rule book (built-in rule sets plus <c>--rule-set</c> files).</param>
/// <param name="Indicators">The indicator catalogue (built-in plus <c>--indicators</c> files).</param>
/// <param name="Evaluator">The indicator evaluator over the container's measures.</param>
/// <param name="HostData">The files given on the command line.</param>
/// <param name="ProvincePacksLoaded">Whether the embedded province's packs (<see cref="EmbeddedProvincePacks"/>) are in the catalogue.</param>
internal sealed record CliSdk(
    IClock Clock,
    DateTimeZone Zone,
    WorkingCalendar Calendar,
    DeadlineCalculator Deadlines,
    RuleBook Rules,
    IndicatorCatalog Indicators,
    IndicatorEvaluator Evaluator,
    HostDataFiles HostData,
    bool ProvincePacksLoaded)
{
    /// <summary>Resolves every service from a container already validated (see <see cref="KiemTraCli"/>).</summary>
    public static CliSdk Resolve(IServiceProvider services, HostDataFiles hostData, bool provincePacksLoaded) => new(
        services.GetRequiredService<IClock>(),
        services.GetRequiredService<DateTimeZone>(),
        services.GetRequiredService<WorkingCalendar>(),
        services.GetRequiredService<DeadlineCalculator>(),
        services.GetRequiredService<RuleBook>(),
        services.GetRequiredService<IndicatorCatalog>(),
        services.GetRequiredService<IndicatorEvaluator>(),
        hostData,
        provincePacksLoaded);
}
