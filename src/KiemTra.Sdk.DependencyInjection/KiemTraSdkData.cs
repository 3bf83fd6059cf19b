using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Rules;
using Microsoft.Extensions.Options;

namespace KiemTra.Sdk;

/// <summary>
/// The host's documents read once, when the first SDK service is resolved: the combined holiday-schedule source
/// and the rule book. Format errors propagate as the core's typed exceptions, which name the document and the entry.
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
            hostSources.Add(Calendar.HolidayScheduleSources.Load(stream, input.Name));
        }

        hostSources.AddRange(value.HolidayScheduleSources);

        // The first host source wins for its years, then the next, and the built-in data last.
        var schedules = Calendar.HolidayScheduleSources.BuiltIn;
        for (var i = hostSources.Count - 1; i >= 0; i--)
        {
            schedules = Calendar.HolidayScheduleSources.Combine(hostSources[i], schedules);
        }

        Schedules = schedules;

        var ruleSets = new List<RuleSet>();
        foreach (var input in value.RuleSetDocuments)
        {
            using var stream = input.Open();
            ruleSets.Add(RuleSetJson.Load(stream, input.Name));
        }

        ruleSets.AddRange(value.RuleSets);
        RuleBook = ruleSets.Count == 0 ? RuleBook.BuiltIn : RuleBook.BuiltIn.WithRuleSets(ruleSets);
        CalendarOptions = new WorkingCalendarOptions
        {
            Schedules = Schedules,
            EnabledOptionalHolidays = value.EnableVietnameseCultureDay ? [KiemTraSdkOptions.VietnameseCultureDayId] : [],
        };
    }

    public IHolidayScheduleSource Schedules { get; }

    public RuleBook RuleBook { get; }

    public WorkingCalendarOptions CalendarOptions { get; }
}
