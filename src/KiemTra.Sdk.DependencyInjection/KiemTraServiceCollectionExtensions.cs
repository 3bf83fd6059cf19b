using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace KiemTra.Sdk;

/// <summary>Registers KiemTra.Sdk in an <see cref="IServiceCollection"/> (<i>đăng ký SDK vào bộ chứa dịch vụ</i>).</summary>
public static class KiemTraServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SDK's services as singletons, each only if the host has not registered one already:
    /// <see cref="IClock"/> (<see cref="SystemClock.Instance"/>), the <see cref="DateTimeZone"/> of
    /// <see cref="KiemTraSdkOptions.TimeZoneId"/> (Asia/Ho_Chi_Minh), <see cref="VietnameseLunarCalendar"/>,
    /// <see cref="IHolidayScheduleSource"/> (host schedules over the built-in ones), <see cref="WorkingCalendar"/>,
    /// <see cref="RuleBook"/> (built-in plus host rule sets), <see cref="DeadlineCalculator"/>,
    /// <see cref="DeadlineMonitor"/>, <see cref="AuthorityRules"/> (which needs a host-registered <see cref="PartyDataset"/>),
    /// <see cref="IndicatorMeasureSet"/> (built-in plus host measures, which evaluate indicators) and
    /// <see cref="IndicatorCatalog"/> (built-in plus host catalogues).
    /// </summary>
    /// <remarks>
    /// <para>Idempotent: a second call registers no service again; its <paramref name="configure"/> (if any) is added
    /// after the first one's, as with <c>services.Configure</c>.</para>
    /// <para>Options are validated on first use and at host start-up (<c>ValidateOnStart</c>); documents are read at
    /// host start-up, or when the first SDK service is resolved without a host. See <see cref="KiemTraSdkOptions"/> for
    /// which error surfaces where.</para>
    /// <code>
    /// services.AddKiemTraSdk(o => o.AddHolidayScheduleFile("lich-nghi-2027.json").EnableVietnameseCultureDay = false);
    /// var deadline = provider.GetRequiredService&lt;DeadlineCalculator&gt;().Calculate(rule, eventDate);
    /// </code>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; may be null.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddKiemTraSdk(this IServiceCollection services, Action<KiemTraSdkOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(KiemTraSdkData)))
        {
            return services;
        }

        services.AddOptions<KiemTraSdkOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KiemTraSdkOptions>, KiemTraSdkOptionsValidator>());
        services.TryAddSingleton<KiemTraSdkData>();
        services.AddOptions<KiemTraSdkDocumentCheck>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KiemTraSdkDocumentCheck>, KiemTraSdkDocumentValidator>());

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(sp => DateTimeZoneProviders.Tzdb[sp.GetRequiredService<IOptions<KiemTraSdkOptions>>().Value.TimeZoneId]);
        services.TryAddSingleton(VietnameseLunarCalendar.Default);
        services.TryAddSingleton(sp => sp.GetRequiredService<KiemTraSdkData>().Schedules);
        services.TryAddSingleton(sp => CreateCalendar(sp.GetRequiredService<KiemTraSdkData>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<KiemTraSdkData>().RuleBook);
        services.TryAddSingleton(sp => DeadlineCalculator.Create(sp.GetRequiredService<WorkingCalendar>()));
        services.TryAddSingleton(sp => DeadlineMonitor.Create(
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<DateTimeZone>(),
            sp.GetRequiredService<WorkingCalendar>(),
            sp.GetRequiredService<IOptions<KiemTraSdkOptions>>().Value.DueSoonWindow));
        services.TryAddSingleton(sp => new AuthorityRules(sp.GetRequiredService<PartyDataset>(), sp.GetRequiredService<RuleBook>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<KiemTraSdkData>().Measures);
        services.TryAddSingleton(sp => sp.GetRequiredService<KiemTraSdkData>().IndicatorCatalog);
        return services;
    }

    private static WorkingCalendar CreateCalendar(KiemTraSdkData data)
        => ReferenceEquals(data.Schedules, Calendar.IHolidayScheduleSource.BuiltIn) && data.CalendarOptions.EnabledOptionalHolidays.Count == 0
            ? WorkingCalendar.Default // the same calendar, already built once per process
            : WorkingCalendar.Create(data.CalendarOptions);
}
