using System.Globalization;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Supervision;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// Collects the facts of a <see cref="WorkRegister"/> (<i>ghi sổ theo dõi</i>). Each <c>Add…</c> checks the fact and refuses
/// an id already recorded; <see cref="Build"/> refuses a link to a fact that is not in the register. Every refusal is an
/// <see cref="ArgumentException"/> whose parameter name is the field and whose message names the value.
/// </summary>
/// <remarks>A builder is not thread-safe; the register it builds is immutable.</remarks>
public sealed class WorkRegisterBuilder
{
    private readonly Dictionary<RecordId<OversightCase>, int> _caseIndex = [];
    private readonly Dictionary<RecordId<OversightProgram>, OversightProgram> _programs = [];
    private readonly HashSet<(RecordId<OversightProgram>, RecordId<ProgramItem>)> _linkedItems = [];
    private readonly Dictionary<RecordId<DisciplineDecision>, DisciplineDecision> _decisions = [];
    private readonly Dictionary<(DisciplineSubjectKind, string, string), RecordId<DisciplineDecision>> _decisionOfViolation = [];
    private readonly Dictionary<RecordId<DisciplineDecision>, RecordId<OversightCase>> _caseOfDecision = [];
    private readonly Dictionary<RecordId<Recommendation>, RecordId<OversightCase>> _caseOfRecommendation = [];
    private readonly Dictionary<RecordId<Denunciation>, RecordId<OversightCase>> _caseOfDenunciation = [];
    private readonly Dictionary<RecordId<Recommendation>, int> _recommendationIndex = [];
    private readonly Dictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);

    internal WorkRegisterBuilder()
    {
    }

    internal WorkRegisterBuilder(WorkRegister register)
    {
        foreach (var c in register.Cases)
        {
            AddCase(c);
        }

        foreach (var p in register.Programs)
        {
            AddProgram(p);
        }

        foreach (var l in register.ProgramItemLinks)
        {
            LinkProgramItem(l.ProgramId, l.ItemId, l.CaseId);
        }

        register.Documents.ToList().ForEach(d => AddDocument(d));
        register.Assignments.ToList().ForEach(a => AddAssignment(a));
        register.AssigneeReports.ToList().ForEach(r => AddAssigneeReport(r));
        register.LocalityMeetings.ToList().ForEach(m => AddLocalityMeeting(m));
        register.LocalityFiles.ToList().ForEach(f => AddLocalityFile(f));
        register.InformationReceived.ToList().ForEach(i => AddInformation(i));
        register.VettingOpinions.ToList().ForEach(v => AddVettingOpinion(v));
        // A decision linked by a case's outcome is linked again when the builder builds; only the other links are carried.
        var linkedByOutcome = Cases.SelectMany(c => c.DisciplineOutcomes).Select(o => o.DecisionId).OfType<RecordId<DisciplineDecision>>().ToHashSet();
        register.Decisions.ToList().ForEach(d => AddDecision(d, linkedByOutcome.Contains(d.Id) ? null : register.CaseOfDecision(d.Id)));
        register.Complaints.ToList().ForEach(c => AddComplaint(c));
        register.ComplaintResolutions.ToList().ForEach(r => AddComplaintResolution(r));
        register.Denunciations.ToList().ForEach(d => AddDenunciation(d, register.CaseOfDenunciation(d.Id)));
        register.DenunciationEscalations.ToList().ForEach(e => AddDenunciationEscalation(e));
        register.Recommendations.ToList().ForEach(r => AddRecommendation(r, register.CaseOfRecommendation(r.Id)));
        register.CaseFindings.ToList().ForEach(f => AddCaseFinding(f));
        register.Directives.ToList().ForEach(d => AddDirective(d));
        register.InspectionStaff.ToList().ForEach(s => AddInspectionStaff(s));
        register.ImplementationPlans.ToList().ForEach(p => AddImplementationPlan(p));
        register.ImplementationReports.ToList().ForEach(r => AddImplementationReport(r));
        register.Meetings.ToList().ForEach(m => AddMeeting(m));
        register.Tasks.ToList().ForEach(t => AddTask(t));
        register.DigitalFigures.ToList().ForEach(d => AddDigitalFigures(d));
        register.AnnualReturns.ToList().ForEach(r => AddAnnualReturn(r));
    }

    internal List<OversightCase> Cases { get; } = [];

    internal List<OversightProgram> Programs { get; } = [];

    internal List<ProgramItemLink> ItemLinks { get; } = [];

    internal List<IssuedDocument> Documents { get; } = [];

    internal List<RecordedAssignment> Assignments { get; } = [];

    internal List<AssigneeReport> AssigneeReports { get; } = [];

    internal List<LocalityMeeting> LocalityMeetings { get; } = [];

    internal List<LocalityFile> LocalityFiles { get; } = [];

    internal List<InformationReceived> Information { get; } = [];

    internal List<VettingOpinion> Vetting { get; } = [];

    internal List<DisciplineDecision> Decisions { get; } = [];

    internal List<DisciplineComplaint> Complaints { get; } = [];

    internal List<ComplaintResolution> Resolutions { get; } = [];

    internal List<Denunciation> Denunciations { get; } = [];

    internal List<DenunciationEscalation> Escalations { get; } = [];

    internal List<Recommendation> Recommendations { get; } = [];

    internal List<(RecordId<Recommendation> RecommendationId, long AmountVnd, long RecoveredVnd)> Recoveries { get; } = [];

    internal List<CaseFinding> Findings { get; } = [];

    internal List<DirectiveDissemination> Directives { get; } = [];

    internal List<InspectionStaffYear> Staff { get; } = [];

    internal List<ImplementationPlan> Plans { get; } = [];

    internal List<ImplementationReport> PlanReports { get; } = [];

    internal List<Meeting> Meetings { get; } = [];

    internal List<AssignedTask> Tasks { get; } = [];

    internal List<DigitalProcessingFigures> Digital { get; } = [];

    internal List<AnnualReturn> Returns { get; } = [];

    /// <summary>Records a supervision or inspection case (made by <see cref="OversightCase.Open"/> and its steps, or restored).</summary>
    /// <param name="oversightCase">The case.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="oversightCase"/> is null.</exception>
    /// <exception cref="ArgumentException">The case id is already recorded.</exception>
    public WorkRegisterBuilder AddCase(OversightCase oversightCase)
    {
        ArgumentNullException.ThrowIfNull(oversightCase);
        if (_caseIndex.ContainsKey(oversightCase.Id))
        {
            throw Repeated("case.Id", oversightCase.Id, "case");
        }

        _caseIndex[oversightCase.Id] = Cases.Count;
        Cases.Add(oversightCase);
        return this;
    }

    /// <summary>
    /// Replaces a recorded case by the same case advanced by further steps (the history recorded is kept: the new case's
    /// history must start with it). This is how a host records the steps of a case as they happen.
    /// </summary>
    /// <param name="advanced">The case after its new steps.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="advanced"/> is null.</exception>
    /// <exception cref="ArgumentException">No case with its id is recorded, or its history does not extend the recorded one.</exception>
    public WorkRegisterBuilder UpdateCase(OversightCase advanced)
    {
        ArgumentNullException.ThrowIfNull(advanced);
        if (!_caseIndex.TryGetValue(advanced.Id, out var i))
        {
            throw new ArgumentException($"No case '{advanced.Id}' is recorded to update.", "case.Id");
        }

        var old = Cases[i];
        if (advanced.History.Count < old.History.Count || old.History.Where((e, k) => !Equals(e, advanced.History[k])).Any())
        {
            throw new ArgumentException($"Case '{advanced.Id}': the new history does not extend the {old.History.Count} recorded step(s); the register only appends.", "case.History");
        }

        Cases[i] = advanced;
        return this;
    }

    /// <summary>Records a programme or plan as issued (<see cref="OversightProgram.Issue"/>).</summary>
    /// <param name="program">The issued programme.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="program"/> is null.</exception>
    /// <exception cref="ArgumentException">The programme id is already recorded, or the programme is not issued.</exception>
    public WorkRegisterBuilder AddProgram(OversightProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (_programs.ContainsKey(program.Id))
        {
            throw Repeated("programme.Id", program.Id, "programme");
        }

        if (program.IssuedOn is null)
        {
            throw new ArgumentException($"Programme '{program.Id}' is not issued; the register records programmes issued (OversightProgram.Issue).", "programme.IssuedOn");
        }

        _programs[program.Id] = program;
        Programs.Add(program);
        return this;
    }

    /// <summary>Records that a case carried out a programme item; plan completion follows this link.</summary>
    /// <param name="programId">The programme.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="caseId">The case.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An id is empty, or the item is already linked to a case.</exception>
    public WorkRegisterBuilder LinkProgramItem(RecordId<OversightProgram> programId, RecordId<ProgramItem> itemId, RecordId<OversightCase> caseId)
    {
        programId.Required("link.ProgrammeId");
        itemId.Required("link.ItemId");
        caseId.Required("link.CaseId");
        if (!_linkedItems.Add((programId, itemId)))
        {
            throw new ArgumentException($"Programme item '{programId}/{itemId}' is already linked to a case; an item is carried out once.", "link.ItemId");
        }

        ItemLinks.Add(new ProgramItemLink { ProgramId = programId, ItemId = itemId, CaseId = caseId });
        return this;
    }

    /// <summary>Records an assignment decision or a regulation on locality work issued.</summary>
    /// <param name="document">The document.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid or repeated, the kind unknown, or the kind is a programme (record it with <see cref="AddProgram(OversightProgram)"/>).</exception>
    public WorkRegisterBuilder AddDocument(IssuedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Unique("document", document.Id, "document.Id");
        OptionalBody(document.BodyId, "document.BodyId");
        if (!Enum.IsDefined(document.Kind))
        {
            throw new ArgumentException($"Document '{document.Id}' has the unknown kind {(int)document.Kind}.", "document.Kind");
        }

        if (document.Kind == GovernanceDocumentKind.InspectionSupervisionProgram)
        {
            throw new ArgumentException($"Document '{document.Id}' is a programme: record it with its items through AddProgramme, so it is recorded once.", "document.Kind");
        }

        Documents.Add(document);
        return this;
    }

    /// <summary>Records a locality or field assignment.</summary>
    /// <param name="assignment">The assignment.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assignment"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid or repeated, or the body id or field is invalid.</exception>
    public WorkRegisterBuilder AddAssignment(RecordedAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        Unique("assignment", assignment.Id, "assignment.Id");
        OptionalBody(assignment.BodyId, "assignment.BodyId");
        if (assignment.Field is not null)
        {
            InputRules.Validate(assignment.Field, "assignment.Field", "field code", 64);
        }

        Assignments.Add(assignment);
        return this;
    }

    /// <summary>Records an assignee's periodic or ad hoc report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid or repeated, or the kind unknown.</exception>
    public WorkRegisterBuilder AddAssigneeReport(AssigneeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Unique("assignee report", report.Id, "report.Id");
        report.AssignmentId.Required("report.AssignmentId");
        Defined(report.Kind, "report.Kind");
        AssigneeReports.Add(report);
        return this;
    }

    /// <summary>Records a meeting of a followed locality and the assignees who attended.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> or its attendees are null.</exception>
    /// <exception cref="ArgumentException">The locality is default.</exception>
    public WorkRegisterBuilder AddLocalityMeeting(LocalityMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(meeting.Attendees, "meeting.Attendees");
        if (meeting.Locality.Value is null || meeting.Locality.Value.Length == 0)
        {
            throw new ArgumentException("A locality meeting must name its locality.", "meeting.Locality");
        }

        LocalityMeetings.Add(meeting);
        return this;
    }

    /// <summary>Records a locality file.</summary>
    /// <param name="file">The file.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid or repeated.</exception>
    public WorkRegisterBuilder AddLocalityFile(LocalityFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Unique("locality file", file.Id, "file.Id");
        LocalityFiles.Add(file);
        return this;
    }

    /// <summary>Records information received through a channel.</summary>
    /// <param name="information">The information.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="information"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid or repeated, or the channel unknown.</exception>
    public WorkRegisterBuilder AddInformation(InformationReceived information)
    {
        ArgumentNullException.ThrowIfNull(information);
        Unique("information", information.Id, "information.Id");
        Defined(information.Channel, "information.Channel");
        Information.Add(information);
        return this;
    }

    /// <summary>Records a vetting opinion on a cadre.</summary>
    /// <param name="opinion">The opinion.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="opinion"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid or repeated, or the purpose unknown.</exception>
    public WorkRegisterBuilder AddVettingOpinion(VettingOpinion opinion)
    {
        ArgumentNullException.ThrowIfNull(opinion);
        Unique("vetting opinion", opinion.Id, "opinion.Id");
        Defined(opinion.Purpose, "opinion.Purpose");
        Vetting.Add(opinion);
        return this;
    }

    /// <summary>
    /// Records a disciplinary decision (made by <see cref="DisciplineDecision.Create"/>). A decision a case recorded with
    /// <see cref="OversightCase.RecordDiscipline(DisciplineDecision, string)"/> is linked to it already; pass
    /// <paramref name="caseId"/> for a decision a competent body took on a case's proposal.
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <param name="caseId">The case it came from, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    /// <exception cref="ArgumentException">The decision id is repeated, or one violation of one subject already has a decision.</exception>
    public WorkRegisterBuilder AddDecision(DisciplineDecision decision, RecordId<OversightCase>? caseId = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (_decisions.ContainsKey(decision.Id))
        {
            throw Repeated("decision.Id", decision.Id, "decision");
        }

        var violation = (decision.Subject.Kind, decision.Subject.Id, decision.ViolationId);
        if (_decisionOfViolation.TryGetValue(violation, out var existing))
        {
            throw new ArgumentException($"Violation '{decision.ViolationId}' of {decision.Subject.Id} already has decision '{existing}'; one violation has one decision.", "decision.ViolationId");
        }

        _decisionOfViolation[violation] = decision.Id;

        if (caseId is not null)
        {
            _caseOfDecision[decision.Id] = caseId.Value.Required("decision.CaseId");
        }

        _decisions[decision.Id] = decision;
        Decisions.Add(decision);
        return this;
    }

    /// <summary>Records a complaint against a recorded decision.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="complaint"/> is null.</exception>
    /// <exception cref="ArgumentException">The complaint id is repeated.</exception>
    public WorkRegisterBuilder AddComplaint(DisciplineComplaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        Unique("complaint", complaint.Id, "complaint.Id");
        Complaints.Add(complaint);
        return this;
    }

    /// <summary>Records how a recorded complaint was resolved.</summary>
    /// <param name="resolution">The resolution.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resolution"/> is null.</exception>
    /// <exception cref="ArgumentException">The complaint already has a resolution.</exception>
    public WorkRegisterBuilder AddComplaintResolution(ComplaintResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        Unique("complaint resolution", resolution.Complaint.Id, "resolution.Complaint.Id");
        Resolutions.Add(resolution);
        return this;
    }

    /// <summary>Records a denunciation, and the case it led to when there is one.</summary>
    /// <param name="denunciation">The denunciation (the informant stays sealed).</param>
    /// <param name="caseId">The case it led to, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="denunciation"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is repeated or the case id invalid.</exception>
    public WorkRegisterBuilder AddDenunciation(Denunciation denunciation, RecordId<OversightCase>? caseId = null)
    {
        ArgumentNullException.ThrowIfNull(denunciation);
        Unique("denunciation", denunciation.Id, "denunciation.Id");
        if (caseId is not null)
        {
            _caseOfDenunciation[denunciation.Id] = caseId.Value.Required("denunciation.CaseId");
        }

        Denunciations.Add(denunciation);
        return this;
    }

    /// <summary>Records that a denunciation went over level or became prolonged.</summary>
    /// <param name="escalation">The escalation.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="escalation"/> is null.</exception>
    /// <exception cref="ArgumentException">The kind is unknown or the denunciation id invalid.</exception>
    public WorkRegisterBuilder AddDenunciationEscalation(DenunciationEscalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        escalation.DenunciationId.Required("escalation.DenunciationId");
        Defined(escalation.Kind, "escalation.Kind");
        Escalations.Add(escalation);
        return this;
    }

    /// <summary>Records a recommendation; with <paramref name="caseId"/>, the concluded case whose conclusion made it.</summary>
    /// <param name="recommendation">The recommendation (made by <see cref="Recommendation.Create"/>).</param>
    /// <param name="caseId">The case, or null for a recommendation of a state inspection or audit.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recommendation"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is repeated or the case id invalid.</exception>
    public WorkRegisterBuilder AddRecommendation(Recommendation recommendation, RecordId<OversightCase>? caseId = null)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        if (_recommendationIndex.ContainsKey(recommendation.Id))
        {
            throw Repeated("recommendation.Id", recommendation.Id, "recommendation");
        }

        if (caseId is not null)
        {
            _caseOfRecommendation[recommendation.Id] = caseId.Value.Required("recommendation.CaseId");
        }

        if (recommendation.AmountToRecoverVnd is not null)
        {
            Unique("recovery amount", recommendation.Id, "amount.RecommendationId");
        }

        _recommendationIndex[recommendation.Id] = Recommendations.Count;
        Recommendations.Add(recommendation);
        return this;
    }

    /// <summary>Records that a recommendation was carried out.</summary>
    /// <param name="recommendationId">The recommendation.</param>
    /// <param name="on">When.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No such recommendation is recorded, or it is already completed.</exception>
    public WorkRegisterBuilder CompleteRecommendation(RecordId<Recommendation> recommendationId, LocalDate on)
    {
        if (!_recommendationIndex.TryGetValue(recommendationId, out var i))
        {
            throw new ArgumentException($"No recommendation '{recommendationId}' is recorded.", nameof(recommendationId));
        }

        try
        {
            Recommendations[i] = Recommendations[i].Complete(on);
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException($"Recommendation '{recommendationId}': {e.Message}", nameof(recommendationId), e);
        }

        return this;
    }

    /// <summary>
    /// Records the amount a recommendation orders recovered and how much of it was recovered
    /// (<see cref="Recommendation.RecordRecovery"/>, whose checks apply); the recommendation may be added before or after,
    /// and must be by <see cref="Build"/>. The register records one recovery per recommendation: a newer figure is
    /// recorded on the recommendation itself (<see cref="Recommendation.RecordRecovery"/>, then
    /// <see cref="AddRecommendation"/>), not by a second call here.
    /// </summary>
    /// <param name="recommendationId">The recommendation.</param>
    /// <param name="amountToRecoverVnd">The amount ordered recovered, in đồng.</param>
    /// <param name="recoveredVnd">The amount recovered so far, in đồng.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The id is invalid, the recommendation already has an amount, or the amounts are negative or more recovered than ordered.</exception>
    public WorkRegisterBuilder RecordRecovery(RecordId<Recommendation> recommendationId, long amountToRecoverVnd, long recoveredVnd)
    {
        Unique("recovery amount", recommendationId, "amount.RecommendationId");
        Recommendation.CheckRecovery(recommendationId, amountToRecoverVnd, recoveredVnd, "amount.AmountVnd", "amount.RecoveredVnd");
        Recoveries.Add((recommendationId, amountToRecoverVnd, recoveredVnd));
        return this;
    }

    /// <summary>Records a policy recommendation or positive finding of a case.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is repeated, the kind unknown or the summary empty.</exception>
    public WorkRegisterBuilder AddCaseFinding(CaseFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        Unique("case finding", finding.Id, "finding.Id");
        Defined(finding.Kind, "finding.Kind");
        if (string.IsNullOrWhiteSpace(finding.Summary))
        {
            throw new ArgumentException($"Case finding '{finding.Id}' has an empty summary.", "finding.Summary");
        }

        Findings.Add(finding);
        return this;
    }

    /// <summary>Records a party text received and its dissemination.</summary>
    /// <param name="directive">The directive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directive"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is repeated, or it is disseminated before it was received.</exception>
    public WorkRegisterBuilder AddDirective(DirectiveDissemination directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        Unique("directive", directive.Id, "directive.Id");
        if (directive.DisseminatedOn is { } d && d < directive.ReceivedOn)
        {
            throw new ArgumentException($"Directive '{directive.Id}' is disseminated on {Iso(d)}, before it was received on {Iso(directive.ReceivedOn)}.", "directive.DisseminatedOn");
        }

        Directives.Add(directive);
        return this;
    }

    /// <summary>Records an inspection staff member's year.</summary>
    /// <param name="staff">The staff year.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="staff"/> is null.</exception>
    /// <exception cref="ArgumentException">The id and year are repeated, or the year is outside 1990–2053.</exception>
    public WorkRegisterBuilder AddInspectionStaff(InspectionStaffYear staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        staff.Id.Required("staff.Id");
        Year(staff.Year, "staff.Year");
        Unique("inspection staff", $"{staff.Id}@{staff.Year.ToString(CultureInfo.InvariantCulture)}", "staff.Id");
        Staff.Add(staff);
        return this;
    }

    /// <summary>Records a subordinate body's implementation plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is repeated or the reference empty.</exception>
    public WorkRegisterBuilder AddImplementationPlan(ImplementationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Unique("implementation plan", plan.Id, "plan.Id");
        if (string.IsNullOrWhiteSpace(plan.ProgramReference))
        {
            throw new ArgumentException($"Implementation plan '{plan.Id}' names no programme it implements.", "plan.ProgrammeReference");
        }

        Plans.Add(plan);
        return this;
    }

    /// <summary>Records a report on an implementation plan.</summary>
    /// <param name="report">The report.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is repeated.</exception>
    public WorkRegisterBuilder AddImplementationReport(ImplementationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Unique("implementation report", report.Id, "report.Id");
        report.PlanId.Required("report.PlanId");
        PlanReports.Add(report);
        return this;
    }

    /// <summary>Records a meeting held.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is repeated, the kind unknown or the length not positive.</exception>
    public WorkRegisterBuilder AddMeeting(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        Unique("meeting", meeting.Id, "meeting.Id");
        OptionalBody(meeting.BodyId, "meeting.BodyId");
        Defined(meeting.Kind, "meeting.Kind");
        if (meeting.LengthInDays <= 0)
        {
            throw new ArgumentException($"Meeting '{meeting.Id}' has the length {meeting.LengthInDays.ToString(CultureInfo.InvariantCulture)} days; a length is positive.", "meeting.LengthInDays");
        }

        Meetings.Add(meeting);
        return this;
    }

    /// <summary>Records a task assigned; how fully it is specified is what the indicator measures, so empty elements are allowed.</summary>
    /// <param name="task">The task.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is repeated.</exception>
    public WorkRegisterBuilder AddTask(AssignedTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Unique("task", task.Id, "task.Id");
        Tasks.Add(task);
        return this;
    }

    /// <summary>Records an organisation's digital-processing figures for a year.</summary>
    /// <param name="figures">The figures.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    /// <exception cref="ArgumentException">The organisation already reported the year, the year is outside 1990–2053, or a figure is negative or more digital than total.</exception>
    public WorkRegisterBuilder AddDigitalFigures(DigitalProcessingFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        Year(figures.Year, "figures.Year");
        Unique("digital figures", $"{figures.Organization}@{figures.Year.ToString(CultureInfo.InvariantCulture)}", "figures.Organization");
        if (figures.ProceduresTotal < 0 || figures.ProceduresDigital < 0 || figures.DocumentsTotal < 0 || figures.DocumentsDigitized < 0
            || figures.ProceduresDigital > figures.ProceduresTotal || figures.DocumentsDigitized > figures.DocumentsTotal)
        {
            throw new ArgumentException($"The digital figures of '{figures.Organization}' for {figures.Year.ToString(CultureInfo.InvariantCulture)} have negative figures or more digital than total: procedures {figures.ProceduresDigital}/{figures.ProceduresTotal}, documents {figures.DocumentsDigitized}/{figures.DocumentsTotal}.", "figures.ProceduresDigital");
        }

        Digital.Add(figures);
        return this;
    }

    /// <summary>Records an organisation's statement that its records of a year are complete.</summary>
    /// <param name="annualReturn">The return.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="annualReturn"/> is null.</exception>
    /// <exception cref="ArgumentException">The year is outside 1990–2053 or a kind is unknown.</exception>
    public WorkRegisterBuilder AddAnnualReturn(AnnualReturn annualReturn)
    {
        ArgumentNullException.ThrowIfNull(annualReturn);
        Year(annualReturn.Year, "annualReturn.Year");
        if (!annualReturn.Kinds.IsDefaultOrEmpty)
        {
            foreach (var k in annualReturn.Kinds)
            {
                Defined(k, "annualReturn.Kinds");
            }
        }

        Returns.Add(annualReturn);
        return this;
    }

    /// <summary>Checks every link and builds the register.</summary>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentException">A link names a fact that is not in the register; the parameter name is the field, the message names the value.</exception>
    public WorkRegister Build()
    {
        var cases = Cases.ToDictionary(c => c.Id);
        foreach (var c in Cases)
        {
            if (c.Origin is { } origin && !cases.ContainsKey(origin.CaseId))
            {
                throw Dangling("case.Origin.CaseId", origin.CaseId, $"case '{c.Id}'", "case");
            }

            foreach (var handed in c.HandedOverTo.Where(h => !cases.ContainsKey(h)))
            {
                throw Dangling("case.HandedOverTo", handed, $"case '{c.Id}'", "case");
            }

            foreach (var outcome in c.DisciplineOutcomes)
            {
                if (outcome.DecisionId is { } id)
                {
                    if (!_decisions.ContainsKey(id))
                    {
                        throw Dangling("case.DisciplineOutcomes.DecisionId", id, $"case '{c.Id}'", "decision");
                    }

                    _caseOfDecision[id] = c.Id;
                }
            }
        }

        var carriers = new Dictionary<(RecordId<OversightProgram>, RecordId<ProgramItem>), RecordId<OversightCase>>();
        foreach (var link in ItemLinks)
        {
            if (!_programs.TryGetValue(link.ProgramId, out var p))
            {
                throw Dangling("link.ProgrammeId", link.ProgramId, "a programme item link", "programme");
            }

            if (!p.Items.Any(i => i.Id == link.ItemId))
            {
                throw Dangling("link.ItemId", link.ItemId, $"programme '{p.Id}'", "item");
            }

            if (!cases.ContainsKey(link.CaseId))
            {
                throw Dangling("link.CaseId", link.CaseId, $"programme item '{p.Id}/{link.ItemId}'", "case");
            }

            carriers[(link.ProgramId, link.ItemId)] = link.CaseId;
        }

        CheckCases(_caseOfDecision, cases, "decision.CaseId", "decision");
        CheckCases(_caseOfRecommendation, cases, "recommendation.CaseId", "recommendation");
        CheckCases(_caseOfDenunciation, cases, "denunciation.CaseId", "denunciation");
        foreach (var complaint in Complaints.Where(c => !_decisions.ContainsKey(c.Decision.Id)))
        {
            throw Dangling("complaint.Decision.Id", complaint.Decision.Id, $"complaint '{complaint.Id}'", "decision");
        }

        var complaintIds = Complaints.Select(c => c.Id).ToHashSet();
        foreach (var r in Resolutions.Where(r => !complaintIds.Contains(r.Complaint.Id)))
        {
            throw Dangling("resolution.Complaint.Id", r.Complaint.Id, "a complaint resolution", "complaint");
        }

        var denunciations = Denunciations.Select(d => d.Id).ToHashSet();
        foreach (var e in Escalations.Where(e => !denunciations.Contains(e.DenunciationId)))
        {
            throw Dangling("escalation.DenunciationId", e.DenunciationId, "a denunciation escalation", "denunciation");
        }

        foreach (var a in Recoveries)
        {
            if (!_recommendationIndex.TryGetValue(a.RecommendationId, out var i))
            {
                throw Dangling("amount.RecommendationId", a.RecommendationId, "a recovery amount", "recommendation");
            }

            Recommendations[i] = Recommendations[i].RecordRecovery(a.AmountVnd, a.RecoveredVnd);
        }

        Recoveries.Clear();

        foreach (var f in Findings.Where(f => !cases.ContainsKey(f.CaseId)))
        {
            throw Dangling("finding.CaseId", f.CaseId, $"case finding '{f.Id}'", "case");
        }

        var assignments = Assignments.Select(a => a.Id).ToHashSet();
        foreach (var r in AssigneeReports.Where(r => !assignments.Contains(r.AssignmentId)))
        {
            throw Dangling("report.AssignmentId", r.AssignmentId, $"assignee report '{r.Id}'", "assignment");
        }

        foreach (var f in LocalityFiles.Where(f => !assignments.Contains(f.AssignmentId)))
        {
            throw Dangling("file.AssignmentId", f.AssignmentId, $"locality file '{f.Id}'", "assignment");
        }

        foreach (var i in Information.Where(i => i.AssignmentId is { } a && !assignments.Contains(a)))
        {
            throw Dangling("information.AssignmentId", i.AssignmentId!, $"information '{i.Id}'", "assignment");
        }

        var plans = Plans.Select(p => p.Id).ToHashSet();
        foreach (var r in PlanReports.Where(r => !plans.Contains(r.PlanId)))
        {
            throw Dangling("report.PlanId", r.PlanId, $"implementation report '{r.Id}'", "implementation plan");
        }

        return new WorkRegister(this, cases, new(_decisions), new(_caseOfDecision), new(_caseOfRecommendation), new(_caseOfDenunciation), carriers);
    }

    private static void CheckCases<TFrom>(Dictionary<TFrom, RecordId<OversightCase>> links, Dictionary<RecordId<OversightCase>, OversightCase> cases, string field, string what)
        where TFrom : notnull
    {
        foreach (var (from, caseId) in links.Where(l => !cases.ContainsKey(l.Value)))
        {
            throw Dangling(field, caseId, $"{what} '{from}'", "case");
        }
    }

    private void Unique<TRecord>(string kind, RecordId<TRecord> id, string field)
        where TRecord : class
        => Unique(kind, id.Required(field).Value, field);

    private void Unique(string kind, string id, string field)
    {
        if (!_ids.TryGetValue(kind, out var set))
        {
            _ids[kind] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        if (!set.Add(id))
        {
            throw Repeated(field, id, kind);
        }
    }

    private static void OptionalBody(RecordId<Body>? bodyId, string field) => bodyId?.Required(field);

    private static void Defined<T>(T value, string field)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentException($"The {field} {Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)} is not a defined {typeof(T).Name}.", field);
        }
    }

    private static void Year(int year, string field)
    {
        if (year is < IndicatorDataSet.FirstReportableYear or > IndicatorDataSet.LastReportableYear)
        {
            throw new ArgumentException($"The {field} {year.ToString(CultureInfo.InvariantCulture)} is outside the years {IndicatorDataSet.FirstReportableYear}–{IndicatorDataSet.LastReportableYear} supported.", field);
        }
    }

    private static ArgumentException Repeated(string field, object value, string what) =>
        new($"The {what} id '{value}' is already in the register; each {what} is recorded once.", field);

    private static ArgumentException Dangling(string field, object value, string from, string what) =>
        new($"{char.ToUpperInvariant(from[0])}{from[1..]} links the {what} '{value}', which is not in the register.", field);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
