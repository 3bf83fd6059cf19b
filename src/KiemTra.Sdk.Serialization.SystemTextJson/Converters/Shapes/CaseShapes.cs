using System.Text.Json.Serialization;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Supervision;
using NodaTime;
using C = KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes.Codecs;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

/// <summary>
/// JSON shapes of denunciations (<i>tố cáo</i>), supervision and inspection cases (<i>cuộc kiểm tra, giám sát</i>),
/// recommendations (<i>kiến nghị</i>) and locality assignments and meetings, as the register document writes them.
/// <para>
/// <b>The informant's identity is never written.</b> A <see cref="Denunciation"/> is written as its verifiers' copy:
/// <c>"informantWithheld": true</c> for a named denunciation (the identity exists and is sealed), and read back with
/// <see cref="Denunciation.Restore"/>, which never holds an identity. Cases are read back with
/// <see cref="OversightCase.Restore"/> (the history replayed through the state machine) against the built-in catalogues.
/// </para>
/// </summary>
internal static class CaseShapes
{
    public static readonly Shape<Allegation> Allegation = new Shape<Allegation>(nameof(Denunciations.Allegation), r =>
            Denunciations.Allegation.Restore(r.Get<RecordId<Denunciations.Allegation>>("id"), r.Get<string>("content"), r.Get<AllegationConclusion?>("conclusion"), r.Get<LocalDate?>("concludedOn")))
        .Field("id", C.Id<Denunciations.Allegation>(), a => a.Id)
        .Field("content", C.String, a => a.Content)
        .Field("conclusion", C.NullableEnum<AllegationConclusion>(), a => a.Conclusion)
        .Field("concludedOn", C.NullableDate, a => a.ConcludedOn);

    public static readonly Shape<DenunciationReceipt> Receipt = new Shape<DenunciationReceipt>(nameof(DenunciationReceipt), r =>
            new DenunciationReceipt(r.Get<OrganizationId>("receivedBy"), r.Get<LocalDate>("on"), r.Get<bool>("isCompetent")))
        .Field("receivedBy", C.OrganizationId, x => x.ReceivedBy)
        .Field("on", C.Date, x => x.On)
        .Field("isCompetent", C.Boolean, x => x.IsCompetent);

    public static readonly Shape<DenunciationIntake> Intake = new Shape<DenunciationIntake>(nameof(DenunciationIntake), r =>
            DenunciationIntake.Restore(r.Get<IntakeDecision>("decision"), r.Get<IReadOnlyList<NonAcceptanceGround>>("grounds"), r.Get<bool>("mayFeedSupervision"),
                r.Get<LocalizedText>("explanation"), r.Get<RuleCitation>("rule")))
        .Field("decision", C.Enum<IntakeDecision>(), i => i.Decision)
        .Field("grounds", C.List(C.Enum<NonAcceptanceGround>()), i => i.Grounds)
        .Field("mayFeedSupervision", C.Boolean, i => i.MayFeedSupervision)
        .Field("explanation", C.Text, i => i.Explanation)
        .Field("rule", C.Citation, i => i.Rule);

    public static readonly Shape<Denunciation> Denunciation = new Shape<Denunciation>(nameof(Denunciations.Denunciation), r =>
        {
            var source = r.Get<DenunciationSource>("source");
            var withheld = r.Get<bool>("informantWithheld");
            if (withheld != (source == DenunciationSource.Named))
            {
                throw new ArgumentException($"A {source} denunciation has {(source == DenunciationSource.Named ? "a withheld" : "no")} informant (informantWithheld {withheld}).", "informantWithheld");
            }

            return Denunciations.Denunciation.Restore(r.Get<RecordId<Denunciations.Denunciation>>("id"), r.Get<DisciplineSubject>("subject"), source,
                r.Get<IReadOnlyList<Allegation>>("allegations"), r.Get<IReadOnlyList<DenunciationReceipt>>("receipts"), r.Get<DenunciationIntake?>("intake"));
        })
        .Field("id", C.Id<Denunciations.Denunciation>(), d => d.Id)
        .Field("subject", DisciplineShapes.Subject.Codec, d => d.Subject)
        .Field("source", C.Enum<DenunciationSource>(), d => d.Source)

        // The sealed reference only: whether an identity exists and is withheld. The identity itself is never read.
        .Field("informantWithheld", C.Boolean, d => d.Informant is not null || d.InformantWithheld)
        .Field("allegations", C.List(Allegation.Codec), d => d.Allegations)
        .Field("receipts", C.List(Receipt.Codec), d => d.Receipts)
        .Field("intake", C.OrNull(Intake.Codec), d => d.Intake)
        .Derived(nameof(Denunciations.Denunciation.Informant), nameof(Denunciations.Denunciation.InformantWithheld), nameof(Denunciations.Denunciation.ReceivedByCompetentOn),
            nameof(Denunciations.Denunciation.IsConcluded), nameof(Denunciations.Denunciation.FoundViolation));

    public static readonly Shape<ActingBody> ActingBody = new Shape<ActingBody>(nameof(Authority.ActingBody), r =>
        {
            var organization = r.Get<OrganizationId>("organization");
            var body = r.Get<BodyKind>("body");
            return new ActingBody(organization, body);
        })
        .Field("organization", C.OrganizationId, a => a.Organization)
        .Field("body", C.Enum<BodyKind>(), a => a.Body);

    public static readonly Shape<OversightSubject> OversightSubject = new Shape<OversightSubject>(nameof(Inspection.OversightSubject), r =>
        {
            var member = r.Get<MemberId?>("member");
            var organization = r.Get<OrganizationId?>("organization");
            var committee = r.Get<bool?>("isCommitteeMember");
            return (member, organization) switch
            {
                ({ } m, null) => Inspection.OversightSubject.Of(m, committee ?? false),
                (null, { } o) when committee is not true => Inspection.OversightSubject.Of(o),
                (null, { }) => throw new ArgumentException("An organisation is not a committee member.", "isCommitteeMember"),
                _ => throw new ArgumentException("A subject is exactly one of a member and an organisation.", "member"),
            };
        })
        .Field("member", C.NullableMemberId, s => s.Member)
        .Field("organization", C.NullableOrganizationId, s => s.Organization)

        // Committee members are counted apart (null for an organisation); absent in documents written before it was recorded (read as false).
        .Field("isCommitteeMember", C.NullableBoolean, s => s.Member is null ? null : s.IsCommitteeMember)
        .Derived(nameof(Inspection.OversightSubject.Id));

    public static readonly Shape<CaseDiscipline> CaseDiscipline = new Shape<CaseDiscipline>(nameof(Inspection.CaseDiscipline), r =>
            Inspection.CaseDiscipline.Restore(r.Get<bool>("decided"), r.Get<DisciplineSubject>("subject"), r.Get<DisciplineForm>("form"), r.Get<string>("reference"), r.Get<LocalDate>("on"), r.Get<RecordId<DisciplineDecision>?>("decisionId")))
        .Field("decided", C.Boolean, d => d.Decided)
        .Field("subject", DisciplineShapes.Subject.Codec, d => d.Subject)
        .Field("form", C.Enum<DisciplineForm>(), d => d.Form)
        .Field("reference", C.String, d => d.Reference)
        .Field("on", C.Date, d => d.On)
        .Field("decisionId", C.NullableId<DisciplineDecision>(), d => d.DecisionId);

    public static readonly Shape<CasePlan> CasePlan = new Shape<CasePlan>(nameof(Inspection.CasePlan), r =>
            Inspection.CasePlan.Create(r.Get<string>("purpose"), r.Get<IReadOnlyList<string>>("contentAreas"), r.Interval("referenceFrom", "referenceTo"), r.Interval("start", "end"), r.Get<string>("method"), OversightCatalogs.BuiltIn))
        .Field("purpose", C.String, p => p.Purpose)
        .Field("contentAreas", C.List(C.String), p => p.ContentAreas)
        .Field("referenceFrom", C.Date, p => p.ReferenceFrom)
        .Field("referenceTo", C.Date, p => p.ReferenceTo)
        .Field("start", C.Date, p => p.Start)
        .Field("end", C.Date, p => p.End)
        .Field("method", C.String, p => p.Method);

    public static readonly Shape<CaseTeam> CaseTeam = new Shape<CaseTeam>(nameof(Inspection.CaseTeam), r =>
        {
            var leader = r.Get<MemberId>("leader");
            var members = r.Get<IReadOnlyList<MemberId>>("members");
            if (members.Count == 0 || members[0] != leader)
            {
                throw new ArgumentException($"The team's member list starts with its leader {leader}.", "members");
            }

            return Inspection.CaseTeam.Create(leader, members.Skip(1));
        })
        .Field("leader", C.MemberId, t => t.Leader)
        .Field("members", C.List(C.MemberId), t => t.Members);

    public static readonly Shape<CaseConclusion> CaseConclusion = new Shape<CaseConclusion>(nameof(Inspection.CaseConclusion), r =>
            new CaseConclusion(r.Get<string>("summary"), r.Get<bool>("violationFound"), r.Get<bool>("signsOfViolation")))
        .Field("summary", C.String, c => c.Summary)
        .Field("violationFound", C.Boolean, c => c.ViolationFound)
        .Field("signsOfViolation", C.Boolean, c => c.SignsOfViolation);

    public static readonly Shape<CaseEvent> CaseEvent = new Shape<CaseEvent>(nameof(Inspection.CaseEvent), r =>
            new CaseEvent(r.Get<CaseStep>("step"), r.Get<LocalDate>("on"), r.Get<CaseState>("stateAfter"), r.Get<string>("note")))
        .Field("step", C.Enum<CaseStep>(), e => e.Step)
        .Field("on", C.Date, e => e.On)
        .Field("stateAfter", C.Enum<CaseState>(), e => e.StateAfter)
        .Field("note", C.AnyString, e => e.Note);

    /// <summary>
    /// The "kind" of a case link, as format version 1 spells it: <c>HandedOverFromSupervision</c> for a link made by the
    /// originating supervision's <see cref="CaseStep.HandOverForInspection"/>, <c>TakenUpFromLowerLevel</c> for one made by
    /// the lower case's <see cref="CaseStep.TakeUp"/>.
    /// </summary>
    private static readonly Codec<CaseStep> CaseLinkKind = new(
        n => n.AsString(DomainJson.Error) switch
        {
            "HandedOverFromSupervision" => CaseStep.HandOverForInspection,
            "TakenUpFromLowerLevel" => CaseStep.TakeUp,
            var text => throw DomainJson.Error(n.DisplayPath, n.Line, text, DocumentProblem.Of(KiemTra.Sdk.Diagnostics.ErrorCodes.DocumentValueInvalid,
                "phải là một trong các giá trị: HandedOverFromSupervision, TakenUpFromLowerLevel", "Expected one of: HandedOverFromSupervision, TakenUpFromLowerLevel.")),
        },
        (w, v) => w.WriteStringValue(v == CaseStep.TakeUp ? "TakenUpFromLowerLevel" : "HandedOverFromSupervision"));

    public static readonly Shape<CaseLink> CaseLink = new Shape<CaseLink>(nameof(Inspection.CaseLink), r =>
            new CaseLink(r.Get<CaseStep>("kind"), r.Get<RecordId<OversightCase>>("caseId"), r.Get<string>("reason")))
        .Field("kind", CaseLinkKind, l => l.Step)
        .Field("caseId", C.Id<OversightCase>(), l => l.CaseId)
        .Field("reason", C.String, l => l.Reason);

    public static readonly Shape<HigherReview> HigherReview = new Shape<HigherReview>(nameof(Inspection.HigherReview), r =>
            new HigherReview(r.Get<OrganizationId>("reviewedBy"), r.Get<LocalDate>("on"), r.Get<HigherReviewOutcome>("outcome"), r.Get<string>("finding")))
        .Field("reviewedBy", C.OrganizationId, x => x.ReviewedBy)
        .Field("on", C.Date, x => x.On)
        .Field("outcome", C.Enum<HigherReviewOutcome>(), x => x.Outcome)
        .Field("finding", C.String, x => x.Finding);

    public static readonly Shape<OversightCase> OversightCase = new Shape<OversightCase>(nameof(Inspection.OversightCase), r =>
            Inspection.OversightCase.Restore(r.Get<RecordId<OversightCase>>("id"), r.Get<ActivityKind>("activity"), r.Get<string>("typeCode"), r.Get<OrganizationId>("conductedBy"),
                r.Get<BodyKind>("body"), r.Get<IReadOnlyList<OversightSubject>>("subjects"), r.Get<CasePlan?>("plan"), r.Get<CaseTeam?>("team"),
                r.Get<CaseConclusion?>("conclusion"), r.Get<CaseLink?>("origin"), r.Get<IReadOnlyList<RecordId<OversightCase>>>("handedOverTo"),
                r.Get<IReadOnlyList<HigherReview>>("reviews"), r.Get<IReadOnlyList<CaseEvent>>("history"), OversightCatalogs.BuiltIn,
                r.Get<IReadOnlyList<CaseDiscipline>?>("disciplineOutcomes")))
        .Field("id", C.Id<OversightCase>(), c => c.Id)
        .Field("activity", C.Enum<ActivityKind>(), c => c.Activity)
        .Field("typeCode", C.String, c => c.TypeCode)
        .Field("conductedBy", C.OrganizationId, c => c.ConductedBy)
        .Field("body", C.Enum<BodyKind>(), c => c.Body)
        .Field("subjects", C.List(OversightSubject.Codec), c => c.Subjects)
        .Field("plan", C.OrNull(CasePlan.Codec), c => c.Plan)
        .Field("team", C.OrNull(CaseTeam.Codec), c => c.Team)
        .Field("conclusion", C.OrNull(CaseConclusion.Codec), c => c.Conclusion)
        .Field("origin", C.OrNull(CaseLink.Codec), c => c.Origin)
        .Field("handedOverTo", C.List(C.Id<OversightCase>()), c => c.HandedOverTo)
        .Field("reviews", C.List(HigherReview.Codec), c => c.Reviews)
        .Field("history", C.List(CaseEvent.Codec), c => c.History)
        .Field("disciplineOutcomes", C.OrNull(C.List(CaseDiscipline.Codec)), c => c.DisciplineOutcomes)

        // One typed outcome per RecordDiscipline step; null (or absent) only in documents written before outcomes were typed.

        // The state is the state after the last step of the history; the stage and allowed steps follow from it.
        .Derived(nameof(Inspection.OversightCase.State), nameof(Inspection.OversightCase.Stage), nameof(Inspection.OversightCase.AllowedSteps), nameof(Inspection.OversightCase.LastStepOn));

    public static readonly Shape<ProgramItem> ProgramItem = new Shape<ProgramItem>(nameof(Inspection.ProgramItem), r =>
            Inspection.ProgramItem.Create(r.Get<RecordId<ProgramItem>>("id"), r.Get<ActivityKind>("activity"), r.Get<string>("typeCode"), r.Get<OrganizationId>("subject"),
                r.Get<LocalDate>("start"), r.Get<LocalDate>("end"), r.Get<IReadOnlyList<string>>("contentAreas"), OversightCatalogs.BuiltIn))
        .Field("id", C.Id<ProgramItem>(), p => p.Id)
        .Field("activity", C.Enum<ActivityKind>(), p => p.Activity)
        .Field("typeCode", C.String, p => p.TypeCode)
        .Field("subject", C.OrganizationId, p => p.Subject)
        .Field("start", C.Date, p => p.Start)
        .Field("end", C.Date, p => p.End)
        .Field("contentAreas", C.List(C.String), p => p.ContentAreas);

    /// <summary>
    /// The programme's own terms as the register document has always nested them (<c>"programme": {…}</c>): the core
    /// records the date of issue and the issuing body on <see cref="OversightProgram"/> itself, the document keeps its
    /// shape so that documents written before still read.
    /// </summary>
    private static readonly Shape<OversightProgram> ProgramTerms = WithProgramTerms(new Shape<OversightProgram>(nameof(OversightProgram), ProgramTermsOf));

    /// <summary>
    /// A programme on its own (<c>OversightProgram</c> through <c>ConfigureForKiemTra()</c>): its terms flat, as it was
    /// written before the core recorded the issue on the programme, with the date of issue and issuing body as optional
    /// fields (<c>"issuedOn"</c>, <c>"bodyId"</c>; null or absent for a draft).
    /// </summary>
    public static readonly Shape<OversightProgram> Program = WithProgramTerms(new Shape<OversightProgram>(nameof(OversightProgram), r =>
            WithIssue(ProgramTermsOf(r), r.Get<LocalDate?>("issuedOn"), r.Get<RecordId<Organization.Body>?>("bodyId"))))
        .Field("issuedOn", C.NullableDate, p => p.IssuedOn)
        .Field("bodyId", C.NullableId<Organization.Body>(), p => p.BodyId)
        .Derived(nameof(OversightProgram.IsIssued));

    /// <summary>
    /// A programme of the register document, whose programmes are issued ones: its terms nested as the document has always
    /// nested them (<c>"programme": {…}</c>, without the issue), the date of issue required beside them.
    /// </summary>
    public static readonly Shape<OversightProgram> RegisterProgram = new Shape<OversightProgram>("issued programme", r =>
            r.Get<OversightProgram>("programme").Issue(r.Get<LocalDate>("issuedOn"), r.Get<RecordId<Organization.Body>?>("bodyId")))
        .Field("programme", ProgramTerms.Codec, p => p)
        .Field("issuedOn", C.Date, p => p.IssuedOn ?? throw new InvalidOperationException($"Programme {p.Id} is not issued; the register records issued programmes."))
        .Field("bodyId", C.NullableId<Organization.Body>(), p => p.BodyId)
        .Derived(nameof(OversightProgram.Id), nameof(OversightProgram.Owner), nameof(OversightProgram.Scope), nameof(OversightProgram.From), nameof(OversightProgram.To), nameof(OversightProgram.Items), nameof(OversightProgram.IsIssued));

    /// <summary>
    /// A recommendation of the register document: its terms only, as the document has always written them; its recovery
    /// is written in the document's own <c>"recoveryAmounts"</c> section (<see cref="RegisterShapes.Recovery"/>).
    /// </summary>
    public static readonly Shape<Recommendation> RegisterRecommendation = WithRecommendationTerms(new Shape<Recommendation>(nameof(FollowUp.Recommendation), RestoreTerms))
        .Derived(nameof(FollowUp.Recommendation.IsCompleted), nameof(FollowUp.Recommendation.AmountToRecoverVnd), nameof(FollowUp.Recommendation.RecoveredVnd));

    /// <summary>
    /// A recommendation on its own (<c>Recommendation</c> through <c>ConfigureForKiemTra()</c>): its terms and, when it
    /// orders a recovery, <c>"amountToRecoverVnd"</c> and <c>"recoveredVnd"</c> (null or absent when it orders none).
    /// </summary>
    public static readonly Shape<Recommendation> Recommendation = WithRecommendationTerms(new Shape<Recommendation>(nameof(FollowUp.Recommendation), r =>
            WithRecovery(RestoreTerms(r), r.Get<long?>("amountToRecoverVnd"), r.Get<long?>("recoveredVnd"))))
        .Field("amountToRecoverVnd", C.NullableInt64, x => x.AmountToRecoverVnd)
        .Field("recoveredVnd", C.NullableInt64, x => x.AmountToRecoverVnd is null ? null : x.RecoveredVnd)
        .Derived(nameof(FollowUp.Recommendation.IsCompleted));

    /// <summary>A programme's own terms, the fields the standalone and the register shapes share.</summary>
    private static Shape<OversightProgram> WithProgramTerms(Shape<OversightProgram> shape) => shape
        .Field("id", C.Id<OversightProgram>(), p => p.Id)
        .Field("owner", ActingBody.Codec, p => p.Owner)
        .Field("scope", C.Enum<KiemTra.Sdk.Reporting.ReportingPeriodKind>(), p => p.Scope)
        .Field("from", C.Date, p => p.From)
        .Field("to", C.Date, p => p.To)
        .Field("items", C.List(ProgramItem.Codec), p => p.Items);

    private static OversightProgram ProgramTermsOf(Shape<OversightProgram>.ShapeReader r)
        => OversightProgram.Create(r.Get<RecordId<OversightProgram>>("id"), r.Get<ActingBody>("owner"), r.Get<KiemTra.Sdk.Reporting.ReportingPeriodKind>("scope"), r.Get<LocalDate>("from"), r.Get<LocalDate>("to"),
            r.Get<IReadOnlyList<ProgramItem>>("items"));

    /// <summary>A recommendation's own terms, the fields the standalone and the register shapes share.</summary>
    private static Shape<Recommendation> WithRecommendationTerms(Shape<Recommendation> shape) => shape
        .Field("id", C.Id<Recommendation>(), x => x.Id)
        .Field("source", C.Enum<RecommendationSource>(), x => x.Source)
        .Field("sourceReference", C.String, x => x.SourceReference)
        .Field("addressee", C.OrganizationId, x => x.Addressee)
        .Field("content", C.String, x => x.Content)
        .Field("deadline", DisciplineShapes.Deadline, x => x.Deadline)
        .Field("completedOn", C.NullableDate, x => x.CompletedOn);

    private static OversightProgram WithIssue(OversightProgram program, LocalDate? issuedOn, RecordId<Organization.Body>? bodyId)
        => issuedOn is { } on ? program.Issue(on, bodyId)
            : bodyId is null ? program : throw new ArgumentException($"Programme {program.Id} names issuing body '{bodyId}' but no date of issue.", "bodyId");

    private static Recommendation RestoreTerms(Shape<Recommendation>.ShapeReader r)
        => FollowUp.Recommendation.Restore(r.Get<RecordId<Recommendation>>("id"), r.Get<RecommendationSource>("source"), r.Get<string>("sourceReference"), r.Get<OrganizationId>("addressee"),
            r.Get<string>("content"), r.Get<Deadline>("deadline"), r.Get<LocalDate?>("completedOn"));

    private static Recommendation WithRecovery(Recommendation recommendation, long? amountToRecoverVnd, long? recoveredVnd)
        => (amountToRecoverVnd, recoveredVnd) switch
        {
            ({ } amount, { } recovered) => recommendation.RecordRecovery(amount, recovered),
            (null, null) => recommendation,
            ({ }, null) => throw new ArgumentException($"Recommendation {recommendation.Id} gives an amount to recover but not the amount recovered (0 when nothing is).", "recoveredVnd"),
            (null, { }) => throw new ArgumentException($"Recommendation {recommendation.Id} gives an amount recovered but no amount to recover.", "recoveredVnd"),
        };

    public static readonly Shape<LocalityMeeting> LocalityMeeting = new Shape<LocalityMeeting>(nameof(Supervision.LocalityMeeting), r =>
            new LocalityMeeting(r.Get<OrganizationId>("locality"), r.Get<LocalDate>("on"), r.Get<IReadOnlyList<MemberId>>("attendees")))
        .Field("locality", C.OrganizationId, m => m.Locality)
        .Field("on", C.Date, m => m.On)
        .Field("attendees", C.List(C.MemberId), m => m.Attendees);

    public static IEnumerable<JsonConverter> Converters()
    {
        yield return ShapeConverter.Of(Allegation);
        yield return ShapeConverter.Of(Receipt);
        yield return ShapeConverter.Of(Intake);
        yield return ShapeConverter.Of(Denunciation);
        yield return ShapeConverter.Of(ActingBody);
        yield return ShapeConverter.Of(OversightSubject);
        yield return ShapeConverter.Of(CasePlan);
        yield return ShapeConverter.Of(CaseTeam);
        yield return ShapeConverter.Of(CaseConclusion);
        yield return ShapeConverter.Of(CaseEvent);
        yield return ShapeConverter.Of(CaseLink);
        yield return ShapeConverter.Of(HigherReview);
        yield return ShapeConverter.Of(CaseDiscipline);
        yield return ShapeConverter.Of(OversightCase);
        yield return ShapeConverter.Of(ProgramItem);
        yield return ShapeConverter.Of(Program);
        yield return ShapeConverter.Of(Recommendation);
        yield return ShapeConverter.Of(LocalityMeeting);
    }
}
