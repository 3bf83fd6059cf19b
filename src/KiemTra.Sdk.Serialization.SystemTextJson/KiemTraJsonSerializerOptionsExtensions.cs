using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.EarlyWarning;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Supervision;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

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

        // NodaTime values: NodaTime.Serialization.SystemTextJson's converters with the SDK's ISO patterns. Only the types
        // the SDK writes are added (not ConfigureForNodaTime's whole set): its interval converters read nested values
        // through reflection-based serialization, which trimming and native AOT refuse (IL2026).
        // A time zone is written as its id and read through the host's provider.
        foreach (var converter in NodaTimeJson.ByType.Values)
        {
            options.Converters.Add(converter);
        }

        options.Converters.Add(new DateTimeZoneConverter(zoneProvider));
        foreach (var converter in CreateConverters())
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    internal static IEnumerable<JsonConverter> CreateConverters()
    {
        yield return new OrganizationIdConverter();
        yield return new MemberIdConverter();
        yield return new LocalizedTextConverter();
        yield return new RuleCitationConverter();
        yield return new FindingConverter();
        yield return new SealedInformantConverter<ProtectedInformant>();
        yield return new SealedInformantConverter<InformantIdentity>();
        yield return new LunarDateConverter();
        yield return new ScheduledDayOffConverter();
        yield return new MakeUpWorkdayConverter();
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
        yield return new DomainConverterFactory();
        yield return new StrictEnumConverter<Calendar.StatutoryHolidayRuleKind>();
        yield return new StrictEnumConverter<Denunciations.AllegationConclusion>();
        yield return new StrictEnumConverter<Denunciations.DenunciationSource>();
        yield return new StrictEnumConverter<Denunciations.IntakeDecision>();
        yield return new StrictEnumConverter<Denunciations.NonAcceptanceGround>();
        yield return new StrictEnumConverter<Discipline.AggravatingCircumstance>();
        yield return new StrictEnumConverter<Discipline.Attitude>();
        yield return new StrictEnumConverter<Discipline.Complaints.ComplaintInadmissibility>();
        yield return new StrictEnumConverter<Discipline.Complaints.ComplaintOutcome>();
        yield return new StrictEnumConverter<Discipline.Complaints.ComplaintResolverLevel>();
        yield return new StrictEnumConverter<Discipline.Complaints.ComplaintWindowReading>();
        yield return new StrictEnumConverter<Discipline.DeferralGround>();
        yield return new StrictEnumConverter<Discipline.DisciplineEffectState>();
        yield return new StrictEnumConverter<Discipline.DisciplineForm>();
        yield return new StrictEnumConverter<Discipline.DisciplineSubjectKind>();
        yield return new StrictEnumConverter<Discipline.EffectInterruptionKind>();
        yield return new StrictEnumConverter<Discipline.LimitationOutcome>();
        yield return new StrictEnumConverter<Discipline.MitigatingCircumstance>();
        yield return new StrictEnumConverter<Discipline.ParticipationRole>();
        yield return new StrictEnumConverter<Discipline.RestrictedAction>();
        yield return new StrictEnumConverter<Discipline.SynchronisedEventKind>();
        yield return new StrictEnumConverter<Discipline.ViolationCategory>();
        yield return new StrictEnumConverter<FollowUp.RecommendationSource>();
        yield return new StrictEnumConverter<Indicators.GovernanceDocumentKind>();
        yield return new StrictEnumConverter<Indicators.IndicatorPeriodKind>();
        yield return new StrictEnumConverter<Indicators.IndicatorStatus>();
        yield return new StrictEnumConverter<Indicators.IndicatorUnit>();
        yield return new StrictEnumConverter<Indicators.MeetingKind>();
        yield return new StrictEnumConverter<Indicators.RatingStatus>();
        yield return new StrictEnumConverter<Indicators.RecordKind>();
        yield return new StrictEnumConverter<Indicators.TargetComparator>();
        yield return new StrictEnumConverter<Indicators.TaskSpecificationElement>();
        yield return new StrictEnumConverter<Inspection.CaseLinkKind>();
        yield return new StrictEnumConverter<Inspection.CaseStage>();
        yield return new StrictEnumConverter<Inspection.CaseState>();
        yield return new StrictEnumConverter<Inspection.CaseStep>();
        yield return new StrictEnumConverter<Inspection.CommissionClassification>();
        yield return new StrictEnumConverter<Inspection.HigherReviewOutcome>();
        yield return new StrictEnumConverter<Inspection.ProgrammeScope>();
        yield return new StrictEnumConverter<Inspection.TakeUpReason>();
        yield return new StrictEnumConverter<Organization.AdvisoryAgencyKind>();
        yield return new StrictEnumConverter<Organization.OrganizationFlags>();
        yield return new StrictEnumConverter<Reporting.ReportingPeriodKind>();
        yield return new StrictEnumConverter<Rules.RuleNotFoundReason>();
        yield return new StrictEnumConverter<Register.AssigneeReportKind>();
        yield return new StrictEnumConverter<Register.CaseFindingKind>();
        yield return new StrictEnumConverter<Register.DenunciationEscalationKind>();
        yield return new StrictEnumConverter<Register.InformationChannel>();
        yield return new StrictEnumConverter<Register.VettingPurpose>();
    }
}
