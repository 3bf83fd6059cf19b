using System.Text.Json.Serialization;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;
using KiemTra.Sdk.Supervision;
using NodaTime;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// Source-generated serialization metadata (<i>ngữ cảnh JSON sinh sẵn</i>) for trimmed and native-AOT hosts, over the
/// types a host exchanges: NodaTime values, identifiers, bilingual text and citations, a computed <see cref="Deadline"/>,
/// and the register of the work and its facts in the register document's dialect (<see cref="WorkRegisterJson"/>):
/// <c>JsonSerializer.Serialize(deadline, KiemTraJsonContext.Default.Deadline)</c>.
/// Uses the same converters as <see cref="KiemTraJsonSerializerOptionsExtensions.ConfigureForKiemTra(System.Text.Json.JsonSerializerOptions)"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters =
    [
        typeof(NodaTimeConverterFactory),
        typeof(OrganizationIdConverter), typeof(MemberIdConverter), typeof(RecordIdConverterFactory),
        typeof(LocalizedTextConverter), typeof(RuleCitationConverter),
        typeof(SealedInformantConverter<ProtectedInformant>), typeof(SealedInformantConverter<InformantIdentity>),
        typeof(DayExplanationConverter), typeof(DeadlineRuleConverter), typeof(DeadlineConverter),
        typeof(StrictEnumConverter<Authority.ActivityKind>),
        typeof(StrictEnumConverter<Discipline.AggravatingCircumstance>),
        typeof(StrictEnumConverter<Denunciations.AllegationConclusion>),
        typeof(StrictEnumConverter<Register.AssigneeReportKind>),
        typeof(StrictEnumConverter<Discipline.Attitude>),
        typeof(StrictEnumConverter<Organization.BodyKind>),
        typeof(StrictEnumConverter<Register.CaseFindingKind>),
        typeof(StrictEnumConverter<Inspection.CaseState>),
        typeof(StrictEnumConverter<Inspection.CaseStep>),
        typeof(StrictEnumConverter<Discipline.Complaints.ComplaintOutcome>),
        typeof(StrictEnumConverter<Calendar.DayKind>),
        typeof(StrictEnumConverter<Rules.RuleDurationUnit>),
        typeof(StrictEnumConverter<Register.DenunciationEscalationKind>),
        typeof(StrictEnumConverter<Denunciations.DenunciationSource>),
        typeof(StrictEnumConverter<Discipline.DisciplineForm>),
        typeof(StrictEnumConverter<Indicators.GovernanceDocumentKind>),
        typeof(StrictEnumConverter<Inspection.HigherReviewOutcome>),
        typeof(StrictEnumConverter<Register.InformationChannel>),
        typeof(StrictEnumConverter<Denunciations.IntakeDecision>),
        typeof(StrictEnumConverter<Indicators.MeetingKind>),
        typeof(StrictEnumConverter<Discipline.MitigatingCircumstance>),
        typeof(StrictEnumConverter<Denunciations.NonAcceptanceGround>),
        typeof(StrictEnumConverter<Discipline.ParticipationRole>),
        typeof(StrictEnumConverter<FollowUp.RecommendationSource>),
        typeof(StrictEnumConverter<Indicators.RecordKind>),
        typeof(StrictEnumConverter<Reporting.ReportingPeriodKind>),
        typeof(StrictEnumConverter<Register.VettingPurpose>),
        typeof(DomainConverterFactory),
    ])]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalDateTime))]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(OrganizationId))]
[JsonSerializable(typeof(MemberId))]
[JsonSerializable(typeof(RecordId<Inspection.OversightCase>))]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(RuleCitation))]
[JsonSerializable(typeof(DayExplanation))]
[JsonSerializable(typeof(DeadlineRule))]
[JsonSerializable(typeof(Deadline))]
[JsonSerializable(typeof(IReadOnlyList<Deadline>))]
[JsonSerializable(typeof(Authority.ActivityKind))]
[JsonSerializable(typeof(Discipline.AggravatingCircumstance))]
[JsonSerializable(typeof(Denunciations.AllegationConclusion))]
[JsonSerializable(typeof(Register.AssigneeReportKind))]
[JsonSerializable(typeof(Discipline.Attitude))]
[JsonSerializable(typeof(Organization.BodyKind))]
[JsonSerializable(typeof(Register.CaseFindingKind))]
[JsonSerializable(typeof(Inspection.CaseState))]
[JsonSerializable(typeof(Inspection.CaseStep))]
[JsonSerializable(typeof(Discipline.Complaints.ComplaintOutcome))]
[JsonSerializable(typeof(Calendar.DayKind))]
[JsonSerializable(typeof(Rules.RuleDurationUnit))]
[JsonSerializable(typeof(Register.DenunciationEscalationKind))]
[JsonSerializable(typeof(Denunciations.DenunciationSource))]
[JsonSerializable(typeof(Discipline.DisciplineForm))]
[JsonSerializable(typeof(Indicators.GovernanceDocumentKind))]
[JsonSerializable(typeof(Inspection.HigherReviewOutcome))]
[JsonSerializable(typeof(Register.InformationChannel))]
[JsonSerializable(typeof(Denunciations.IntakeDecision))]
[JsonSerializable(typeof(Indicators.MeetingKind))]
[JsonSerializable(typeof(Discipline.MitigatingCircumstance))]
[JsonSerializable(typeof(Denunciations.NonAcceptanceGround))]
[JsonSerializable(typeof(Discipline.ParticipationRole))]
[JsonSerializable(typeof(FollowUp.RecommendationSource))]
[JsonSerializable(typeof(Indicators.RecordKind))]
[JsonSerializable(typeof(Reporting.ReportingPeriodKind))]
[JsonSerializable(typeof(Register.VettingPurpose))]
[JsonSerializable(typeof(WorkRegister))]
[JsonSerializable(typeof(OversightCase))]
[JsonSerializable(typeof(IReadOnlyList<OversightCase>))]
[JsonSerializable(typeof(OversightProgram))]
[JsonSerializable(typeof(IssuedDocument))]
[JsonSerializable(typeof(RecordedAssignment))]
[JsonSerializable(typeof(AssigneeReport))]
[JsonSerializable(typeof(LocalityMeeting))]
[JsonSerializable(typeof(LocalityFile))]
[JsonSerializable(typeof(InformationReceived))]
[JsonSerializable(typeof(VettingOpinion))]
[JsonSerializable(typeof(DisciplineDecision))]
[JsonSerializable(typeof(Denunciation))]
[JsonSerializable(typeof(DenunciationEscalation))]
[JsonSerializable(typeof(Recommendation))]
[JsonSerializable(typeof(CaseFinding))]
[JsonSerializable(typeof(DirectiveDissemination))]
[JsonSerializable(typeof(InspectionStaffYear))]
[JsonSerializable(typeof(ImplementationPlan))]
[JsonSerializable(typeof(ImplementationReport))]
[JsonSerializable(typeof(Meeting))]
[JsonSerializable(typeof(AssignedTask))]
[JsonSerializable(typeof(DigitalProcessingFigures))]
[JsonSerializable(typeof(AnnualReturn))]
public sealed partial class KiemTraJsonContext : JsonSerializerContext
{
}
