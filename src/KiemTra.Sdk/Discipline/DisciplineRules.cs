using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// The rules of party discipline in force on a date (<i>quy định về kỷ luật đảng</i>), read from the rule book: which
/// forms apply to whom, how long a decision stays in effect, the limitation period, when consideration is deferred, how
/// a vote is counted, and the obligations that keep party and state discipline in step. One entry point; every answer
/// carries its explanation and the rule it applied.
/// </summary>
/// <remarks>
/// Each part is read from the rule book the first time it is used, so a rule book that lacks, say, the vote rule still
/// answers questions on limitation; the missing part throws <see cref="RuleNotFoundException"/> when it is asked for.
/// </remarks>
/// <example>
/// <code>
/// var rules = DisciplineRules.FromRules(RuleBook.BuiltIn, violationDate);
/// var limitation = rules.AssessLimitation(DisciplineForm.Warning, violationDate, conclusionDate, [], []);
/// var vote = rules.Tally(DisciplineSubjectKind.FullMember, ballot);
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

    private DisciplineRules(RuleBook book, LocalDate asOf)
    {
        _book = book;
        AsOf = asOf;
        _forms = new(() => DisciplineFormPolicy.FromRules(book, asOf));
        _effect = new(() => DisciplineEffectPolicy.FromRules(book, asOf));
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

    /// <summary>Which forms apply to which subjects (<c>discipline.forms.*</c>).</summary>
    /// <exception cref="RuleNotFoundException">A rule is missing on <see cref="AsOf"/>.</exception>
    /// <exception cref="FormatException">A rule value is not a list of known form codes.</exception>
    public DisciplineFormPolicy Forms => _forms.Value;

    /// <summary>How long a decision stays in effect and what it forbids meanwhile (<c>discipline.lapse*</c>).</summary>
    /// <exception cref="RuleNotFoundException">A rule is missing on <see cref="AsOf"/>.</exception>
    /// <exception cref="FormatException">A rule value has an unknown code.</exception>
    public DisciplineEffectPolicy Effect => _effect.Value;

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
    /// <exception cref="ArgumentNullException"><paramref name="situation"/> is null.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on <see cref="AsOf"/>.</exception>
    public DeferralAssessment AssessDeferral(IEnumerable<DeferralGround> situation) => _deferral.Value.Assess(situation);

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
    /// <param name="kind">The kind of subject voted on (it decides which forms may be voted for).</param>
    /// <param name="ballot">The counted ballots.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ballot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentException">A form with votes does not apply to the subject kind.</exception>
    /// <exception cref="RuleNotFoundException">A form or vote rule is missing on <see cref="AsOf"/>.</exception>
    public VoteOutcome Tally(DisciplineSubjectKind kind, DisciplineBallot ballot)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        return _vote.Value.Tally(Forms.ScaleFor(kind), ballot);
    }

    /// <summary>
    /// The obligations an event concerning a member creates (<i>xử lý kỷ luật đồng bộ</i>), each with its deadline: the
    /// time limits come from the rule book as of the event's own date, not <see cref="AsOf"/>.
    /// </summary>
    /// <param name="event">The event (criminal procedure, state discipline, notice received, party discipline announced).</param>
    /// <param name="calculator">The deadline calculator (working calendar) to count with.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleNotFoundException">A time limit is missing on the event's date.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the working calendar's range.</exception>
    public IReadOnlyList<SynchronisedObligation> ObligationsFor(SynchronisedEvent @event, DeadlineCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(calculator);
        return SynchronisedObligationRules.Create(_book, calculator).For(@event);
    }
}
