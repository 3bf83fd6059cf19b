using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson;
using Microsoft.Extensions.Options;

namespace KiemTra.Sdk;

/// <summary>
/// The host's documents read once, when the first SDK service is resolved: the combined holiday-schedule source
/// the rule book, the indicator catalogue and measures. Format errors propagate as the JSON package's <see cref="Diagnostics.DataFormatException"/>, which
/// names the document and the entry (<see cref="KiemTraSdkDocumentCheck"/> turns them into start-up failures).
/// </summary>
internal sealed class KiemTraSdkData
{
    public KiemTraSdkData(IOptions<KiemTraSdkOptions> options)
    {
        var value = options.Value;
        var hostSources = new List<IHolidayScheduleSource>();
        foreach (var input in value.HolidayScheduleDocuments)
        {
            using var stream = input.Open();
            hostSources.Add(HolidayScheduleJson.Read(stream, input.Name));
        }

        hostSources.AddRange(value.HolidayScheduleSources);

        // The first host source wins for its years, then the next, and the built-in data last.
        var schedules = Calendar.IHolidayScheduleSource.BuiltIn;
        for (var i = hostSources.Count - 1; i >= 0; i--)
        {
            schedules = Calendar.IHolidayScheduleSource.Combine(hostSources[i], schedules);
        }

        Schedules = schedules;

        var ruleSets = new List<RuleSet>();
        foreach (var input in value.RuleSetDocuments)
        {
            using var stream = input.Open();
            ruleSets.Add(RuleSetJson.Read(stream, input.Name));
        }

        ruleSets.AddRange(value.RuleSets);
        RuleBook = ruleSets.Count == 0 ? RuleBook.BuiltIn : RuleBook.BuiltIn.WithRuleSets(ruleSets);
        var measures = IndicatorMeasureSet.BuiltIn;
        foreach (var measure in value.IndicatorMeasures)
        {
            measures = measures.With(measure);
        }

        Measures = measures;
        var catalog = IndicatorCatalog.BuiltIn;
        var index = 0;
        foreach (var input in value.IndicatorCatalogDocuments)
        {
            IndicatorCatalog loaded;
            using (var stream = input.Open())
            {
                loaded = IndicatorCatalogJson.Read(stream, input.Name, measures);
            }

            catalog = Append(catalog, loaded, nameof(KiemTraSdkOptions.IndicatorCatalogDocuments), $"[{index}] {input}", value.ReplaceExistingIndicators);
            index++;
        }

        for (var i = 0; i < value.IndicatorCatalogs.Count; i++)
        {
            catalog = Append(catalog, value.IndicatorCatalogs[i], nameof(KiemTraSdkOptions.IndicatorCatalogs), $"[{i}]", value.ReplaceExistingIndicators);
        }

        IndicatorCatalog = catalog;
        CalendarOptions = new WorkingCalendarOptions
        {
            Schedules = Schedules,
            EnabledOptionalHolidays = value.EnableVietnameseCultureDay ? [KiemTraSdkOptions.VietnameseCultureDayId] : [],
        };
    }

    public IHolidayScheduleSource Schedules { get; }

    public RuleBook RuleBook { get; }

    public WorkingCalendarOptions CalendarOptions { get; }

    public IndicatorMeasureSet Measures { get; }

    public IndicatorCatalog IndicatorCatalog { get; }

    private static IndicatorCatalog Append(IndicatorCatalog catalog, IndicatorCatalog added, string option, string document, bool replaceExisting)
    {
        if (!replaceExisting)
        {
            // The core's With() would name its own parameter; the host needs the option, the document and the code.
            foreach (var indicator in added.Indicators)
            {
                if (catalog.TryGet(indicator.Code, out _))
                {
                    throw new DuplicateIndicatorCodeException(option, document, indicator.Code);
                }
            }
        }

        return catalog.With(added, replaceExisting);
    }
}
