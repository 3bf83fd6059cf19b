using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// The rules of party discipline in force on a date (<i>quy định về kỷ luật đảng</i>), read from the rule book: which
/// forms apply to whom, how long a decision stays in effect, the limitation period, when consideration is deferred, how
/// a vote is counted, the obligations that keep party and state discipline in step, and complaints against discipline
/// (filing window, acceptance, resolution time, who resolves, the resolution). One entry point; every answer carries its
/// explanation and the rule it applied, and every yes-or-no answer is a <see cref="Ruling"/>.
/// </summary>
/// <remarks>
/// Each part is read from the rule book the first time it is used, so a rule book that lacks, say, the vote rule still
/// answers questions on limitation; the missing part throws <see cref="RuleNotFoundException"/> when it is asked for.
/// </remarks>
/// <example>
/// <code>
/// var rules = DisciplineRules.FromRules(RuleBook.BuiltIn, violationDate);
/// var limitation = rules.AssessLimitation(DisciplineForm.Warning, violationDate, conclusionDate, [], []);
/// var vote = rules.Tally(DisciplineSubject.OfFullMember(member, holdsPost: true), ballot);
/// var accepted = DisciplineRules.FromRules(RuleBook.BuiltIn, decision.DecidedOn)
///     .AssessComplaint(complaint, DeadlineCalculator.Default).Holds;
/// </code>
/// </example>
public sealed class DisciplineRules
{
    private readonly RuleBook _book;
    private readonly Lazy<DisciplineFormPolicy> _forms;
    private readonly Lazy<DisciplineEffectPolicy> _effect;
    private readonly Lazy<LimitationPolicy> _limitation;
    private readonly Lazy<DeferralPolicy> _deferral;
    private readonly Lazy<DisciplineVoteRule> _vote;

    private DisciplineRules(RuleBook book, LocalDate asOf, DisciplineFormPolicy? forms = null, DisciplineEffectPolicy? effect = null)
    {
        _book = book;
        AsOf = asOf;
        _forms = new(() => forms ?? DisciplineFormPolicy.FromRules(book, asOf));
        _effect = new(() => effect ?? DisciplineEffectPolicy.FromRules(book, asOf));
        _limitation = new(() => LimitationPolicy.FromRules(book, asOf));
        _deferral = new(() => DeferralPolicy.FromRules(book, asOf));
        _vote = new(() => DisciplineVoteRule.FromRules(book, asOf));
    }

    /// <summary>The date whose rules apply (the date of the fact judged, e.g. the violation).</summary>
    public LocalDate AsOf { get; }

    /// <summary>The rules in force on a date.</summary>
    /// <param name="rules">The rule book.</param>
    /// <param name="asOf">The date of the fact judged (the violation, the vote, the situation of the member).</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static DisciplineRules FromRules(RuleBook rules, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new DisciplineRules(rules, asOf);
    }

    /// <summary>The rules of a rule book with the form or effect policy given directly (the core's own tests).</summary>
    internal static DisciplineRules Of(RuleBook rules, LocalDate asOf, DisciplineFormPolicy? forms = null, DisciplineEffectPolicy? effect = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new DisciplineRules(rules, asOf, forms, effect);
    }

    /// <summary>The form policy (<c>discipline.forms.*</c>), for the core's own checks.</summary>
    internal DisciplineFormPolicy FormPolicy => _forms.Value;

    /// <summary>The effect policy (<c>discipline.lapse*</c>), for the core's own checks.</summary>
    internal DisciplineEffectPolicy EffectPolicy => _effect.Value;

    /// <summary>
    /// The forms that may be applied to this subject, lightest first (<i>hình thức kỷ luật</i>, <c>discipline.forms.*</c>):
    /// the scale of an organisation, a full member or a probationary member, with removal from post left out for a member
    /// without a post.
    /// </summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The forms, lightest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="RuleNotFoundException">A rule is missing on <see cref="AsOf"/>.</exception>
    /// <exception cref="FormatException">A rule value is not a list of known form codes.</exception>
    public IReadOnlyList<DisciplineForm> ApplicableForms(DisciplineSubject subject) => FormPolicy.ApplicableForms(subject);

    /// <summary>
    /// Whether a form may be applied to a subject (<i>hình thức kỷ luật có áp dụng được không</i>) and why: the subject
    /// kind's scale of forms, and removal from post only for a member holding a post.
    /// </summary>
    /// <example>
    /// Under the Party Charter (2011) Art. 35 and QĐ 69-QĐ/TW: organisation reprimand &lt; warning &lt; dissolution;
    /// full member reprimand &lt; warning &lt; removal from post &lt; expulsion; probationary member reprimand &lt; warning.
    /// </example>
    /// <param name="subject">The subject.</param>
    /// <param name="form">The form.</param>
    /// <returns>Yes when the form applies; the reason names the subject, the form and the forms that do apply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="RuleNotFoundException">A rule is missing on <see cref="AsOf"/>.</exception>
    /// <exception cref="FormatException">A rule value is not a list of known form codes.</exception>
    public Ruling CheckForm(DisciplineSubject subject, DisciplineForm form) => FormPolicy.Check(subject, form);

    /// <summary>
    /// The stable English code of a form (<i>mã hình thức kỷ luật</i>) for data files, rule sets and user input:
    /// <c>reprimand</c>, <c>warning</c>, <c>removal-from-post</c>, <c>expulsion</c>, <c>dissolution</c>. The same on every
    /// date: a code names a form, not whether it applies.
    /// </summary>
    /// <param name="form">The form.</param>
    /// <returns>The code, e.g. <c>removal-from-post</c>; <see cref="ParseFormCode"/> reads it back.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined form.</exception>
    public static string FormCode(DisciplineForm form) => DisciplineFormCodes.ToCode(form);

    /// <summary>
    /// Reads a form from its code or its Vietnamese term, with or without diacritics, in any case, with spaces, hyphens
    /// or underscores (<c>warning</c>, <c>Warning</c>, <c>cảnh cáo</c>, <c>canh-cao</c>, <c>removal_from_post</c>,
    /// <c>Cách chức</c>…).
    /// </summary>
    /// <param name="text">A code such as <c>warning</c> or a term such as <c>cảnh cáo</c>.</param>
    /// <returns>The form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a form (the message names the text and the codes expected);
    /// removal from the roll (<i>xóa tên</i>) and suspension (<i>đình chỉ sinh hoạt</i>) are refused with the explanation
    /// that they are not disciplinary forms.</exception>
    public static DisciplineForm ParseFormCode(string text) => DisciplineFormCodes.Parse(text);

    /// <summary>
    /// Where a decision stands on a date and what it forbids then (<i>hiệu lực của quyết định kỷ luật</i>,
    /// <c>discipline.lapse*</c>, <c>discipline.in-effect.restrictions</c>): not yet in effect before its announcement; in
    /// effect, and meanwhile no transfer, appointment, promotion or honours; lapsed by itself at the end of the lapse period
    /// (announced 15/1/2026, 12 months: in effect through 15/1/2027, lapsed from 16/1/2027) unless a complaint against it or
    /// a new violation came within the period, in which case it stays in effect until the competent organisation decides;
    /// expulsion and dissolution never lapse.
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <param name="date">The date asked about.</param>
    /// <param name="complaints">Complaints known on that date; those against other decisions are ignored.</param>
    /// <param name="newViolations">Dates of new violations (warranting discipline) by the same subject.</param>
    /// <returns>The state on that date, its last day when it lapses by itself, what it forbids, and why.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleNotFoundException">A rule is missing on <see cref="AsOf"/>.</exception>
    /// <exception cref="FormatException">A rule value has an unknown code.</exception>
    public DisciplineEffectStatus EffectOn(DisciplineDecision decision, LocalDate date, IEnumerable<DisciplineComplaint> complaints, IEnumerable<LocalDate> newViolations)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(newViolations);
        return EffectPolicy.StatusOn(decision, date, complaints, newViolations);
    }

    /// <summary>
    /// Whether a violation may still be disciplined with a form (<i>thời hiệu xử lý kỷ luật</i>), counted under the Civil
    /// Code 2015 Art. 147–148 from the violation to the competent body's conclusion; a new violation inside the running
    /// period restarts it; no limitation applies to the heaviest forms or to the exempt categories of violation.
    /// </summary>
    /// <param name="form">The form the violation is considered for.</param>
    /// <param name="violationDate">When the violation happened (for a continuing violation, when it ended).</param>
    /// <param name="conclusionDate">When the competent body concluded, or is expected to conclude.</param>
    /// <param name="laterViolations">Dates of new violations by the same subject.</param>
    /// <param name="categories">Categories of the violation (to find exemptions).</param>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The form is not defined.</exception>
    /// <exception cref="ArgumentException">The conclusion is before the violation.</exception>
    /// <exception cref="RuleNotFoundException">A limitation rule is missing on <see cref="AsOf"/>.</exception>
    public LimitationAssessment AssessLimitation(DisciplineForm form, LocalDate violationDate, LocalDate conclusionDate, IEnumerable<LocalDate> laterViolations, IEnumerable<ViolationCategory> categories)
        => _limitation.Value.Assess(form, violationDate, conclusionDate, laterViolations, categories);

    /// <summary>The limitation period of a form, or null when the form has no limitation.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The form is not defined.</exception>
    /// <exception cref="RuleNotFoundException">A limitation rule is missing on <see cref="AsOf"/>.</exception>
    public Period? LimitationPeriodFor(DisciplineForm form) => _limitation.Value.PeriodFor(form);

    /// <summary>
    /// Whether the member's situation defers the consideration of discipline (<i>chưa xem xét kỷ luật</i>): pregnancy,
    /// raising a child under 12 months, serious illness in hospital (<c>discipline.deferral.grounds</c>).
    /// </summary>
    /// <param name="situation">The grounds present for the member.</param>
    /// <returns>Yes when discipline is not yet to be considered; the reason names the grounds present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="situation"/> is null.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on <see cref="AsOf"/>.</exception>
    public Ruling AssessDeferral(IEnumerable<DeferralGround> situation) => _deferral.Value.Assess(situation);

    /// <summary>
    /// The smallest number of votes that decides a form: more than half of ALL full members of the deciding body, not of
    /// those present (<c>discipline.vote.threshold</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fullMembers"/> is less than 1.</exception>
    /// <exception cref="RuleNotFoundException">The vote rule is missing on <see cref="AsOf"/>.</exception>
    public int VotesRequired(int fullMembers) => _vote.Value.VotesRequired(fullMembers);

    /// <summary>
    /// Counts a disciplinary vote (<i>biểu quyết kỷ luật</i>) on the forms that apply to the subject kind: a form alone
    /// with enough votes is decided; otherwise votes are added from the heaviest form down and the form at which the
    /// running total first reaches the threshold is decided; otherwise there is no decision.
    /// </summary>
    /// <example>
    /// Nine full members; votes: expulsion 1, warning 3, reprimand 2, no discipline 3. Threshold: more than 4.5, i.e. 5.
    /// Expulsion 1 (1), removal 0 (1), warning 3 (4), reprimand 2 (6 ≥ 5): reprimand is decided.
    /// </example>
    /// <param name="subject">The subject voted on: whether it is an organisation, a full member or a probationary member decides which forms may be voted for and their order.</param>
    /// <param name="ballot">The counted ballots.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> or <paramref name="ballot"/> is null.</exception>
    /// <exception cref="ArgumentException">A form with votes is not on the subject's scale of forms.</exception>
    /// <exception cref="RuleNotFoundException">A form or vote rule is missing on <see cref="AsOf"/>.</exception>
    public VoteOutcome Tally(DisciplineSubject subject, DisciplineBallot ballot)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(ballot);
        return _vote.Value.Tally(FormPolicy.ScaleFor(subject.Kind), ballot);
    }

    /// <summary>
    /// The obligations an event concerning a member creates (<i>xử lý kỷ luật đồng bộ</i>), each with its deadline: the
    /// time limits come from the rule book as of the event's own date, not <see cref="AsOf"/>.
    /// </summary>
    /// <param name="event">What happened (criminal procedure, state discipline, notice received, party discipline announced).</param>
    /// <param name="member">The member concerned.</param>
    /// <param name="on">When (the day of the decision, judgment, receipt or announcement).</param>
    /// <param name="calculator">The deadline calculator (working calendar) to count with.</param>
    /// <returns>The obligations, each with who must act, what, and the deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calculator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="member"/> is default.</exception>
    /// <exception cref="RuleNotFoundException">A time limit is missing on the event's date.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The event kind is undefined, or the date is outside the working calendar's range.</exception>
    public IReadOnlyList<SynchronizedObligation> ObligationsFor(SynchronizedEventKind @event, MemberId member, LocalDate on, DeadlineCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        return SynchronizedObligationRules.Create(_book, calculator).For(@event, member, on);
    }

    /// <summary>
    /// The last day to complain against a disciplinary decision received on a date (<i>thời hạn khiếu nại</i>), under the
    /// window of the rules in force (<c>discipline.complaint.filing-window</c>): one month in the built-in rules (Party
    /// Charter Art. 39). The reading is rule data, not a choice of the caller: a host that reads the month as 30 working
    /// days (party Q&amp;A, unverified) supplies a rule set amending the Charter's (<c>"amends": "DIEU-LE-2011"</c>) with
    /// that entry, and the deadline then counts working days and cites it as unverified.
    /// </summary>
    /// <param name="decisionReceivedOn">When the complainant received the decision.</param>
    /// <param name="calculator">The deadline calculator (working calendar) to count with.</param>
    /// <returns>The deadline, explained and cited: the explanation names the window applied and whether it is verified.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calculator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the calendar.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on <see cref="AsOf"/>.</exception>
    public Deadline ComplaintFilingDeadline(LocalDate decisionReceivedOn, DeadlineCalculator calculator) =>
        Complaints(calculator ?? throw new ArgumentNullException(nameof(calculator))).FilingDeadline(decisionReceivedOn);

    /// <summary>
    /// Whether a complaint against discipline is accepted (<i>thụ lý khiếu nại kỷ luật</i>) and, if not, every ground: filed
    /// out of time (under the window of <see cref="ComplaintFilingDeadline"/>), before receiving the decision, on someone
    /// else's behalf, unsigned, or already resolved by the Central Committee. The complainant complies with the decision
    /// meanwhile. Ask with the rules as of the decision's date.
    /// </summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="calculator">The deadline calculator (working calendar) to count the filing window with.</param>
    /// <returns>Yes when the complaint is accepted; the reason names each ground, the last day to file and the window applied.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleNotFoundException">A rule is missing on <see cref="AsOf"/>.</exception>
    public Ruling AssessComplaint(DisciplineComplaint complaint, DeadlineCalculator calculator) =>
        Complaints(calculator ?? throw new ArgumentNullException(nameof(calculator))).Assess(complaint);

    /// <summary>
    /// The last day to resolve an accepted complaint received by the resolving body on a date (<i>thời hạn giải quyết
    /// khiếu nại</i>): 90 working days for a body at province level and below, 180 for a central body (unverified).
    /// </summary>
    /// <param name="receivedOn">When the resolving body received the complaint.</param>
    /// <param name="byCentralBody">True when the body resolving the complaint is at central level (<i>cấp Trung ương</i>);
    /// false for a body at province level and below (<i>cấp tỉnh trở xuống</i>).</param>
    /// <param name="calculator">The deadline calculator (working calendar) to count with.</param>
    /// <returns>The deadline, explained and cited.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calculator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the calendar.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on <see cref="AsOf"/>.</exception>
    public Deadline ComplaintResolutionDeadline(LocalDate receivedOn, bool byCentralBody, DeadlineCalculator calculator) =>
        Complaints(calculator ?? throw new ArgumentNullException(nameof(calculator))).ResolutionDeadline(receivedOn, byCentralBody);

    /// <summary>
    /// Whether a body may resolve a complaint against discipline in a given round (<i>thẩm quyền giải quyết khiếu nại</i>):
    /// round 1 goes one level above the organisation that decided, each later round one level above the previous resolver,
    /// up to the Central Committee; a cell never resolves complaints. The levels are read from the hierarchy as of
    /// <paramref name="on"/>: the resolver's organisation must be an ancestor of the deciding organisation and both must
    /// exist on that date.
    /// </summary>
    /// <param name="dataset">The hierarchy.</param>
    /// <param name="resolver">The body asked to resolve, with its organisation.</param>
    /// <param name="decidingOrganization">The organisation whose body decided the discipline.</param>
    /// <param name="on">The date the complaint is taken up (the hierarchy as of that date).</param>
    /// <param name="round">1 for the first complaint, 2 for a complaint against the first resolution, and so on.</param>
    /// <returns>Yes when the body may resolve that round; the reason says how many levels up it is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is less than 1.</exception>
    /// <exception cref="KeyNotFoundException">Either organisation is not in the dataset.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on <see cref="AsOf"/>.</exception>
    public Ruling CheckComplaintResolver(PartyDataset dataset, ActingBody resolver, OrganizationId decidingOrganization, LocalDate on, int round) =>
        Complaints(null).CheckResolver(dataset, resolver, decidingOrganization, on, round);

    /// <summary>
    /// Records the resolution of an accepted complaint (<i>quyết định giải quyết khiếu nại</i>): upheld, changed to another
    /// form that applies to the subject, or annulled; when the party form changed or was annulled, the follow-on review of
    /// the administrative or mass-organisation form the rules require.
    /// </summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="outcome">Upheld, changed or annulled.</param>
    /// <param name="newForm">For <see cref="ComplaintOutcome.Changed"/>, the new form; otherwise null.</param>
    /// <param name="resolvedOn">When.</param>
    /// <returns>The resolution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="complaint"/> is null.</exception>
    /// <exception cref="ArgumentException">The new form is missing, equal to the original, given for another outcome or not applicable to the subject; or the date precedes filing.</exception>
    /// <exception cref="RuleNotFoundException">A rule is missing on <see cref="AsOf"/>.</exception>
    public ComplaintResolution ResolveComplaint(DisciplineComplaint complaint, ComplaintOutcome outcome, DisciplineForm? newForm, LocalDate resolvedOn) =>
        Complaints(null).Resolve(complaint, outcome, newForm, resolvedOn, FormPolicy);

    // Resolving and checking a resolver count no deadline, so they need no calendar.
    private ComplaintRules Complaints(DeadlineCalculator? calculator) =>
        ComplaintRules.Create(_book, AsOf, calculator ?? DeadlineCalculator.Default);
}
