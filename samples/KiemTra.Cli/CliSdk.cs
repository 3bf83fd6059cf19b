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
/// <remarks>
/// Each service is resolved from the container the first time a command asks for it, never before: <c>kiemtra about</c>
/// needs only the clock and the zone, so it neither reads the rule book nor builds the working calendar or the indicator
/// catalogue. The container resolves each singleton once, so asking twice returns the same instance.
/// </remarks>
internal sealed class CliSdk
{
    private readonly IServiceProvider _services;

    /// <param name="services">The container, already validated when host files were given (see <see cref="KiemTraCli"/>).</param>
    /// <param name="hostData">The files given on the command line.</param>
    /// <param name="provincePacksLoaded">Whether the embedded province's packs (<see cref="EmbeddedProvincePacks"/>) are in the catalogue.</param>
    public CliSdk(IServiceProvider services, HostDataFiles hostData, bool provincePacksLoaded)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(hostData);
        _services = services;
        HostData = hostData;
        ProvincePacksLoaded = provincePacksLoaded;
    }

    /// <summary>The clock ("now").</summary>
    public IClock Clock => _services.GetRequiredService<IClock>();

    /// <summary>The zone of "today".</summary>
    public DateTimeZone Zone => _services.GetRequiredService<DateTimeZone>();

    /// <summary>The working calendar (built-in schedules, overridden by <c>--holidays</c> files).</summary>
    public WorkingCalendar Calendar => _services.GetRequiredService<WorkingCalendar>();

    /// <summary>The deadline calculator over <see cref="Calendar"/>.</summary>
    public DeadlineCalculator Deadlines => _services.GetRequiredService<DeadlineCalculator>();

    /// <summary>The rule book (built-in rule sets plus <c>--rule-set</c> files).</summary>
    public RuleBook Rules => _services.GetRequiredService<RuleBook>();

    /// <summary>The indicator catalogue (built-in plus <c>--indicators</c> files).</summary>
    public IndicatorCatalog Indicators => _services.GetRequiredService<IndicatorCatalog>();

    /// <summary>The indicator evaluator over the container's measures.</summary>
    public IndicatorMeasureSet Evaluator => _services.GetRequiredService<IndicatorMeasureSet>();

    /// <summary>The files given on the command line.</summary>
    public HostDataFiles HostData { get; }

    /// <summary>Whether the embedded province's packs (<see cref="EmbeddedProvincePacks"/>) are in the catalogue.</summary>
    public bool ProvincePacksLoaded { get; }
}
