using Microsoft.Extensions.Options;
using NodaTime;

namespace KiemTra.Sdk;

/// <summary>The cheap start-up checks of <see cref="KiemTraSdkOptions"/>; documents are read later (see the options' remarks).</summary>
internal sealed class KiemTraSdkOptionsValidator : IValidateOptions<KiemTraSdkOptions>
{
    public ValidateOptionsResult Validate(string? name, KiemTraSdkOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.TimeZoneId) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            failures.Add($"KiemTraSdkOptions.TimeZoneId '{options.TimeZoneId}' is not a TZDB time zone id (expected e.g. '{KiemTraSdkOptions.DefaultTimeZoneId}').");
        }

        Check(failures, nameof(KiemTraSdkOptions.HolidayScheduleDocuments), options.HolidayScheduleDocuments);
        Check(failures, nameof(KiemTraSdkOptions.RuleSetDocuments), options.RuleSetDocuments);
        Check(failures, nameof(KiemTraSdkOptions.IndicatorCatalogDocuments), options.IndicatorCatalogDocuments);
        NoNulls(failures, nameof(KiemTraSdkOptions.IndicatorCatalogs), options.IndicatorCatalogs);
        NoNulls(failures, nameof(KiemTraSdkOptions.IndicatorMeasures), options.IndicatorMeasures);
        for (var i = 0; i < options.HolidayScheduleSources.Count; i++)
        {
            if (options.HolidayScheduleSources[i] is null)
            {
                failures.Add($"KiemTraSdkOptions.HolidayScheduleSources[{i}] is null.");
            }
        }

        for (var i = 0; i < options.RuleSets.Count; i++)
        {
            if (options.RuleSets[i] is null)
            {
                failures.Add($"KiemTraSdkOptions.RuleSets[{i}] is null.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void NoNulls<T>(List<string> failures, string list, IList<T> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                failures.Add($"KiemTraSdkOptions.{list}[{i}] is null.");
            }
        }
    }

    private static void Check(List<string> failures, string list, IList<KiemTraDataInput> inputs)
    {
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (input is null)
            {
                failures.Add($"KiemTraSdkOptions.{list}[{i}] is null.");
            }
            else if (input.FilePath is { } path && !File.Exists(path))
            {
                failures.Add($"KiemTraSdkOptions.{list}[{i}]: the file '{path}' does not exist.");
            }
        }
    }
}
