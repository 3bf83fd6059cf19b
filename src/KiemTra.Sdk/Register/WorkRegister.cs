using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Supervision;

namespace KiemTra.Sdk.Register;

/// <summary>
/// The register of the work (<i>sổ theo dõi công tác kiểm tra, giám sát, kỷ luật</i>): the one immutable record of what a
/// province (or any part of it) did — typed, dated, attributed facts in the domain's own types — from which indicators,
/// statistics, early warnings, the follow-up chase list and reports are all computed. Built with
/// <see cref="CreateBuilder"/>; every fact is checked by its own factory, and the builder refuses a repeated id or a link
/// to a fact that is not in the register.
/// </summary>
/// <remarks>
/// Facts are kept as recorded; nothing derived (a plan item's completion, an organisation's coverage, a discipline count)
/// is stored. A case's state is what its steps make it (<see cref="OversightCase"/>); plan completion follows
/// the link from each programme item to the case that carried it out (<see cref="CarrierOf"/>); discipline statistics count
/// <see cref="Decisions"/>. Organisations and bodies are checked against the organisation tree when the register is
/// evaluated (<see cref="Indicators.IndicatorDataSet.Create(Organization.PartyDataset, NodaTime.LocalDate, WorkRegister)"/>).
/// </remarks>
/// <example>
/// <code>
/// var register = WorkRegister.CreateBuilder()
///     .AddProgram(program.Issue(new LocalDate(2025, 1, 10)))
///     .AddCase(concludedCase)
///     .LinkProgramItem(program.Id, "I-01", concludedCase.Id)
///     .AddDecision(decision)
///     .Build();
/// var data = IndicatorDataSet.Create(dataset, asOf, register);
/// </code>
/// </example>
public sealed class WorkRegister
{
    private readonly Dictionary<RecordId<OversightCase>, OversightCase> _cases;
    private readonly Dictionary<RecordId<DisciplineDecision>, DisciplineDecision> _decisions;
    private readonly Dictionary<RecordId<DisciplineDecision>, RecordId<OversightCase>> _caseOfDecision;
    private readonly Dictionary<RecordId<Recommendation>, RecordId<OversightCase>> _caseOfRecommendation;
    private readonly Dictionary<RecordId<Denunciation>, RecordId<OversightCase>> _caseOfDenunciation;
    private readonly Dictionary<(RecordId<OversightProgram> Program, RecordId<ProgramItem> Item), RecordId<OversightCase>> _carrierOfItem;
    private Dictionary<RecordId<OversightCase>, OversightCase>? _takenUpBy;

    internal WorkRegister(WorkRegisterBuilder b, Dictionary<RecordId<OversightCase>, OversightCase> cases, Dictionary<RecordId<DisciplineDecision>, DisciplineDecision> decisions,
        Dictionary<RecordId<DisciplineDecision>, RecordId<OversightCase>> caseOfDecision, Dictionary<RecordId<Recommendation>, RecordId<OversightCase>> caseOfRecommendation, Dictionary<RecordId<Denunciation>, RecordId<OversightCase>> caseOfDenunciation,
        Dictionary<(RecordId<OversightProgram>, RecordId<ProgramItem>), RecordId<OversightCase>> carrierOfItem)
    {
        Cases = [.. b.Cases];
        Programs = [.. b.Programs];
        ProgramItemLinks = [.. b.ItemLinks];
        Documents = [.. b.Documents];
        Assignments = [.. b.Assignments];
        AssigneeReports = [.. b.AssigneeReports];
        LocalityMeetings = [.. b.LocalityMeetings];
        LocalityFiles = [.. b.LocalityFiles];
        InformationReceived = [.. b.Information];
        VettingOpinions = [.. b.Vetting];
        Decisions = [.. b.Decisions];
        Complaints = [.. b.Complaints];
        ComplaintResolutions = [.. b.Resolutions];
        Denunciations = [.. b.Denunciations];
        DenunciationEscalations = [.. b.Escalations];
        Recommendations = [.. b.Recommendations];
        CaseFindings = [.. b.Findings];
        Directives = [.. b.Directives];
        InspectionStaff = [.. b.Staff];
        ImplementationPlans = [.. b.Plans];
        ImplementationReports = [.. b.PlanReports];
        Meetings = [.. b.Meetings];
        Tasks = [.. b.Tasks];
        DigitalFigures = [.. b.Digital];
        AnnualReturns = [.. b.Returns];
        _cases = cases;
        _decisions = decisions;
        _caseOfDecision = caseOfDecision;
        _caseOfRecommendation = caseOfRecommendation;
        _caseOfDenunciation = caseOfDenunciation;
        _carrierOfItem = carrierOfItem;
    }

    /// <summary>An empty register.</summary>
    public static WorkRegister Empty { get; } = CreateBuilder().Build();

    /// <summary>Supervision and inspection cases, every step.</summary>
    public IReadOnlyList<OversightCase> Cases { get; }

    /// <summary>Programmes and plans for the term and the year as issued, with their items, dates of issue and issuing bodies.</summary>
    public IReadOnlyList<OversightProgram> Programs { get; }

    /// <summary>Which case carried out which programme item, in the order linked (read one through <see cref="CarrierOf"/>).</summary>
    internal IReadOnlyList<ProgramItemLink> ProgramItemLinks { get; }

    /// <summary>Assignment decisions and regulations on locality work issued (programmes are <see cref="Programs"/>).</summary>
    public IReadOnlyList<IssuedDocument> Documents { get; }

    /// <summary>Locality and field assignments.</summary>
    public IReadOnlyList<RecordedAssignment> Assignments { get; }

    /// <summary>Assignees' periodic and ad hoc reports.</summary>
    public IReadOnlyList<AssigneeReport> AssigneeReports { get; }

    /// <summary>Meetings of followed localities and which assignees attended.</summary>
    public IReadOnlyList<LocalityMeeting> LocalityMeetings { get; }

    /// <summary>Locality files.</summary>
    public IReadOnlyList<LocalityFile> LocalityFiles { get; }

    /// <summary>Information received, by channel.</summary>
    public IReadOnlyList<InformationReceived> InformationReceived { get; }

    /// <summary>Opinions given on cadres from supervision results.</summary>
    public IReadOnlyList<VettingOpinion> VettingOpinions { get; }

    /// <summary>Disciplinary decisions, whether produced by a case or by another path.</summary>
    public IReadOnlyList<DisciplineDecision> Decisions { get; }

    /// <summary>Complaints against disciplinary decisions.</summary>
    public IReadOnlyList<DisciplineComplaint> Complaints { get; }

    /// <summary>How complaints were resolved.</summary>
    public IReadOnlyList<ComplaintResolution> ComplaintResolutions { get; }

    /// <summary>Denunciations, the informant sealed as received.</summary>
    public IReadOnlyList<Denunciation> Denunciations { get; }

    /// <summary>Over-level and prolonged denunciations.</summary>
    public IReadOnlyList<DenunciationEscalation> DenunciationEscalations { get; }

    /// <summary>Recommendations of conclusions, inspections and audits, tracked to completion.</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; }


    /// <summary>Policy recommendations and positive findings of cases.</summary>
    public IReadOnlyList<CaseFinding> CaseFindings { get; }

    /// <summary>Party texts received and disseminated.</summary>
    public IReadOnlyList<DirectiveDissemination> Directives { get; }

    /// <summary>Inspection staff by year, with training and rotation.</summary>
    public IReadOnlyList<InspectionStaffYear> InspectionStaff { get; }

    /// <summary>Subordinate bodies' implementation plans.</summary>
    public IReadOnlyList<ImplementationPlan> ImplementationPlans { get; }

    /// <summary>Reports on implementation plans.</summary>
    public IReadOnlyList<ImplementationReport> ImplementationReports { get; }

    /// <summary>Meetings held, with their length.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }

    /// <summary>Tasks assigned.</summary>
    public IReadOnlyList<AssignedTask> Tasks { get; }

    /// <summary>Digital-processing figures by organisation and year.</summary>
    public IReadOnlyList<DigitalProcessingFigures> DigitalFigures { get; }

    /// <summary>Organisations' statements that a year's records are complete.</summary>
    public IReadOnlyList<AnnualReturn> AnnualReturns { get; }

    /// <summary>Starts an empty builder.</summary>
    /// <returns>The builder.</returns>
    public static WorkRegisterBuilder CreateBuilder() => new();

    /// <summary>A builder holding this register's facts, to append more (the register itself never changes).</summary>
    /// <returns>The builder.</returns>
    public WorkRegisterBuilder ToBuilder() => new(this);

    /// <summary>The case with the id, or null.</summary>
    /// <param name="id">The case id.</param>
    /// <returns>The case, or null.</returns>
    public OversightCase? FindCase(RecordId<OversightCase> id) => _cases.TryGetValue(id, out var c) ? c : null;

    /// <summary>The decision with the id, or null.</summary>
    /// <param name="id">The decision id.</param>
    /// <returns>The decision, or null.</returns>
    public DisciplineDecision? FindDecision(RecordId<DisciplineDecision> id) => _decisions.TryGetValue(id, out var d) ? d : null;

    /// <summary>The id of the case that produced (or proposed) the decision, or null when it came by another path.</summary>
    /// <param name="decisionId">The decision id.</param>
    /// <returns>The case id, or null.</returns>
    public RecordId<OversightCase>? CaseOfDecision(RecordId<DisciplineDecision> decisionId) => _caseOfDecision.TryGetValue(decisionId, out var c) ? c : null;

    /// <summary>The id of the case whose conclusion made the recommendation, or null.</summary>
    /// <param name="recommendationId">The recommendation id.</param>
    /// <returns>The case id, or null.</returns>
    public RecordId<OversightCase>? CaseOfRecommendation(RecordId<Recommendation> recommendationId) => _caseOfRecommendation.TryGetValue(recommendationId, out var c) ? c : null;

    /// <summary>The id of the case the denunciation led to, or null.</summary>
    /// <param name="denunciationId">The denunciation id.</param>
    /// <returns>The case id, or null.</returns>
    public RecordId<OversightCase>? CaseOfDenunciation(RecordId<Denunciation> denunciationId) => _caseOfDenunciation.TryGetValue(denunciationId, out var c) ? c : null;

    /// <summary>The id of the case that carried out a programme item, or null while none has.</summary>
    /// <param name="programId">The programme.</param>
    /// <param name="itemId">The item.</param>
    /// <returns>The case id, or null.</returns>
    public RecordId<OversightCase>? CarrierOf(RecordId<OversightProgram> programId, RecordId<ProgramItem> itemId) => _carrierOfItem.TryGetValue((programId, itemId), out var c) ? c : null;

    /// <summary>The case at the higher level that took up the case <paramref name="lowerCaseId"/>, or null.</summary>
    /// <param name="lowerCaseId">The case taken up.</param>
    /// <returns>The higher case, or null.</returns>
    public OversightCase? TakenUpBy(RecordId<OversightCase> lowerCaseId)
    {
        _takenUpBy ??= Cases.Where(c => c.Origin is { Step: CaseStep.TakeUp })
            .GroupBy(c => c.Origin!.CaseId)
            .ToDictionary(g => g.Key, g => g.First());
        return _takenUpBy.TryGetValue(lowerCaseId, out var c) ? c : null;
    }

    /// <summary>
    /// The day the case carried out what it was opened for — its concluding meeting, or, when it was taken up, the
    /// concluding meeting of the case that took it up — or null while not carried out. Plan completion counts this.
    /// </summary>
    /// <param name="caseId">The case id.</param>
    /// <returns>The day, or null.</returns>
    public NodaTime.LocalDate? CarriedOutOn(RecordId<OversightCase> caseId) => FindCase(caseId) is { } c ? CaseOutcomes.CarriedOutOn(c, TakenUpBy) : null;

    /// <summary>The recommendations a case's conclusion made, in the order recorded.</summary>
    /// <param name="caseId">The case id.</param>
    /// <returns>The recommendations.</returns>
    public IReadOnlyList<Recommendation> RecommendationsOf(RecordId<OversightCase> caseId) => [.. Recommendations.Where(r => CaseOfRecommendation(r.Id) == caseId)];

    /// <summary>The decisions a case produced, in the order recorded.</summary>
    /// <param name="caseId">The case id.</param>
    /// <returns>The decisions.</returns>
    public IReadOnlyList<DisciplineDecision> DecisionsOf(RecordId<OversightCase> caseId) => [.. Decisions.Where(d => CaseOfDecision(d.Id) == caseId)];
}
