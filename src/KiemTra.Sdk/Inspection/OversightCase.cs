using System.Globalization;
using System.Text;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// One supervision or inspection (<i>cuộc kiểm tra, giám sát</i>) from preparation through conduct to
/// conclusion, as an immutable value: every step returns a new case, checks the procedure (<see cref="AllowedStepsIn"/>)
/// and adds an entry to the history. An illegal step throws
/// <see cref="IllegalCaseTransitionException"/> naming the state and the attempted step.
/// </summary>
/// <example>
/// <code>
/// var c = OversightCase.Open("KT-2026-01", ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", org, BodyKind.InspectionCommission, [subject], day, catalogues,
///         new AuthorityRules(dataset, RuleBook.BuiltIn))
///     .IssueDecision("15-QĐ/UBKT", day).ApprovePlan(plan, day).FormTeam(team, day).Announce(day.PlusDays(3)) …;
/// </code>
/// </example>
public sealed class OversightCase
{
    private OversightCase(RecordId<OversightCase> id, ActivityKind activity, string typeCode, OrganizationId conductedBy, BodyKind body, IReadOnlyList<OversightSubject> subjects,
        CaseState state, CasePlan? plan, CaseTeam? team, CaseConclusion? conclusion, CaseLink? origin, IReadOnlyList<RecordId<OversightCase>> handedOverTo,
        IReadOnlyList<HigherReview> reviews, IReadOnlyList<CaseEvent> history, IReadOnlyList<CaseDiscipline> discipline)
    {
        DisciplineOutcomes = discipline;
        Id = id;
        Activity = activity;
        TypeCode = typeCode;
        ConductedBy = conductedBy;
        Body = body;
        Subjects = subjects;
        State = state;
        Plan = plan;
        Team = team;
        Conclusion = conclusion;
        Origin = origin;
        HandedOverTo = handedOverTo;
        Reviews = reviews;
        History = history;
    }

    /// <summary>Identifier of the case.</summary>
    public RecordId<OversightCase> Id { get; }

    /// <summary>The activity (regular or thematic supervision, or one of the inspections).</summary>
    public ActivityKind Activity { get; }

    /// <summary>The type code in the supervision-types or inspection-types catalogue.</summary>
    public string TypeCode { get; }

    /// <summary>The organisation whose body conducts the case.</summary>
    public OrganizationId ConductedBy { get; }

    /// <summary>The body conducting it.</summary>
    public BodyKind Body { get; }

    /// <summary>The organisations and members supervised or inspected.</summary>
    public IReadOnlyList<OversightSubject> Subjects { get; }

    /// <summary>Current state.</summary>
    public CaseState State { get; }

    /// <summary>Current stage.</summary>
    public CaseStage Stage => CaseStateMachine.StageOf(State);

    /// <summary>The plan, once approved.</summary>
    public CasePlan? Plan { get; }

    /// <summary>The team, once formed.</summary>
    public CaseTeam? Team { get; }

    /// <summary>The conclusion, once the meeting concluded.</summary>
    public CaseConclusion? Conclusion { get; }

    /// <summary>Where the case came from, if another case led to it.</summary>
    public CaseLink? Origin { get; }

    /// <summary>Inspections this supervision handed signs of violation to.</summary>
    public IReadOnlyList<RecordId<OversightCase>> HandedOverTo { get; }

    /// <summary>Reviews by higher commissions.</summary>
    public IReadOnlyList<HigherReview> Reviews { get; }

    /// <summary>Every step taken, in order.</summary>
    public IReadOnlyList<CaseEvent> History { get; }

    /// <summary>
    /// The discipline decided or proposed, one entry per <see cref="CaseStep.RecordDiscipline"/> step, in order: the typed
    /// outcome (subject, form, decided or proposed, reference, and the <see cref="DisciplineDecision"/> produced), of which
    /// the history note is only the words.
    /// </summary>
    public IReadOnlyList<CaseDiscipline> DisciplineOutcomes { get; }

    /// <summary>The steps allowed now.</summary>
    public IReadOnlyList<CaseStep> AllowedSteps => CaseStateMachine.AllowedSteps(State, Activity);

    /// <summary>The date of the last step.</summary>
    public LocalDate LastStepOn => History[^1].On;

    /// <summary>
    /// Opens a case, once the conducting body's authority over every subject is established: a body may
    /// not open a case on a subject outside its jurisdiction (e.g. a cell on its own parent commune).
    /// </summary>
    /// <param name="id">Identifier.</param>
    /// <param name="activity">A supervision or inspection activity (not denunciation, complaint or discipline, which have their own models).</param>
    /// <param name="typeCode">The type: a supervision-types code for supervision, an inspection-types code otherwise.</param>
    /// <param name="conductedBy">The organisation.</param>
    /// <param name="body">Its body that conducts the case.</param>
    /// <param name="subjects">At least one subject.</param>
    /// <param name="openedOn">When.</param>
    /// <param name="catalogs">The catalogues the type code is checked against.</param>
    /// <param name="authority">The authority rules (over a dataset and a rule book) that decide, on <paramref name="openedOn"/>,
    /// the body's authority over every subject; there is no overload without them.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The id, activity, type code, organisation or subjects are invalid.</exception>
    /// <exception cref="AuthorityDeniedException">The body has no authority over a subject on the date; the exception carries the denial.</exception>
    /// <exception cref="KeyNotFoundException">The body's organisation or a subject is not in the dataset the authority is checked against.</exception>
    public static OversightCase Open(RecordId<OversightCase> id, ActivityKind activity, string typeCode, OrganizationId conductedBy, BodyKind body, IEnumerable<OversightSubject> subjects, LocalDate openedOn, OversightCatalogs catalogs, AuthorityRules authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var opened = OpenUnchecked(id, activity, typeCode, conductedBy, body, subjects, openedOn, catalogs);
        Confirm(authority, opened.Id, new ActingBody(conductedBy, body), activity, opened.Subjects, openedOn);
        return opened;
    }

    /// <summary>
    /// The steps the procedure allows in <paramref name="state"/> for <paramref name="activity"/>, in procedure order
    /// (<i>quy trình</i>): what <see cref="AllowedSteps"/> answers for a case, for a host that holds only the state.
    /// Supervision may go from the self-report straight to the draft report; inspection must verify.
    /// </summary>
    /// <param name="state">The state.</param>
    /// <param name="activity">The activity.</param>
    /// <returns>The steps allowed.</returns>
    public static IReadOnlyList<CaseStep> AllowedStepsIn(CaseState state, ActivityKind activity) => CaseStateMachine.AllowedSteps(state, activity);

    /// <summary>The stage (<i>bước</i>: preparation, conduct, conclusion, ended) a state belongs to.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The stage.</returns>
    public static CaseStage StageOf(CaseState state) => CaseStateMachine.StageOf(state);

    /// <summary>Whether an activity is a supervision (regular or thematic), which the procedure and the catalogues treat apart from inspection.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>True for regular or thematic supervision.</returns>
    public static bool IsSupervision(ActivityKind activity) => CaseStateMachine.IsSupervision(activity);

    /// <summary>Confirms that the body may act on every subject, or throws the first denial.</summary>
    private static void Confirm(AuthorityRules authority, RecordId<OversightCase> caseId, ActingBody actor, ActivityKind activity, IReadOnlyList<OversightSubject> subjects, LocalDate on)
    {
        foreach (var subject in subjects)
        {
            var ruling = authority.Decide(actor, activity, subject, on);
            if (!ruling.Holds)
            {
                throw new AuthorityDeniedException(ruling, actor, activity, subject, on, $"Case {caseId} cannot be opened");
            }
        }
    }

    /// <summary>Opens a case without deciding authority: only for <see cref="Restore"/> (authority was decided when the case first opened).</summary>
    private static OversightCase OpenUnchecked(RecordId<OversightCase> id, ActivityKind activity, string typeCode, OrganizationId conductedBy, BodyKind body, IEnumerable<OversightSubject> subjects, LocalDate openedOn, OversightCatalogs catalogs)
    {
        id = id.Required(nameof(id));
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentNullException.ThrowIfNull(typeCode);
        var catalog = catalogs.TypesFor(activity)
            ?? throw new ArgumentException($"Activity {activity} is not a supervision or inspection; denunciations, complaints and discipline have their own models.", nameof(activity));
        if (!catalog.Contains(typeCode))
        {
            throw new ArgumentException($"'{typeCode}' is not in catalogue '{catalog.Id}' (activity {activity}); valid codes: {string.Join(", ", catalog.Items.Select(i => i.Code))}.", nameof(typeCode));
        }

        if (conductedBy.Value.Length == 0)
        {
            throw new ArgumentException("The conducting organisation must not be default.", nameof(conductedBy));
        }

        if (!Enum.IsDefined(body))
        {
            throw new ArgumentException($"Body kind {(int)body} is not defined.", nameof(body));
        }

        var list = subjects.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException($"Case {id} must have at least one subject.", nameof(subjects));
        }

        var note = $"Mở hồ sơ {catalog.Get(typeCode).Name.Vietnamese} do {conductedBy} ({CaseWords.Body(body)}) thực hiện đối với {string.Join(", ", list.Select(s => s.Id))}";
        return new OversightCase(id, activity, typeCode, conductedBy, body, list, CaseState.Opened, null, null, null, null, [], [],
            [new CaseEvent(CaseStep.Open, openedOn, CaseState.Opened, note)], []);
    }

    /// <summary>
    /// Rebuilds a case a host persisted (from JSON or a database row), checking it as if every step had been taken again:
    /// the history starts with <see cref="CaseStep.Open"/>, every later step is allowed in the state before it and leads
    /// to the recorded state (<see cref="AllowedStepsIn"/>), dates never go back, and the plan, team, conclusion,
    /// hand-overs and reviews are present exactly when the history has the step that records them. The current state is
    /// the state after the last step. Authority is not decided again: it was established when the case was opened with
    /// <see cref="Open"/>, and the dataset may have changed since.
    /// </summary>
    /// <param name="id">Identifier.</param>
    /// <param name="activity">A supervision or inspection activity.</param>
    /// <param name="typeCode">The type code (checked against <paramref name="catalogs"/>).</param>
    /// <param name="conductedBy">The organisation.</param>
    /// <param name="body">Its body that conducts the case.</param>
    /// <param name="subjects">At least one subject.</param>
    /// <param name="plan">The plan, if the history approves one.</param>
    /// <param name="team">The team, if the history forms one.</param>
    /// <param name="conclusion">The conclusion, if the history holds the concluding meeting.</param>
    /// <param name="origin">Where the case came from, or null.</param>
    /// <param name="handedOverTo">Ids of the inspections handed over to, one per hand-over step.</param>
    /// <param name="reviews">Reviews by higher commissions, one per review step.</param>
    /// <param name="history">Every step taken, in order.</param>
    /// <param name="catalogs">The catalogues the type code is checked against.</param>
    /// <param name="discipline">
    /// The discipline outcomes, one per <see cref="CaseStep.RecordDiscipline"/> step; null for data persisted before outcomes
    /// were typed (such a case has no typed discipline and counts in no discipline statistic).
    /// </param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A field is invalid (as in <see cref="Open"/>) or the history is inconsistent; the message names the step.</exception>
    public static OversightCase Restore(RecordId<OversightCase> id, ActivityKind activity, string typeCode, OrganizationId conductedBy, BodyKind body, IEnumerable<OversightSubject> subjects,
        CasePlan? plan, CaseTeam? team, CaseConclusion? conclusion, CaseLink? origin, IEnumerable<RecordId<OversightCase>> handedOverTo, IEnumerable<HigherReview> reviews,
        IEnumerable<CaseEvent> history, OversightCatalogs catalogs, IEnumerable<CaseDiscipline>? discipline = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(handedOverTo);
        ArgumentNullException.ThrowIfNull(reviews);
        var events = history.ToArray();
        if (events.Length == 0 || events[0] is not { Step: CaseStep.Open, StateAfter: CaseState.Opened })
        {
            throw new ArgumentException($"The history of case {id} must start with step Open leading to state Opened.", nameof(history));
        }

        var opened = OpenUnchecked(id, activity, typeCode, conductedBy, body, subjects, events[0].On, catalogs);
        var state = CaseState.Opened;
        for (var i = 1; i < events.Length; i++)
        {
            var e = events[i] ?? throw new ArgumentException($"History entry {i} of case {id} is null.", nameof(history));
            if (!CaseStateMachine.AllowedSteps(state, activity).Contains(e.Step))
            {
                throw new ArgumentException($"History entry {i} of case {id}: step {e.Step} is not allowed in state {state}.", nameof(history));
            }

            if (e.On < events[i - 1].On)
            {
                throw new ArgumentException($"History entry {i} of case {id}: step {e.Step} on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(e.On)} precedes the step before it ({KiemTra.Sdk.Formatting.TextFormat.IsoDate(events[i - 1].On)}).", nameof(history));
            }

            var next = CaseStateMachine.Next(state, e.Step, activity);
            if (e.StateAfter != next)
            {
                throw new ArgumentException($"History entry {i} of case {id}: step {e.Step} from {state} leads to {next}, not {e.StateAfter}.", nameof(history));
            }

            state = next;
        }

        var handed = handedOverTo.ToArray();
        foreach (var inspectionId in handed)
        {
            inspectionId.Required(nameof(handedOverTo));
        }

        var reviewList = reviews.ToArray();
        RequireMatch(id, plan is not null, events, CaseStep.ApprovePlan, nameof(plan));
        RequireMatch(id, team is not null, events, CaseStep.FormTeam, nameof(team));
        RequireMatch(id, conclusion is not null, events, CaseStep.HoldConclusionMeeting, nameof(conclusion));
        Count(id, handed.Length, events, CaseStep.HandOverForInspection, nameof(handedOverTo));
        Count(id, reviewList.Length, events, CaseStep.RecordHigherReview, nameof(reviews));
        if (reviewList.Any(r => r is null))
        {
            throw new ArgumentException($"Case {id} lists a null review.", nameof(reviews));
        }

        var disciplineList = discipline?.ToArray() ?? [];
        if (discipline is not null)
        {
            Count(id, disciplineList.Length, events, CaseStep.RecordDiscipline, nameof(discipline));
            if (disciplineList.Any(d => d is null))
            {
                throw new ArgumentException($"Case {id} lists a null discipline outcome.", nameof(discipline));
            }
        }

        return new OversightCase(id, activity, opened.TypeCode, conductedBy, body, opened.Subjects, state, plan, team, conclusion, origin, handed, reviewList, events, disciplineList);

        static void RequireMatch(RecordId<OversightCase> id, bool present, CaseEvent[] events, CaseStep step, string name)
        {
            if (present != events.Any(e => e.Step == step))
            {
                throw new ArgumentException($"Case {id} {(present ? "has" : "lacks")} a {name} but its history {(present ? "has no" : "has a")} {step} step.", name);
            }
        }

        static void Count(RecordId<OversightCase> id, int count, CaseEvent[] events, CaseStep step, string name)
        {
            var steps = events.Count(e => e.Step == step);
            if (count != steps)
            {
                throw new ArgumentException($"Case {id} lists {count} {name} but its history has {steps} {step} step(s).", name);
            }
        }
    }

    /// <summary>Issues the decision (<i>ban hành quyết định</i>).</summary>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state.</exception>
    /// <exception cref="ArgumentException">The reference breaks <see cref="InputRules"/> (as a document reference, <see cref="InputRules.NormalizeReference"/>, e.g. <c>15-QĐ/UBKT</c>) or the date precedes the last step.</exception>
    public OversightCase IssueDecision(string decisionReference, LocalDate on) =>
        Step(CaseStep.IssueDecision, on, $"Quyết định số {InputRules.ValidateReference(decisionReference, nameof(decisionReference), "decision reference")}");

    /// <summary>Approves the plan (<i>phê duyệt kế hoạch</i>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state.</exception>
    /// <exception cref="ArgumentException">The date precedes the last step.</exception>
    public OversightCase ApprovePlan(CasePlan plan, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var note = $"Kế hoạch: {plan.Purpose}; nội dung {string.Join(", ", plan.ContentAreas)}; thời kỳ {KiemTra.Sdk.Formatting.TextFormat.Date(plan.ReferenceFrom)}–{KiemTra.Sdk.Formatting.TextFormat.Date(plan.ReferenceTo)}; thời gian {KiemTra.Sdk.Formatting.TextFormat.Date(plan.Start)}–{KiemTra.Sdk.Formatting.TextFormat.Date(plan.End)}; phương pháp: {plan.Method}";
        return Step(CaseStep.ApprovePlan, on, note, plan: plan);
    }

    /// <summary>Forms the team (<i>thành lập đoàn</i>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="team"/> is null.</exception>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state.</exception>
    /// <exception cref="ArgumentException">The date precedes the last step.</exception>
    public OversightCase FormTeam(CaseTeam team, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(team);
        return Step(CaseStep.FormTeam, on, $"Đoàn: trưởng đoàn {team.Leader}, {team.Members.Count} thành viên", team: team);
    }

    /// <summary>Announces the decision to the subject (<i>công bố quyết định</i>).</summary>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state.</exception>
    /// <exception cref="ArgumentException">The date precedes the last step.</exception>
    public OversightCase Announce(LocalDate on) => Step(CaseStep.Announce, on, "Công bố quyết định với đối tượng");

    /// <summary>Receives the subject's self-report (<i>đối tượng tự báo cáo, giải trình</i>).</summary>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state.</exception>
    /// <exception cref="ArgumentException">The date precedes the last step.</exception>
    public OversightCase ReceiveSelfReport(LocalDate on) => Step(CaseStep.ReceiveSelfReport, on, "Nhận báo cáo tự kiểm tra của đối tượng");

    /// <summary>Verifies (<i>thẩm tra, xác minh</i>).</summary>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state.</exception>
    /// <exception cref="ArgumentException">The summary is empty or the date precedes the last step.</exception>
    public OversightCase Verify(string summary, LocalDate on) => Step(CaseStep.Verify, on, $"Thẩm tra, xác minh: {Require(summary, nameof(summary))}");

    /// <summary>Drafts the report (<i>dự thảo báo cáo kết quả</i>).</summary>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state (an inspection must verify first).</exception>
    /// <exception cref="ArgumentException">The date precedes the last step.</exception>
    public OversightCase DraftReport(LocalDate on) => Step(CaseStep.DraftReport, on, "Dự thảo báo cáo kết quả");

    /// <summary>Holds the concluding meeting (<i>họp kết luận</i>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="conclusion"/> is null.</exception>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state.</exception>
    /// <exception cref="ArgumentException">The summary is empty or the date precedes the last step.</exception>
    public OversightCase HoldConclusionMeeting(CaseConclusion conclusion, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        Require(conclusion.Summary, nameof(conclusion));
        var note = $"Kết luận: {conclusion.Summary}{(conclusion.ViolationFound ? " (có vi phạm)" : string.Empty)}{(conclusion.SignsOfViolation ? " (có dấu hiệu vi phạm)" : string.Empty)}";
        return Step(CaseStep.HoldConclusionMeeting, on, note, conclusion: conclusion);
    }

    /// <summary>Issues the conclusion notice (<i>thông báo kết luận</i>).</summary>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state.</exception>
    /// <exception cref="ArgumentException">The reference breaks <see cref="InputRules"/> (as a document reference, <see cref="InputRules.NormalizeReference"/>, e.g. <c>20-TB/UBKT</c>) or the date precedes the last step.</exception>
    public OversightCase IssueNotice(string noticeReference, LocalDate on) => Step(CaseStep.IssueNotice, on, $"Thông báo kết luận số {InputRules.ValidateReference(noticeReference, nameof(noticeReference), "notice reference")}");

    /// <summary>
    /// Records discipline decided within this body's competence (<i>quyết định kỷ luật</i>): the <see cref="DisciplineDecision"/>
    /// is the fact, linked from <see cref="DisciplineOutcomes"/> by its id; the step is dated on the decision date.
    /// </summary>
    /// <param name="decision">The decision produced (form checked against the subject by <see cref="DisciplineDecision.Create"/>).</param>
    /// <param name="reference">The decision reference.</param>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state.</exception>
    /// <exception cref="ArgumentException">The reference is empty or the decision date precedes the last step.</exception>
    public OversightCase RecordDiscipline(DisciplineDecision decision, string reference) => RecordDiscipline(CaseDiscipline.Of(decision, reference));

    /// <summary>
    /// Records discipline decided within competence or proposed to the competent body (<i>quyết định/đề nghị kỷ luật</i>) as a
    /// typed outcome without a decision object (a proposal, or a decision whose record is kept elsewhere).
    /// </summary>
    /// <param name="decided">True when decided by this body, false when proposed upward.</param>
    /// <param name="subject">Who.</param>
    /// <param name="form">The form.</param>
    /// <param name="reference">Decision or proposal reference.</param>
    /// <param name="on">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state.</exception>
    /// <exception cref="ArgumentException">The form does not fit the subject, the reference is empty or the date precedes the last step.</exception>
    public OversightCase RecordDiscipline(bool decided, DisciplineSubject subject, DisciplineForm form, string reference, LocalDate on) =>
        RecordDiscipline(CaseDiscipline.Of(decided, subject, form, reference, on));

    private OversightCase RecordDiscipline(CaseDiscipline outcome) =>
        Step(CaseStep.RecordDiscipline, outcome.On, $"{(outcome.Decided ? "Quyết định" : "Đề nghị")} kỷ luật {DisciplineNames.Of(outcome.Form).Vietnamese} đối với {outcome.Subject.Id}: {outcome.Reference}", discipline: outcome);

    /// <summary>Assigns the follow-up of the conclusion (<i>giao theo dõi thực hiện kết luận</i>).</summary>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state.</exception>
    /// <exception cref="ArgumentException">The description is empty or the date precedes the last step.</exception>
    public OversightCase AssignFollowUp(string description, LocalDate on) => Step(CaseStep.AssignFollowUp, on, $"Theo dõi: {Require(description, nameof(description))}");

    /// <summary>Closes the case (<i>kết thúc</i>).</summary>
    /// <exception cref="IllegalCaseTransitionException">Not allowed in the current state.</exception>
    /// <exception cref="ArgumentException">The date precedes the last step.</exception>
    public OversightCase Close(LocalDate on) => Step(CaseStep.Close, on, "Kết thúc hồ sơ");

    /// <summary>
    /// Supervision found signs of violation: hands them to the inspection commission, which opens an inspection on
    /// signs of violation linked to this supervision.
    /// </summary>
    /// <param name="inspectionId">Identifier of the new inspection.</param>
    /// <param name="commissionOf">The organisation whose inspection commission will inspect.</param>
    /// <param name="subjects">Who shows signs of violation (a subset of this case's subjects or others it found).</param>
    /// <param name="reason">The signs found.</param>
    /// <param name="on">When.</param>
    /// <param name="catalogs">The catalogues.</param>
    /// <param name="authority">The authority rules that decide the receiving commission's authority over every subject
    /// (inspection on signs of violation, on <paramref name="on"/>).</param>
    /// <returns>This supervision with the hand-over recorded, and the new inspection.</returns>
    /// <exception cref="IllegalCaseTransitionException">This is not a supervision, or it is not yet announced or already past the notice.</exception>
    /// <exception cref="ArgumentException">The reason is empty, an id is invalid, or the date precedes the last step.</exception>
    /// <exception cref="AuthorityDeniedException">The receiving commission has no authority over a subject.</exception>
    public (OversightCase Supervision, OversightCase Inspection) HandOverForInspection(RecordId<OversightCase> inspectionId, OrganizationId commissionOf, IEnumerable<OversightSubject> subjects, string reason, LocalDate on, OversightCatalogs catalogs, AuthorityRules authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var updated = Step(CaseStep.HandOverForInspection, on, $"Chuyển dấu hiệu vi phạm sang Ủy ban kiểm tra ({commissionOf}), hồ sơ {inspectionId}: {Require(reason, nameof(reason))}", handedOverTo: inspectionId);
        var inspection = Open(inspectionId, ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", commissionOf, BodyKind.InspectionCommission, subjects, on, catalogs, authority);
        var linked = inspection.With(origin: new CaseLink(CaseStep.HandOverForInspection, Id, reason.Trim()),
            history: [inspection.History[0] with { Note = $"{inspection.History[0].Note}; từ giám sát {Id}: {reason.Trim()}" }]);
        return (updated, linked);
    }

    /// <summary>A higher commission takes the case up: this case ends as taken up and a new case opens at the higher level, linked to it.</summary>
    /// <param name="newCaseId">Identifier of the case at the higher level.</param>
    /// <param name="higher">The higher organisation.</param>
    /// <param name="reason">Why.</param>
    /// <param name="explanation">What was found, in words.</param>
    /// <param name="on">When.</param>
    /// <param name="catalogs">The catalogues.</param>
    /// <param name="authority">The authority rules that decide the higher commission's authority over every subject of
    /// this case (same activity, on <paramref name="on"/>).</param>
    /// <exception cref="IllegalCaseTransitionException">The case is closed or already taken up.</exception>
    /// <exception cref="ArgumentException">The explanation is empty, an id is invalid, or the date precedes the last step.</exception>
    /// <exception cref="AuthorityDeniedException">The higher commission has no authority over a subject.</exception>
    public (OversightCase Lower, OversightCase Higher) TakeUp(RecordId<OversightCase> newCaseId, OrganizationId higher, TakeUpReason reason, string explanation, LocalDate on, OversightCatalogs catalogs, AuthorityRules authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var text = $"{CaseWords.Reason(reason)}: {Require(explanation, nameof(explanation))}";
        var lower = Step(CaseStep.TakeUp, on, $"Ủy ban kiểm tra cấp trên ({higher}) thụ lý, hồ sơ {newCaseId}: {text}");
        var opened = Open(newCaseId, Activity, TypeCode, higher, BodyKind.InspectionCommission, Subjects, on, catalogs, authority);
        var linked = opened.With(origin: new CaseLink(CaseStep.TakeUp, Id, text),
            history: [opened.History[0] with { Note = $"{opened.History[0].Note}; thụ lý từ cấp dưới, hồ sơ {Id}: {text}" }]);
        return (lower, linked);
    }

    /// <summary>Records a higher commission's review of the conclusion.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="IllegalCaseTransitionException">The case has not been concluded.</exception>
    /// <exception cref="ArgumentException">The finding is empty or the date precedes the last step.</exception>
    public OversightCase RecordHigherReview(HigherReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var note = $"Cấp trên ({review.ReviewedBy}) xem xét lại kết luận: {CaseWords.Outcome(review.Outcome)}: {Require(review.Finding, nameof(review))}";
        return Step(CaseStep.RecordHigherReview, review.On, note, review: review);
    }

    /// <summary>The history as text, one step per line: date, stage, step, state, note.</summary>
    public string HistoryText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Hồ sơ / case {Id} — {Activity} ({TypeCode}), {ConductedBy} ({Body})\n");
        if (Origin is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Nguồn / origin: {Origin.Step} {Origin.CaseId}\n");
        }

        foreach (var e in History)
        {
            text.Append(CultureInfo.InvariantCulture, $"{KiemTra.Sdk.Formatting.TextFormat.Date(e.On)}  {CaseStateMachine.StageOf(e.StateAfter),-11} {e.Step,-22} → {e.StateAfter,-18} {e.Note}\n");
        }

        return text.ToString();
    }

    /// <summary>Returns "id: activity, state".</summary>
    public override string ToString() => $"{Id}: {Activity} ({TypeCode}), {State}";

    private OversightCase Step(CaseStep step, LocalDate on, string note, CasePlan? plan = null, CaseTeam? team = null, CaseConclusion? conclusion = null, RecordId<OversightCase>? handedOverTo = null, HigherReview? review = null, CaseDiscipline? discipline = null)
    {
        var allowed = AllowedSteps;
        if (!allowed.Contains(step))
        {
            throw new IllegalCaseTransitionException(Id, State, step, allowed);
        }

        if (on < LastStepOn)
        {
            throw new ArgumentException($"Step {step} of case {Id} on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(on)} precedes the last step on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(LastStepOn)}.", nameof(on));
        }

        if (handedOverTo is not null)
        {
            handedOverTo = handedOverTo.Value.Required("inspectionId");
        }

        var next = CaseStateMachine.Next(State, step, Activity);
        return new OversightCase(Id, Activity, TypeCode, ConductedBy, Body, Subjects, next, plan ?? Plan, team ?? Team, conclusion ?? Conclusion, Origin,
            handedOverTo is null ? HandedOverTo : [.. HandedOverTo, handedOverTo.Value],
            review is null ? Reviews : [.. Reviews, review],
            [.. History, new CaseEvent(step, on, next, note)],
            discipline is null ? DisciplineOutcomes : [.. DisciplineOutcomes, discipline]);
    }

    private OversightCase With(CaseLink? origin, IReadOnlyList<CaseEvent> history) =>
        new(Id, Activity, TypeCode, ConductedBy, Body, Subjects, State, Plan, Team, Conclusion, origin, HandedOverTo, Reviews, history, DisciplineOutcomes);

    private static string Require(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"'{name}' must not be empty.", name) : value.Trim();
}
