using KiemTra.Sdk.Register;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.EarlyWarning;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Supervision;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;
using NodaTime;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// Source-generated serialization metadata for the SDK's public types (<i>ngữ cảnh JSON sinh sẵn</i>),
/// for trimmed and native-AOT hosts: <c>JsonSerializer.Serialize(finding, KiemTraJsonContext.Default.Finding)</c>.
/// Uses the same converters as <see cref="KiemTraJsonSerializerOptionsExtensions.ConfigureForKiemTra(System.Text.Json.JsonSerializerOptions)"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters =
    [
        typeof(NodaTimeConverterFactory),
        typeof(OrganizationIdConverter), typeof(MemberIdConverter),
        typeof(LocalizedTextConverter), typeof(RuleCitationConverter), typeof(FindingConverter),
        typeof(SealedInformantConverter<ProtectedInformant>), typeof(SealedInformantConverter<InformantIdentity>),
        typeof(LunarDateConverter), typeof(ScheduledDayOffConverter), typeof(MakeUpWorkdayConverter), typeof(DayExplanationConverter),
        typeof(DeadlineRuleConverter), typeof(DeadlineConverter), typeof(RuleSetConverter), typeof(RuleEntryConverter), typeof(RuleValueConverter), typeof(RuleDurationConverter), typeof(LineageEventConverter), typeof(PostConverter),
        typeof(StrictEnumConverter<FindingSeverity>),
        typeof(StrictEnumConverter<DayKind>),
        typeof(StrictEnumConverter<DeadlineUnit>),
        typeof(StrictEnumConverter<DeadlineStatus>),
        typeof(StrictEnumConverter<RuleDurationUnit>),
        typeof(StrictEnumConverter<RuleValueKind>),
        typeof(StrictEnumConverter<LineageEventKind>),
        typeof(StrictEnumConverter<PostKind>),
        typeof(StrictEnumConverter<OrganizationKind>),
        typeof(StrictEnumConverter<BodyKind>),
        typeof(StrictEnumConverter<MemberStatus>),
        typeof(StrictEnumConverter<ActivityKind>),
        typeof(StrictEnumConverter<Calendar.StatutoryHolidayRuleKind>),
        typeof(StrictEnumConverter<Denunciations.AllegationConclusion>),
        typeof(StrictEnumConverter<Denunciations.DenunciationSource>),
        typeof(StrictEnumConverter<Denunciations.IntakeDecision>),
        typeof(StrictEnumConverter<Denunciations.NonAcceptanceGround>),
        typeof(StrictEnumConverter<Discipline.AggravatingCircumstance>),
        typeof(StrictEnumConverter<Discipline.Attitude>),
        typeof(StrictEnumConverter<Discipline.Complaints.ComplaintInadmissibility>),
        typeof(StrictEnumConverter<Discipline.Complaints.ComplaintOutcome>),
        typeof(StrictEnumConverter<Discipline.Complaints.ComplaintResolverLevel>),
        typeof(StrictEnumConverter<Discipline.Complaints.ComplaintWindowReading>),
        typeof(StrictEnumConverter<Discipline.DeferralGround>),
        typeof(StrictEnumConverter<Discipline.DisciplineEffectState>),
        typeof(StrictEnumConverter<Discipline.DisciplineForm>),
        typeof(StrictEnumConverter<Discipline.DisciplineSubjectKind>),
        typeof(StrictEnumConverter<Discipline.EffectInterruptionKind>),
        typeof(StrictEnumConverter<Discipline.LimitationOutcome>),
        typeof(StrictEnumConverter<Discipline.MitigatingCircumstance>),
        typeof(StrictEnumConverter<Discipline.ParticipationRole>),
        typeof(StrictEnumConverter<Discipline.RestrictedAction>),
        typeof(StrictEnumConverter<Discipline.SynchronisedEventKind>),
        typeof(StrictEnumConverter<Discipline.ViolationCategory>),
        typeof(StrictEnumConverter<FollowUp.RecommendationSource>),
        typeof(StrictEnumConverter<Indicators.GovernanceDocumentKind>),
        typeof(StrictEnumConverter<Indicators.IndicatorPeriodKind>),
        typeof(StrictEnumConverter<Indicators.IndicatorStatus>),
        typeof(StrictEnumConverter<Indicators.IndicatorUnit>),
        typeof(StrictEnumConverter<Indicators.MeetingKind>),
        typeof(StrictEnumConverter<Indicators.RatingStatus>),
        typeof(StrictEnumConverter<Indicators.RecordKind>),
        typeof(StrictEnumConverter<Indicators.TargetComparator>),
        typeof(StrictEnumConverter<Indicators.TaskSpecificationElement>),
        typeof(StrictEnumConverter<Inspection.CaseLinkKind>),
        typeof(StrictEnumConverter<Inspection.CaseStage>),
        typeof(StrictEnumConverter<Inspection.CaseState>),
        typeof(StrictEnumConverter<Inspection.CaseStep>),
        typeof(StrictEnumConverter<Inspection.CommissionClassification>),
        typeof(StrictEnumConverter<Inspection.HigherReviewOutcome>),
        typeof(StrictEnumConverter<Inspection.ProgrammeScope>),
        typeof(StrictEnumConverter<Inspection.TakeUpReason>),
        typeof(StrictEnumConverter<Organization.AdvisoryAgencyKind>),
        typeof(StrictEnumConverter<Organization.OrganizationFlags>),
        typeof(StrictEnumConverter<Reporting.ReportingPeriodKind>),
        typeof(StrictEnumConverter<Rules.RuleNotFoundReason>),
        typeof(StrictEnumConverter<Register.AssigneeReportKind>),
        typeof(StrictEnumConverter<Register.CaseFindingKind>),
        typeof(StrictEnumConverter<Register.DenunciationEscalationKind>),
        typeof(StrictEnumConverter<Register.InformationChannel>),
        typeof(StrictEnumConverter<Register.VettingPurpose>),
        typeof(DomainConverterFactory),
    ])]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalDateTime))]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(RuleCitation))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(IReadOnlyList<Finding>))]
[JsonSerializable(typeof(LunarDate))]
[JsonSerializable(typeof(ScheduledDayOff))]
[JsonSerializable(typeof(MakeUpWorkday))]
[JsonSerializable(typeof(DayExplanation))]
[JsonSerializable(typeof(DeadlineRule))]
[JsonSerializable(typeof(Deadline))]
[JsonSerializable(typeof(RuleSet))]
[JsonSerializable(typeof(RuleEntry))]
[JsonSerializable(typeof(RuleValue))]
[JsonSerializable(typeof(RuleDuration))]
[JsonSerializable(typeof(LineageEvent))]
[JsonSerializable(typeof(Post))]
[JsonSerializable(typeof(IReadOnlyList<Deadline>))]
[JsonSerializable(typeof(IReadOnlyList<RuleSet>))]
[JsonSerializable(typeof(DayKind))]
[JsonSerializable(typeof(DeadlineUnit))]
[JsonSerializable(typeof(DeadlineStatus))]
[JsonSerializable(typeof(RuleDurationUnit))]
[JsonSerializable(typeof(RuleValueKind))]
[JsonSerializable(typeof(LineageEventKind))]
[JsonSerializable(typeof(PostKind))]
[JsonSerializable(typeof(OrganizationKind))]
[JsonSerializable(typeof(BodyKind))]
[JsonSerializable(typeof(MemberStatus))]
[JsonSerializable(typeof(ActivityKind))]
[JsonSerializable(typeof(ActingBody))]
[JsonSerializable(typeof(Allegation))]
[JsonSerializable(typeof(AssessmentEvidence))]
[JsonSerializable(typeof(AssigneeCompliance))]
[JsonSerializable(typeof(AssignmentReport))]
[JsonSerializable(typeof(AuthorityDecision))]
[JsonSerializable(typeof(AuthoritySubject))]
[JsonSerializable(typeof(Body))]
[JsonSerializable(typeof(CaseConclusion))]
[JsonSerializable(typeof(CaseDiscipline))]
[JsonSerializable(typeof(CaseEvent))]
[JsonSerializable(typeof(CaseLink))]
[JsonSerializable(typeof(CasePlan))]
[JsonSerializable(typeof(CaseTeam))]
[JsonSerializable(typeof(Catalogue))]
[JsonSerializable(typeof(CatalogueEvaluation))]
[JsonSerializable(typeof(CatalogueItem))]
[JsonSerializable(typeof(ComplaintAdmissibility))]
[JsonSerializable(typeof(ComplaintResolution))]
[JsonSerializable(typeof(DeferralAssessment))]
[JsonSerializable(typeof(Denunciation))]
[JsonSerializable(typeof(DenunciationIntake))]
[JsonSerializable(typeof(DenunciationReceipt))]
[JsonSerializable(typeof(DigitalProcessingFigures))]
[JsonSerializable(typeof(DirectiveDissemination))]
[JsonSerializable(typeof(DisciplineBallot))]
[JsonSerializable(typeof(DisciplineCircumstances))]
[JsonSerializable(typeof(DisciplineComplaint))]
[JsonSerializable(typeof(DisciplineDecision))]
[JsonSerializable(typeof(DisciplineStatistics))]
[JsonSerializable(typeof(SubtreeCounts))]
[JsonSerializable(typeof(ComplaintStatistics))]
[JsonSerializable(typeof(DenunciationStatistics))]
[JsonSerializable(typeof(DisciplineEffectStatus))]
[JsonSerializable(typeof(DisciplineSubject))]
[JsonSerializable(typeof(DisciplineTally))]
[JsonSerializable(typeof(EffectInterruption))]
[JsonSerializable(typeof(EvaluationBody))]
[JsonSerializable(typeof(EvaluationOrganization))]
[JsonSerializable(typeof(EvaluationTree))]
[JsonSerializable(typeof(FactItem))]
[JsonSerializable(typeof(FollowUpItem))]
[JsonSerializable(typeof(FollowUpRegister))]
[JsonSerializable(typeof(FollowUpReport))]
[JsonSerializable(typeof(FormApplicability))]
[JsonSerializable(typeof(FormCount))]
[JsonSerializable(typeof(IssuedDocument))]
[JsonSerializable(typeof(HigherReview))]
[JsonSerializable(typeof(IndicatorApplicability))]
[JsonSerializable(typeof(IndicatorDataSet))]
[JsonSerializable(typeof(IndicatorDefinition))]
[JsonSerializable(typeof(IndicatorResult))]
[JsonSerializable(typeof(IndicatorTarget))]
[JsonSerializable(typeof(IndividualResponsibility))]
[JsonSerializable(typeof(InformantAccess))]
[JsonSerializable(typeof(InspectionStaffYear))]
[JsonSerializable(typeof(LimitationAssessment))]
[JsonSerializable(typeof(LocalityAssignment))]
[JsonSerializable(typeof(LocalityMeeting))]
[JsonSerializable(typeof(Meeting))]
[JsonSerializable(typeof(Member))]
[JsonSerializable(typeof(MemberManagement))]
[JsonSerializable(typeof(OversightCase))]
[JsonSerializable(typeof(OversightProgramme))]
[JsonSerializable(typeof(OversightSubject))]
[JsonSerializable(typeof(PartyOrganization))]
[JsonSerializable(typeof(PersonnelAction))]
[JsonSerializable(typeof(ProgrammeItem))]
[JsonSerializable(typeof(RatingGate))]
[JsonSerializable(typeof(RatingOutcome))]
[JsonSerializable(typeof(Recommendation))]
[JsonSerializable(typeof(ReportCoverageRow))]
[JsonSerializable(typeof(ReportFact))]
[JsonSerializable(typeof(ReportIndicatorRow))]
[JsonSerializable(typeof(ReportRatingRow))]
[JsonSerializable(typeof(ReportUnit))]
[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(ResolverCheck))]
[JsonSerializable(typeof(SubtreeIndicatorCounts))]
[JsonSerializable(typeof(SynchronisedEvent))]
[JsonSerializable(typeof(SynchronisedObligation))]
[JsonSerializable(typeof(AssignedTask))]
[JsonSerializable(typeof(UnitFacts))]
[JsonSerializable(typeof(VoteOutcome))]
[JsonSerializable(typeof(VoteStep))]
[JsonSerializable(typeof(YearlyAssessment))]
[JsonSerializable(typeof(Calendar.StatutoryHolidayRuleKind))]
[JsonSerializable(typeof(Denunciations.AllegationConclusion))]
[JsonSerializable(typeof(Denunciations.DenunciationSource))]
[JsonSerializable(typeof(Denunciations.IntakeDecision))]
[JsonSerializable(typeof(Denunciations.NonAcceptanceGround))]
[JsonSerializable(typeof(Discipline.AggravatingCircumstance))]
[JsonSerializable(typeof(Discipline.Attitude))]
[JsonSerializable(typeof(Discipline.Complaints.ComplaintInadmissibility))]
[JsonSerializable(typeof(Discipline.Complaints.ComplaintOutcome))]
[JsonSerializable(typeof(Discipline.Complaints.ComplaintResolverLevel))]
[JsonSerializable(typeof(Discipline.Complaints.ComplaintWindowReading))]
[JsonSerializable(typeof(Discipline.DeferralGround))]
[JsonSerializable(typeof(Discipline.DisciplineEffectState))]
[JsonSerializable(typeof(Discipline.DisciplineForm))]
[JsonSerializable(typeof(Discipline.DisciplineSubjectKind))]
[JsonSerializable(typeof(Discipline.EffectInterruptionKind))]
[JsonSerializable(typeof(Discipline.LimitationOutcome))]
[JsonSerializable(typeof(Discipline.MitigatingCircumstance))]
[JsonSerializable(typeof(Discipline.ParticipationRole))]
[JsonSerializable(typeof(Discipline.RestrictedAction))]
[JsonSerializable(typeof(Discipline.SynchronisedEventKind))]
[JsonSerializable(typeof(Discipline.ViolationCategory))]
[JsonSerializable(typeof(FollowUp.RecommendationSource))]
[JsonSerializable(typeof(Indicators.GovernanceDocumentKind))]
[JsonSerializable(typeof(Indicators.IndicatorPeriodKind))]
[JsonSerializable(typeof(Indicators.IndicatorStatus))]
[JsonSerializable(typeof(Indicators.IndicatorUnit))]
[JsonSerializable(typeof(Indicators.MeetingKind))]
[JsonSerializable(typeof(Indicators.RatingStatus))]
[JsonSerializable(typeof(Indicators.RecordKind))]
[JsonSerializable(typeof(Indicators.TargetComparator))]
[JsonSerializable(typeof(Indicators.TaskSpecificationElement))]
[JsonSerializable(typeof(Inspection.CaseLinkKind))]
[JsonSerializable(typeof(Inspection.CaseStage))]
[JsonSerializable(typeof(Inspection.CaseState))]
[JsonSerializable(typeof(Inspection.CaseStep))]
[JsonSerializable(typeof(Inspection.CommissionClassification))]
[JsonSerializable(typeof(Inspection.HigherReviewOutcome))]
[JsonSerializable(typeof(Inspection.ProgrammeScope))]
[JsonSerializable(typeof(Inspection.TakeUpReason))]
[JsonSerializable(typeof(Organization.AdvisoryAgencyKind))]
[JsonSerializable(typeof(Organization.OrganizationFlags))]
[JsonSerializable(typeof(Reporting.ReportingPeriodKind))]
[JsonSerializable(typeof(Rules.RuleNotFoundReason))]
[JsonSerializable(typeof(IReadOnlyList<Denunciation>))]
[JsonSerializable(typeof(IReadOnlyList<DisciplineDecision>))]
[JsonSerializable(typeof(IReadOnlyList<OversightCase>))]
[JsonSerializable(typeof(IReadOnlyList<Recommendation>))]
[JsonSerializable(typeof(IReadOnlyList<IndicatorResult>))]
[JsonSerializable(typeof(IReadOnlyList<IndicatorDefinition>))]
[JsonSerializable(typeof(IReadOnlyList<PartyOrganization>))]
[JsonSerializable(typeof(WorkRegister))]
[JsonSerializable(typeof(IssuedProgramme))]
[JsonSerializable(typeof(ProgrammeItemLink))]
[JsonSerializable(typeof(RecordedAssignment))]
[JsonSerializable(typeof(AssigneeReport))]
[JsonSerializable(typeof(LocalityFile))]
[JsonSerializable(typeof(InformationReceived))]
[JsonSerializable(typeof(VettingOpinion))]
[JsonSerializable(typeof(DenunciationEscalation))]
[JsonSerializable(typeof(RecoveryAmount))]
[JsonSerializable(typeof(CaseFinding))]
[JsonSerializable(typeof(ImplementationPlan))]
[JsonSerializable(typeof(ImplementationReport))]
[JsonSerializable(typeof(AnnualReturn))]
[JsonSerializable(typeof(IReadOnlyList<Member>))]
[JsonSerializable(typeof(IReadOnlyList<Body>))]
public sealed partial class KiemTraJsonContext : JsonSerializerContext
{
}
