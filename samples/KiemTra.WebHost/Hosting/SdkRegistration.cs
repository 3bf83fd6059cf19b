using KiemTra.Sdk;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Organization.Synthetic;

namespace KiemTra.WebHost.Hosting;

/// <summary>
/// Registers the SDK through the DI package (<c>AddKiemTraSdk</c>: clock, Hà Nội zone, working calendar, rule book,
/// deadline calculator and monitor, authority rules) plus what the host adds: the party dataset and the oversight
/// catalogues, and the register indicators, statistics and warnings are evaluated from (<see cref="HostRegister"/>: what
/// the database holds, on an empty <see cref="RegisterSeed"/> by default). Host data files come
/// from configuration: <c>KiemTra:HolidayScheduleFiles</c>, <c>KiemTra:RuleSetFiles</c> and
/// <c>KiemTra:IndicatorCatalogFiles</c> (arrays of paths), e.g. a province's rule pack (samples/ProvinceRulePack).
/// </summary>
/// <remarks>
/// The dataset is <c>KiemTra:DatasetPath</c> (a dataset JSON file, see docs/hierarchy.md) when set, otherwise the
/// SDK's synthetic Thái Nguyên province (generated in memory on first use, about a second).
/// </remarks>
internal static class SdkRegistration
{
    /// <summary>Adds the SDK services as singletons (all are immutable and thread-safe).</summary>
    public static IServiceCollection AddKiemTraCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKiemTraSdk(o =>
        {
            foreach (var file in configuration.GetSection("KiemTra:HolidayScheduleFiles").Get<string[]>() ?? [])
            {
                o.AddHolidayScheduleFile(file);
            }

            foreach (var file in configuration.GetSection("KiemTra:RuleSetFiles").Get<string[]>() ?? [])
            {
                o.AddRuleSetFile(file);
            }

            foreach (var file in configuration.GetSection("KiemTra:IndicatorCatalogFiles").Get<string[]>() ?? [])
            {
                o.AddIndicatorCatalogFile(file);
            }
        });
        services.AddSingleton(OversightCatalogues.BuiltIn);
        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IConfiguration>()["KiemTra:DatasetPath"];
            return string.IsNullOrWhiteSpace(path) ? SyntheticProvince.Generate() : PartyDatasetJson.LoadFile(path);
        });
        services.AddSingleton(RegisterSeed.None);
        services.AddSingleton<HostRegister>();
        return services;
    }
}
