using System.Collections.Immutable;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Supervision;
using NodaTime;
using C = KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes.Codecs;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

/// <summary>
/// JSON shapes of the facts of the register of the work (<i>sổ theo dõi công tác kiểm tra, giám sát, kỷ luật</i>) that
/// have no shape elsewhere: item links, assignments and their reports, locality files, information,
/// vetting opinions, escalations, amounts, findings, implementation plans and annual returns, and the typed discipline
/// outcome of a case. Each is rebuilt with the core's public constructor or factory; the register's own checks (unique
/// ids, links) run in <see cref="WorkRegisterBuilder"/> when <see cref="RegisterDocument"/> adds them.
/// </summary>
internal static class RegisterShapes
{
    public static readonly Shape<ItemLinkEntry> ItemLink = new Shape<ItemLinkEntry>("ProgramItemLink", r =>
            new ItemLinkEntry(r.Get<RecordId<OversightProgram>>("programmeId"), r.Get<RecordId<ProgramItem>>("itemId"), r.Get<RecordId<OversightCase>>("caseId")))
        .Field("programmeId", C.Id<OversightProgram>(), l => l.ProgramId)
        .Field("itemId", C.Id<ProgramItem>(), l => l.ItemId)
        .Field("caseId", C.Id<OversightCase>(), l => l.CaseId);

    /// <summary>
    /// The terms of an assignment as the register document has always nested them (<c>"assignment": {…}</c>): the
    /// core records them on <see cref="RecordedAssignment"/> itself, the document keeps its shape so that documents and
    /// stored rows written before still read.
    /// </summary>
    private sealed record AssignmentTerms(MemberId Assignee, OrganizationId Locality, ActingBody AssignedBy, LocalDate From, LocalDate? To);

    private static readonly Shape<AssignmentTerms> Terms = new Shape<AssignmentTerms>("LocalityAssignment", r =>
            new AssignmentTerms(r.Get<MemberId>("assignee"), r.Get<OrganizationId>("locality"), r.Get<ActingBody>("assignedBy"), r.Get<LocalDate>("from"), r.Get<LocalDate?>("to")))
        .Field("assignee", C.MemberId, a => a.Assignee)
        .Field("locality", C.OrganizationId, a => a.Locality)
        .Field("assignedBy", CaseShapes.ActingBody.Codec, a => a.AssignedBy)
        .Field("from", C.Date, a => a.From)
        .Field("to", C.NullableDate, a => a.To);

    public static readonly Shape<RecordedAssignment> Assignment = new Shape<RecordedAssignment>(nameof(RecordedAssignment), r =>
            Assign(r.Get<RecordId<RecordedAssignment>>("id"), r.Get<AssignmentTerms>("assignment"), r.Get<RecordId<Organization.Body>?>("bodyId"), r.Get<string?>("field")))
        .Field("id", C.Id<RecordedAssignment>(), a => a.Id)
        .Field("assignment", Terms.Codec, a => new AssignmentTerms(a.Assignee, a.Locality, a.AssignedBy, a.From, a.To))
        .Field("bodyId", C.NullableId<Organization.Body>(), a => a.BodyId)
        .Field("field", C.NullableString, a => a.Field)
        .Derived(nameof(RecordedAssignment.Assignee), nameof(RecordedAssignment.Locality), nameof(RecordedAssignment.AssignedBy), nameof(RecordedAssignment.From), nameof(RecordedAssignment.To));

    private static RecordedAssignment Assign(RecordId<RecordedAssignment> id, AssignmentTerms terms, RecordId<Organization.Body>? bodyId, string? field)
        => RecordedAssignment.Create(id, terms.Assignee, terms.Locality, terms.AssignedBy, terms.From, terms.To, bodyId, field);

    public static readonly Shape<AssigneeReport> AssigneeReport = new Shape<AssigneeReport>(nameof(Register.AssigneeReport), r =>
            new AssigneeReport(r.Get<RecordId<AssigneeReport>>("id"), r.Get<RecordId<RecordedAssignment>>("assignmentId"), r.Get<AssigneeReportKind>("kind"), r.Get<LocalDate?>("dueOn"), r.Get<LocalDate>("submittedOn")))
        .Field("id", C.Id<AssigneeReport>(), x => x.Id)
        .Field("assignmentId", C.Id<RecordedAssignment>(), x => x.AssignmentId)
        .Field("kind", C.Enum<AssigneeReportKind>(), x => x.Kind)
        .Field("dueOn", C.NullableDate, x => x.DueOn)
        .Field("submittedOn", C.Date, x => x.SubmittedOn)
        .Derived(nameof(Register.AssigneeReport.IsOnTime));

    public static readonly Shape<LocalityFile> LocalityFile = new Shape<LocalityFile>(nameof(Register.LocalityFile), r =>
            new LocalityFile(r.Get<RecordId<LocalityFile>>("id"), r.Get<RecordId<RecordedAssignment>>("assignmentId"), r.Get<LocalDate>("openedOn"), r.Get<LocalDate?>("lastUpdatedOn")))
        .Field("id", C.Id<LocalityFile>(), x => x.Id)
        .Field("assignmentId", C.Id<RecordedAssignment>(), x => x.AssignmentId)
        .Field("openedOn", C.Date, x => x.OpenedOn)
        .Field("lastUpdatedOn", C.NullableDate, x => x.LastUpdatedOn);

    public static readonly Shape<InformationReceived> Information = new Shape<InformationReceived>(nameof(InformationReceived), r =>
            new InformationReceived(r.Get<RecordId<InformationReceived>>("id"), r.Get<OrganizationId>("locality"), r.Get<InformationChannel>("channel"), r.Get<LocalDate>("receivedOn"),
                r.Get<bool>("isRumour"), r.Get<RecordId<RecordedAssignment>?>("assignmentId")))
        .Field("id", C.Id<InformationReceived>(), x => x.Id)
        .Field("locality", C.OrganizationId, x => x.Locality)
        .Field("channel", C.Enum<InformationChannel>(), x => x.Channel)
        .Field("receivedOn", C.Date, x => x.ReceivedOn)
        .Field("isRumour", C.Boolean, x => x.IsRumor)
        .Field("assignmentId", C.NullableId<RecordedAssignment>(), x => x.AssignmentId);

    public static readonly Shape<VettingOpinion> Vetting = new Shape<VettingOpinion>(nameof(VettingOpinion), r =>
            new VettingOpinion(r.Get<RecordId<VettingOpinion>>("id"), r.Get<MemberId>("cadre"), r.Get<OrganizationId>("givenBy"), r.Get<VettingPurpose>("purpose"), r.Get<LocalDate>("givenOn"),
                r.Get<bool>("favourable")))
        .Field("id", C.Id<VettingOpinion>(), x => x.Id)
        .Field("cadre", C.MemberId, x => x.Cadre)
        .Field("givenBy", C.OrganizationId, x => x.GivenBy)
        .Field("purpose", C.Enum<VettingPurpose>(), x => x.Purpose)
        .Field("givenOn", C.Date, x => x.GivenOn)
        .Field("favourable", C.Boolean, x => x.Favorable);

    public static readonly Shape<DenunciationEscalation> Escalation = new Shape<DenunciationEscalation>(nameof(DenunciationEscalation), r =>
            new DenunciationEscalation(r.Get<RecordId<Denunciations.Denunciation>>("denunciationId"), r.Get<DenunciationEscalationKind>("kind"), r.Get<LocalDate>("on"), r.Get<OrganizationId>("lodgedWith")))
        .Field("denunciationId", C.Id<Denunciations.Denunciation>(), x => x.DenunciationId)
        .Field("kind", C.Enum<DenunciationEscalationKind>(), x => x.Kind)
        .Field("on", C.Date, x => x.On)
        .Field("lodgedWith", C.OrganizationId, x => x.LodgedWith);

    /// <summary>
    /// A recommendation's recovery as the register document has always listed it, in its own section
    /// (<c>"recoveryAmounts": [{"recommendationId","amountVnd","recoveredVnd"}]</c>): the core records it on
    /// <see cref="FollowUp.Recommendation"/> itself (<see cref="FollowUp.Recommendation.AmountToRecoverVnd"/>,
    /// <see cref="FollowUp.Recommendation.RecoveredVnd"/>), the document keeps its shape so that documents and stored rows
    /// written before still read.
    /// </summary>
    public static readonly Shape<RecoveryEntry> Recovery = new Shape<RecoveryEntry>("RecoveryAmount", r =>
            new RecoveryEntry(r.Get<RecordId<FollowUp.Recommendation>>("recommendationId"), r.Get<long>("amountVnd"), r.Get<long>("recoveredVnd")))
        .Field("recommendationId", C.Id<FollowUp.Recommendation>(), x => x.RecommendationId)
        .Field("amountVnd", C.Int64, x => x.AmountVnd)
        .Field("recoveredVnd", C.Int64, x => x.RecoveredVnd);

    public static readonly Shape<CaseFinding> Finding = new Shape<CaseFinding>(nameof(CaseFinding), r =>
            new CaseFinding(r.Get<RecordId<CaseFinding>>("id"), r.Get<RecordId<OversightCase>>("caseId"), r.Get<CaseFindingKind>("kind"), r.Get<string>("summary"), r.Get<LocalDate>("on")))
        .Field("id", C.Id<CaseFinding>(), x => x.Id)
        .Field("caseId", C.Id<OversightCase>(), x => x.CaseId)
        .Field("kind", C.Enum<CaseFindingKind>(), x => x.Kind)
        .Field("summary", C.String, x => x.Summary)
        .Field("on", C.Date, x => x.On);

    public static readonly Shape<ImplementationPlan> Plan = new Shape<ImplementationPlan>(nameof(ImplementationPlan), r =>
            new ImplementationPlan(r.Get<RecordId<ImplementationPlan>>("id"), r.Get<OrganizationId>("organization"), r.Get<string>("programmeReference"), r.Get<LocalDate>("dueOn"), r.Get<LocalDate?>("issuedOn")))
        .Field("id", C.Id<ImplementationPlan>(), x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("programmeReference", C.String, x => x.ProgramReference)
        .Field("dueOn", C.Date, x => x.DueOn)
        .Field("issuedOn", C.NullableDate, x => x.IssuedOn);

    public static readonly Shape<ImplementationReport> PlanReport = new Shape<ImplementationReport>(nameof(ImplementationReport), r =>
            new ImplementationReport(r.Get<RecordId<ImplementationReport>>("id"), r.Get<RecordId<ImplementationPlan>>("planId"), r.Get<LocalDate>("dueOn"), r.Get<LocalDate?>("submittedOn")))
        .Field("id", C.Id<ImplementationReport>(), x => x.Id)
        .Field("planId", C.Id<ImplementationPlan>(), x => x.PlanId)
        .Field("dueOn", C.Date, x => x.DueOn)
        .Field("submittedOn", C.NullableDate, x => x.SubmittedOn);

    public static readonly Shape<AnnualReturn> AnnualReturn = new Shape<AnnualReturn>(nameof(Register.AnnualReturn), r =>
            new AnnualReturn(r.Get<OrganizationId>("organization"), r.Get<int>("year"), r.Get<LocalDate>("submittedOn"), r.Get<ImmutableArray<RecordKind>>("kinds")))
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("year", C.Int32, x => x.Year)
        .Field("submittedOn", C.Date, x => x.SubmittedOn)
        .Field("kinds", C.Array(C.Enum<RecordKind>()), x => x.Kinds);

    /// <summary>A decision of the register with the case that produced or proposed it (null when it came by another path).</summary>
    public static readonly Shape<DecisionEntry> Decision = new Shape<DecisionEntry>("decision entry", r =>
            new DecisionEntry(r.Get<RecordId<OversightCase>?>("caseId"), r.Get<DisciplineDecision>("decision")))
        .Field("caseId", C.NullableId<OversightCase>(), x => x.CaseId)
        .Field("decision", DisciplineShapes.Decision.Codec, x => x.Decision);

    /// <summary>A denunciation of the register (the verifiers' copy) with the case it led to.</summary>
    public static readonly Shape<DenunciationEntry> Denunciation = new Shape<DenunciationEntry>("denunciation entry", r =>
            new DenunciationEntry(r.Get<RecordId<OversightCase>?>("caseId"), r.Get<Denunciations.Denunciation>("denunciation")))
        .Field("caseId", C.NullableId<OversightCase>(), x => x.CaseId)
        .Field("denunciation", CaseShapes.Denunciation.Codec, x => x.Denunciation);

    /// <summary>A recommendation of the register with the case whose conclusion made it.</summary>
    public static readonly Shape<RecommendationEntry> Recommendation = new Shape<RecommendationEntry>("recommendation entry", r =>
            new RecommendationEntry(r.Get<RecordId<OversightCase>?>("caseId"), r.Get<FollowUp.Recommendation>("recommendation")))
        .Field("caseId", C.NullableId<OversightCase>(), x => x.CaseId)
        .Field("recommendation", CaseShapes.RegisterRecommendation.Codec, x => x.Recommendation);

    /// <summary>A complaint of the register, naming its decision by id (the decision is written once, under <c>decisions</c>).</summary>
    public static readonly Shape<ComplaintEntry> Complaint = new Shape<ComplaintEntry>("complaint", r =>
            new ComplaintEntry(r.Get<RecordId<DisciplineComplaint>>("id"), r.Get<RecordId<DisciplineDecision>>("decisionId"), r.Get<LocalDate?>("decisionReceivedOn"), r.Get<LocalDate>("filedOn"), r.Get<bool>("filedBySubject"),
                r.Get<bool>("signed"), r.Get<bool>("previouslyResolvedByCentralCommittee")))
        .Field("id", C.Id<DisciplineComplaint>(), x => x.Id)
        .Field("decisionId", C.Id<DisciplineDecision>(), x => x.DecisionId)
        .Field("decisionReceivedOn", C.NullableDate, x => x.DecisionReceivedOn)
        .Field("filedOn", C.Date, x => x.FiledOn)
        .Field("filedBySubject", C.Boolean, x => x.FiledBySubject)
        .Field("signed", C.Boolean, x => x.Signed)
        .Field("previouslyResolvedByCentralCommittee", C.Boolean, x => x.PreviouslyResolvedByCentralCommittee);

    /// <summary>
    /// A complaint resolution of the register, naming its complaint by id; read back through
    /// <see cref="DisciplineRules.ResolveComplaint"/>, so the resulting form and the follow-on review are the rules' (not stored).
    /// </summary>
    public static readonly Shape<ResolutionEntry> Resolution = new Shape<ResolutionEntry>("complaint resolution", r =>
            new ResolutionEntry(r.Get<RecordId<DisciplineComplaint>>("complaintId"), r.Get<ComplaintOutcome>("outcome"), r.Get<DisciplineForm?>("newForm"), r.Get<LocalDate>("resolvedOn")))
        .Field("complaintId", C.Id<DisciplineComplaint>(), x => x.ComplaintId)
        .Field("outcome", C.Enum<ComplaintOutcome>(), x => x.Outcome)
        .Field("newForm", C.NullableEnum<DisciplineForm>(), x => x.NewForm)
        .Field("resolvedOn", C.Date, x => x.ResolvedOn);

    public static IEnumerable<JsonConverter> Converters()
    {
        yield return ShapeConverter.Of(ItemLink);
        yield return ShapeConverter.Of(Assignment);
        yield return ShapeConverter.Of(AssigneeReport);
        yield return ShapeConverter.Of(LocalityFile);
        yield return ShapeConverter.Of(Information);
        yield return ShapeConverter.Of(Vetting);
        yield return ShapeConverter.Of(Escalation);
        yield return ShapeConverter.Of(Finding);
        yield return ShapeConverter.Of(Plan);
        yield return ShapeConverter.Of(PlanReport);
        yield return ShapeConverter.Of(AnnualReturn);
        yield return new CodecConverter<WorkRegister>(RegisterDocument.Codec);
    }

    /// <summary>
    /// A programme item carried out by a case, as the register document lists it: one entry per item that has a carrier
    /// (<see cref="WorkRegister.CarrierOf"/>), in the order of the programmes and their items.
    /// </summary>
    internal sealed record ItemLinkEntry(RecordId<OversightProgram> ProgramId, RecordId<ProgramItem> ItemId, RecordId<OversightCase> CaseId)
    {
        public static IEnumerable<ItemLinkEntry> Of(WorkRegister register) =>
            from p in register.Programs
            from i in p.Items
            let carrier = register.CarrierOf(p.Id, i.Id)
            where carrier is not null
            select new ItemLinkEntry(p.Id, i.Id, carrier.Value);
    }

    internal sealed record DecisionEntry(RecordId<OversightCase>? CaseId, DisciplineDecision Decision);

    internal sealed record DenunciationEntry(RecordId<OversightCase>? CaseId, Denunciations.Denunciation Denunciation);

    internal sealed record RecommendationEntry(RecordId<OversightCase>? CaseId, FollowUp.Recommendation Recommendation);

    internal sealed record RecoveryEntry(RecordId<FollowUp.Recommendation> RecommendationId, long AmountVnd, long RecoveredVnd)
    {
        public static IEnumerable<RecoveryEntry> Of(IEnumerable<FollowUp.Recommendation> recommendations) =>
            recommendations.Where(r => r.AmountToRecoverVnd is not null).Select(r => new RecoveryEntry(r.Id, r.AmountToRecoverVnd!.Value, r.RecoveredVnd));
    }

    internal sealed record ComplaintEntry(RecordId<DisciplineComplaint> Id, RecordId<DisciplineDecision> DecisionId, LocalDate? DecisionReceivedOn, LocalDate FiledOn, bool FiledBySubject, bool Signed, bool PreviouslyResolvedByCentralCommittee)
    {
        public static ComplaintEntry Of(DisciplineComplaint c) =>
            new(c.Id, c.Decision.Id, c.DecisionReceivedOn, c.FiledOn, c.FiledBySubject, c.Signed, c.PreviouslyResolvedByCentralCommittee);
    }

    internal sealed record ResolutionEntry(RecordId<DisciplineComplaint> ComplaintId, ComplaintOutcome Outcome, DisciplineForm? NewForm, LocalDate ResolvedOn)
    {
        public static ResolutionEntry Of(ComplaintResolution r) =>
            new(r.Complaint.Id, r.Outcome, r.Outcome == ComplaintOutcome.Changed ? r.ResultingForm : null, r.ResolvedOn);
    }
}
