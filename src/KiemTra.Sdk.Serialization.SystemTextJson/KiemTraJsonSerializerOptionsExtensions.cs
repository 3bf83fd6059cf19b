using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>Registers the SDK's JSON converters on a host's <see cref="JsonSerializerOptions"/> (<i>cấu hình JSON</i>).</summary>
public static class KiemTraJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds converters for NodaTime values (ISO-8601 strings), identifiers, bilingual text and citations, a computed
    /// deadline, and the register of the work and its facts in the register document's dialect
    /// (<see cref="WorkRegisterJson"/>), and returns the same options for chaining (the NodaTime <c>ConfigureForNodaTime</c> pattern).
    /// Other SDK types have no JSON form of their own: a document format (rule sets, schedules, datasets, catalogues)
    /// is read and written by its reader and writer, not through these options.
    /// Nothing else on the options is changed: the host keeps its naming policy and resolvers.
    /// </summary>
    /// <remarks>
    /// A type that belongs to a document format (a rule set, a holiday schedule, a party dataset's organisations, members
    /// and lineage events, the catalogues) is refused with a <see cref="NotSupportedException"/> naming the type and the
    /// reader/writer that owns its format (e.g. <see cref="PartyDatasetJson"/>), instead of being written by reflection
    /// over its properties, a spelling nothing reads back. Computed answers (statistics, findings) are left to the host.
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

    /// <summary>
    /// Reads every <see cref="string"/> of the host's own models in Unicode normalisation form C (<i>chuẩn hóa NFC khi
    /// đọc</i>), as the SDK's readers read the strings of a document: Vietnamese typed with combining marks (NFD) arrives
    /// precomposed, so validators, comparisons and the database see one spelling. A string that is not well-formed UTF-16
    /// (a lone surrogate, from a <c>\uD800</c> escape) fails with a <see cref="JsonException"/> naming its path. Strings are
    /// written as they are; their length is left to the host's validators. Returns the same options for chaining.
    /// </summary>
    /// <remarks>
    /// Separate from <see cref="ConfigureForKiemTra(JsonSerializerOptions)"/>, which changes only the SDK's types: this
    /// changes how every <see cref="string"/> is read, so it is the host's choice. The SDK's own types are read by their
    /// converters, which normalise their strings already.
    /// </remarks>
    /// <param name="options">The options to configure; must not be read-only yet.</param>
    /// <returns>The same <paramref name="options"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are already in use (read-only).</exception>
    public static JsonSerializerOptions ReadStringsAsNfc(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The JsonSerializerOptions are already in use and read-only; call ReadStringsAsNfc before the first (de)serialization.");
        }

        options.Converters.Add(new NfcStringConverter());
        return options;
    }

    internal static IEnumerable<JsonConverter> CreateConverters()
    {
        yield return new OrganizationIdConverter();
        yield return new MemberIdConverter();
        yield return new RecordIdConverterFactory();
        yield return new LocalizedTextConverter();
        yield return new RuleCitationConverter();
        yield return new SealedInformantConverter<ProtectedInformant>();
        yield return new SealedInformantConverter<InformantIdentity>();
        yield return new DayExplanationConverter();
        yield return new DeadlineRuleConverter();
        yield return new DeadlineConverter();
        yield return new StrictEnumConverter<Authority.ActivityKind>();
        yield return new StrictEnumConverter<Discipline.AggravatingCircumstance>();
        yield return new StrictEnumConverter<Denunciations.AllegationConclusion>();
        yield return new StrictEnumConverter<Register.AssigneeReportKind>();
        yield return new StrictEnumConverter<Discipline.Attitude>();
        yield return new StrictEnumConverter<Organization.BodyKind>();
        yield return new StrictEnumConverter<Register.CaseFindingKind>();
        yield return new StrictEnumConverter<Inspection.CaseState>();
        yield return new StrictEnumConverter<Inspection.CaseStep>();
        yield return new StrictEnumConverter<Discipline.Complaints.ComplaintOutcome>();
        yield return new StrictEnumConverter<Calendar.DayKind>();
        yield return new StrictEnumConverter<Rules.RuleDurationUnit>();
        yield return new StrictEnumConverter<Register.DenunciationEscalationKind>();
        yield return new StrictEnumConverter<Denunciations.DenunciationSource>();
        yield return new StrictEnumConverter<Discipline.DisciplineForm>();
        yield return new StrictEnumConverter<Indicators.GovernanceDocumentKind>();
        yield return new StrictEnumConverter<Inspection.HigherReviewOutcome>();
        yield return new StrictEnumConverter<Register.InformationChannel>();
        yield return new StrictEnumConverter<Denunciations.IntakeDecision>();
        yield return new StrictEnumConverter<Indicators.MeetingKind>();
        yield return new StrictEnumConverter<Discipline.MitigatingCircumstance>();
        yield return new StrictEnumConverter<Denunciations.NonAcceptanceGround>();
        yield return new StrictEnumConverter<Discipline.ParticipationRole>();
        yield return new StrictEnumConverter<FollowUp.RecommendationSource>();
        yield return new StrictEnumConverter<Indicators.RecordKind>();
        yield return new StrictEnumConverter<Reporting.ReportingPeriodKind>();
        yield return new StrictEnumConverter<Register.VettingPurpose>();
        yield return new DomainConverterFactory();

        // Last: a type that belongs to a document format is refused, naming its format's owner, rather than written by reflection.
        yield return new NoJsonFormConverterFactory();
    }
}
