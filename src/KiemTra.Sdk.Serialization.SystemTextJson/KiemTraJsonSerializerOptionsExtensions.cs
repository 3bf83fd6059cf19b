using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters;
using NodaTime;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>Registers the SDK's JSON converters on a host's <see cref="JsonSerializerOptions"/> (<i>cấu hình JSON</i>).</summary>
public static class KiemTraJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds converters for NodaTime values (ISO-8601 strings), identifiers and every public SDK type,
    /// and returns the same options for chaining (the NodaTime <c>ConfigureForNodaTime</c> pattern).
    /// Nothing else on the options is changed: the host keeps its naming policy and resolvers.
    /// </summary>
    /// <remarks>
    /// SDK objects are read strictly: an unknown property or a missing required one fails with a
    /// <see cref="JsonException"/> naming it, and values go through the SDK's validating factories.
    /// </remarks>
    /// <param name="options">The options to configure; must not be read-only yet.</param>
    /// <returns>The same <paramref name="options"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are already in use (read-only).</exception>
    public static JsonSerializerOptions ConfigureForKiemTra(this JsonSerializerOptions options)
        => options.ConfigureForKiemTra(DateTimeZoneProviders.Tzdb);

    /// <summary>As <see cref="ConfigureForKiemTra(JsonSerializerOptions)"/>, resolving time zone ids with <paramref name="zoneProvider"/>.</summary>
    /// <param name="options">The options to configure; must not be read-only yet.</param>
    /// <param name="zoneProvider">Resolves <see cref="DateTimeZone"/> ids, e.g. <see cref="DateTimeZoneProviders.Tzdb"/>.</param>
    /// <returns>The same <paramref name="options"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The options are already in use (read-only).</exception>
    public static JsonSerializerOptions ConfigureForKiemTra(this JsonSerializerOptions options, IDateTimeZoneProvider zoneProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(zoneProvider);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The JsonSerializerOptions are already in use and read-only; call ConfigureForKiemTra before the first (de)serialization.");
        }

        foreach (var converter in CreateConverters(zoneProvider))
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    internal static IEnumerable<JsonConverter> CreateConverters(IDateTimeZoneProvider zoneProvider)
    {
        yield return new LocalDateConverter();
        yield return new LocalDateTimeConverter();
        yield return new LocalTimeConverter();
        yield return new InstantConverter();
        yield return new OffsetDateTimeConverter();
        yield return new PeriodConverter();
        yield return new DurationConverter();
        yield return new DateTimeZoneConverter(zoneProvider);
        yield return new OrganizationIdConverter();
        yield return new MemberIdConverter();
        yield return new LocalizedTextConverter();
        yield return new RuleCitationConverter();
        yield return new FindingConverter();
        yield return new LunarDateConverter();
        yield return new ScheduledDayOffConverter();
        yield return new MakeUpWorkdayConverter();
        yield return new HolidayScheduleConverter();
        yield return new DayExplanationConverter();
        yield return new DeadlineRuleConverter();
        yield return new DeadlineConverter();
        yield return new RuleSetConverter();
        yield return new RuleEntryConverter();
        yield return new RuleValueConverter();
        yield return new RuleDurationConverter();
        yield return new LineageEventConverter();
        yield return new PostConverter();
        yield return new StrictEnumConverter<FindingSeverity>();
        yield return new StrictEnumConverter<DayKind>();
        yield return new StrictEnumConverter<DeadlineUnit>();
        yield return new StrictEnumConverter<DeadlineStatus>();
        yield return new StrictEnumConverter<RuleDurationUnit>();
        yield return new StrictEnumConverter<RuleValueKind>();
        yield return new StrictEnumConverter<LineageEventKind>();
        yield return new StrictEnumConverter<PostKind>();
        yield return new StrictEnumConverter<OrganizationKind>();
        yield return new StrictEnumConverter<BodyKind>();
        yield return new StrictEnumConverter<MemberStatus>();
        yield return new StrictEnumConverter<ActivityKind>();
    }
}
