using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Organization.Synthetic;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.WebHost.Hosting;

/// <summary>
/// Registers the SDK's services the endpoints use: the clock and Hà Nội time zone, the working calendar and deadline
/// calculator, the rule book, the oversight catalogues, the party dataset and the authority rules over them.
/// </summary>
/// <remarks>
/// The dataset is <c>KiemTra:DatasetPath</c> (a dataset JSON file, see docs/hierarchy.md) when set, otherwise the
/// SDK's synthetic Thái Nguyên province (generated in memory on first use, about a second).
/// </remarks>
internal static class SdkRegistration
{
    /// <summary>The time zone every date in the host is reckoned in.</summary>
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>Adds the SDK services as singletons (all are immutable and thread-safe).</summary>
    public static IServiceCollection AddKiemTraCore(this IServiceCollection services)
    {
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton(DateTimeZoneProviders.Tzdb[ZoneId]);
        services.AddSingleton(WorkingCalendar.Default);
        services.AddSingleton(sp => DeadlineCalculator.Create(sp.GetRequiredService<WorkingCalendar>()));
        services.AddSingleton(RuleBook.BuiltIn);
        services.AddSingleton(OversightCatalogues.BuiltIn);
        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IConfiguration>()["KiemTra:DatasetPath"];
            return string.IsNullOrWhiteSpace(path) ? SyntheticProvince.Generate() : PartyDatasetJson.LoadFile(path);
        });
        services.AddSingleton(sp => new AuthorityRules(sp.GetRequiredService<PartyDataset>(), sp.GetRequiredService<RuleBook>()));
        return services;
    }
}
