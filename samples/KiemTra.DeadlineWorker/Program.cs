using KiemTra.DeadlineWorker;
using KiemTra.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// KiemTra.DeadlineWorker: each morning lists obligations and follow-ups due soon or overdue (see docs/samples.md).
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddOptions<DeadlineWorkerOptions>()
    .Bind(builder.Configuration.GetSection(DeadlineWorkerOptions.Section))
    .Validate(o => TryValidate(o), "DeadlineWorker options are invalid: RunAt must be HH:mm, TimeZone a tz id, DueSoonWorkingDays 1 to 30.")
    .ValidateOnStart();

// The SDK's services (clock, zone, working calendar, deadline calculator) from the DI package.
builder.Services.AddKiemTraSdk();
builder.Services.AddSingleton<IWakeUpTimer, RealTimeWakeUpTimer>();
builder.Services.AddSingleton<IDeadlineDigestSink, LoggingDigestSink>();
builder.Services.AddHostedService<DeadlineReportWorker>();
await builder.Build().RunAsync();

static bool TryValidate(DeadlineWorkerOptions options)
{
    try
    {
        MorningSchedule.From(options);
        return true;
    }
    catch (ArgumentException)
    {
        return false;
    }
}
