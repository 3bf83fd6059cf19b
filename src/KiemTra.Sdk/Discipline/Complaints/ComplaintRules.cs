using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Discipline.Complaints;

/// <summary>
/// The rules for complaints against discipline (<i>khiếu nại kỷ luật đảng</i>), read from the rule book as of the
/// decision's date: the filing window (<c>discipline.complaint.filing-window</c>: one month, Charter Art. 39; a rule set
/// reading it as 30 working days overrides that entry), the grounds for not accepting a complaint, the resolution time (90
/// working days at province level and below, 180 at central level, unverified), who resolves (one level up per round, up
/// to the Central Committee; never a cell), and the follow-on review of the administrative form when the party form
/// changes. The complainant complies with the decision meanwhile.
/// </summary>
internal sealed class ComplaintRules
{
    private readonly RuleBook _rules;
    private readonly LocalDate _asOf;
    private readonly DeadlineCalculator _calculator;

    private ComplaintRules(RuleBook rules, LocalDate asOf, DeadlineCalculator calculator)
    {
        _rules = rules;
        _asOf = asOf;
        _calculator = calculator;
    }

    /// <summary>Creates the rules in force on a date.</summary>
    /// <param name="rules">The rule book.</param>
    /// <param name="asOf">The date of the decision complained against.</param>
    /// <param name="calculator">The deadline calculator (working calendar).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ComplaintRules Create(RuleBook rules, LocalDate asOf, DeadlineCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(calculator);
        return new ComplaintRules(rules, asOf, calculator);
    }

    /// <summary>
    /// The filing deadline for a decision received on a date, under the window the rules in force give
    /// (<c>discipline.complaint.filing-window</c>): its unit and length are the reading, its citation says whether it is verified.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the calendar.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on the rules' date.</exception>
    public Deadline FilingDeadline(LocalDate decisionReceivedOn)
    {
        var rule = RuleDeadlines.Resolve(_rules, "discipline.complaint.filing-window", _asOf, LocalizedText.Of("ngày nhận quyết định kỷ luật", "receipt of the disciplinary decision"));
        return _calculator.Calculate(rule, decisionReceivedOn);
    }

    /// <summary>Decides whether a complaint is accepted and says why not (every ground named in the reason).</summary>
    /// <param name="complaint">The complaint.</param>
    /// <exception cref="ArgumentNullException"><paramref name="complaint"/> is null.</exception>
    /// <exception cref="RuleNotFoundException">A rule is missing on the rules' date.</exception>
    public Ruling Assess(DisciplineComplaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var groundsRule = _rules.Resolve("discipline.complaint.inadmissible-grounds", _asOf);
        var recognised = groundsRule.Value.AsCodes().ToHashSet(StringComparer.Ordinal);
        var groundsCitation = Citation(groundsRule);
        var reasons = new List<ComplaintInadmissibility>();
        var vi = new List<string>();
        var en = new List<string>();
        var rules = new List<RuleCitation>();
        Deadline? deadline = null;
        var filed = KiemTra.Sdk.Formatting.TextFormat.Date(complaint.FiledOn);
        var filedEn = KiemTra.Sdk.Formatting.TextFormat.IsoDate(complaint.FiledOn);

        void Add(ComplaintInadmissibility reason, string code, string textVi, string textEn, RuleCitation rule)
        {
            // Out of time is the Charter's own rule; the other grounds count only if the rule set lists them.
            if (reason != ComplaintInadmissibility.OutOfTime && !recognised.Contains(code))
            {
                return;
            }

            reasons.Add(reason);
            vi.Add(textVi);
            en.Add(textEn);
            if (!rules.Contains(rule))
            {
                rules.Add(rule);
            }
        }

        if (complaint.DecisionReceivedOn is not { } received || complaint.FiledOn < received)
        {
            Add(ComplaintInadmissibility.BeforeReceivingDecision, "before-receiving-decision",
                $"Khiếu nại ngày {filed} khi chưa nhận được quyết định kỷ luật.",
                $"Filed on {filedEn} before the disciplinary decision was received.", groundsCitation);
        }
        else
        {
            deadline = FilingDeadline(received);
            if (complaint.FiledOn > deadline.Due)
            {
                Add(ComplaintInadmissibility.OutOfTime, "out-of-time",
                    $"Khiếu nại ngày {filed}, quá thời hạn (hạn cuối {KiemTra.Sdk.Formatting.TextFormat.Date(deadline.Due)}; {Window(deadline.Rule).Vietnamese}).",
                    $"Filed on {filedEn}, after the filing window (last day {KiemTra.Sdk.Formatting.TextFormat.IsoDate(deadline.Due)}; {Window(deadline.Rule).English}).", deadline.Rule.Citation);
            }
        }

        if (!complaint.FiledBySubject)
        {
            Add(ComplaintInadmissibility.OnBehalfOfAnother, "on-behalf-of-another",
                "Khiếu nại hộ người khác.", "Filed on someone else's behalf.", groundsCitation);
        }

        if (!complaint.Signed)
        {
            Add(ComplaintInadmissibility.Unsigned, "unsigned", "Đơn không ký tên.", "The letter is not signed.", groundsCitation);
        }

        if (complaint.PreviouslyResolvedByCentralCommittee)
        {
            Add(ComplaintInadmissibility.AlreadyResolvedByCentralCommittee, "already-resolved-by-central-committee",
                "Đã được Ban Chấp hành Trung ương giải quyết; quyết định là cuối cùng.", "Already resolved by the Central Committee, whose decision is final.", groundsCitation);
        }

        LocalizedText explanation;
        if (reasons.Count == 0)
        {
            var within = deadline is null ? string.Empty : $" (hạn cuối {KiemTra.Sdk.Formatting.TextFormat.Date(deadline.Due)}; {Window(deadline.Rule).Vietnamese})";
            var withinEn = deadline is null ? string.Empty : $" (last day {KiemTra.Sdk.Formatting.TextFormat.IsoDate(deadline.Due)}; {Window(deadline.Rule).English})";
            explanation = LocalizedText.Of(
                $"Khiếu nại {complaint.Id} được thụ lý: nộp ngày {filed} trong thời hạn{within}; người bị kỷ luật vẫn phải chấp hành quyết định trong khi chờ giải quyết.",
                $"Complaint {complaint.Id} is accepted: filed on {filedEn} within the window{withinEn}; the disciplined party complies with the decision meanwhile.");
            if (deadline is not null)
            {
                rules.Add(deadline.Rule.Citation);
            }
        }
        else
        {
            explanation = LocalizedText.Of(
                $"Khiếu nại {complaint.Id} không được thụ lý: {string.Join(" ", vi)}",
                $"Complaint {complaint.Id} is not accepted: {string.Join(" ", en)}");
        }

        // A ruling cites at least one rule: when no deadline was counted and no ground listed, the grounds rule decided.
        if (rules.Count == 0)
        {
            rules.Add(groundsCitation);
        }

        return Ruling.Of(reasons.Count == 0, explanation, [.. rules], rulesInForce: true);
    }

    /// <summary>
    /// The resolution deadline of an accepted complaint received by the resolving body on a date: a central body's limit
    /// (<c>discipline.complaint.resolution.central</c>) or that of a body at province level and below
    /// (<c>discipline.complaint.resolution.province-and-below</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the calendar.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on the rules' date.</exception>
    public Deadline ResolutionDeadline(LocalDate receivedOn, bool byCentralBody)
    {
        var key = byCentralBody ? "discipline.complaint.resolution.central" : "discipline.complaint.resolution.province-and-below";
        return _calculator.Calculate(RuleDeadlines.Resolve(_rules, key, _asOf, LocalizedText.Of("ngày nhận đơn khiếu nại", "receipt of the complaint")), receivedOn);
    }

    /// <summary>
    /// Whether a body may resolve the complaint in a given round: round 1 goes one level above the organisation that
    /// decided, each later round one level above the previous resolver, up to the Central Committee; a cell never resolves
    /// complaints. The number of levels is read from the hierarchy as of <paramref name="on"/>: the resolver's organisation
    /// must be an ancestor of the deciding organisation and both must exist on that date.
    /// </summary>
    /// <param name="dataset">The hierarchy.</param>
    /// <param name="resolver">The body asked to resolve, with its organisation.</param>
    /// <param name="decidingOrganization">The organisation whose body decided the discipline.</param>
    /// <param name="on">The date the complaint is taken up (the hierarchy as of that date).</param>
    /// <param name="round">1 for the first complaint, 2 for a complaint against the first resolution, and so on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is less than 1.</exception>
    /// <exception cref="KeyNotFoundException">Either organisation is not in the dataset.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on the rules' date.</exception>
    public Ruling CheckResolver(PartyDataset dataset, ActingBody resolver, OrganizationId decidingOrganization, LocalDate on, int round)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentOutOfRangeException.ThrowIfLessThan(round, 1);
        var decider = dataset.GetOrganization(decidingOrganization);
        var resolving = dataset.GetOrganization(resolver.Organization);
        var date = KiemTra.Sdk.Formatting.TextFormat.Date(on);
        var dateEn = KiemTra.Sdk.Formatting.TextFormat.IsoDate(on);
        foreach (var org in new[] { decider, resolving })
        {
            if (!org.ExistsOn(on))
            {
                return Ruling.No(LocalizedText.Of(
                    $"{org.Id} không tồn tại ngày {date}.", $"{org.Id} does not exist on {dateEn}."), Citation(_rules.Resolve("authority.complaint-resolution.bodies", _asOf)));
            }
        }

        var ancestors = dataset.AncestorsOf(decidingOrganization);
        var index = ancestors.ToList().FindIndex(a => a.Id == resolver.Organization);
        if (index < 0)
        {
            return Ruling.No(LocalizedText.Of(
                $"{resolver.Organization} không phải cấp trên của {decidingOrganization} (tổ chức quyết định kỷ luật) ngày {date}.",
                $"{resolver.Organization} is not above {decidingOrganization} (the deciding organisation) on {dateEn}."), Citation(_rules.Resolve("authority.complaint-resolution.bodies", _asOf)));
        }

        return CheckResolver(resolver.Body, index + 1, round);
    }

    // The level count comes from the hierarchy (the public overload); kept apart so the rule reads in one place.
    private Ruling CheckResolver(BodyKind resolverBody, int levelsAboveDecider, int round)
    {
        var authority = _rules.Resolve("authority.complaint-resolution.bodies", _asOf);
        var rule = Citation(authority);
        var code = BodyCode(resolverBody);
        if (resolverBody == BodyKind.Cell || !authority.Value.AsCodes().Contains(code))
        {
            return Ruling.No(LocalizedText.Of(
                $"{resolverBody} không có thẩm quyền giải quyết khiếu nại kỷ luật (chi bộ không giải quyết khiếu nại).",
                $"A {resolverBody} may not resolve complaints against discipline (cells do not resolve complaints)."), rule);
        }

        if (levelsAboveDecider != round)
        {
            return Ruling.No(LocalizedText.Of(
                $"Lần khiếu nại thứ {round} do cấp trên {round} cấp so với cấp quyết định kỷ luật giải quyết; tổ chức này ở trên {levelsAboveDecider} cấp.",
                $"Round {round} of a complaint is resolved {round} level(s) above the deciding organisation; this one is {levelsAboveDecider} level(s) above."), rule);
        }

        return Ruling.Yes(LocalizedText.Of(
            $"{resolverBody} ở trên {levelsAboveDecider} cấp giải quyết lần khiếu nại thứ {round}.",
            $"The {resolverBody} {levelsAboveDecider} level(s) above resolves round {round}."), rule);
    }

    /// <summary>Records the resolution of an accepted complaint.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="outcome">Upheld, changed or annulled.</param>
    /// <param name="newForm">For <see cref="ComplaintOutcome.Changed"/>, the new form; otherwise null.</param>
    /// <param name="resolvedOn">When.</param>
    /// <param name="formPolicy">The forms in force, to check the new form.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The new form is missing, equal to the original, or given for another outcome; or the date precedes filing.</exception>
    /// <exception cref="ArgumentException">The new form does not apply to the subject (the message gives the reason).</exception>
    public ComplaintResolution Resolve(DisciplineComplaint complaint, ComplaintOutcome outcome, DisciplineForm? newForm, LocalDate resolvedOn, DisciplineFormPolicy formPolicy)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(formPolicy);
        if (resolvedOn < complaint.FiledOn)
        {
            throw new ArgumentException($"Complaint {complaint.Id} cannot be resolved on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(resolvedOn)}, before it was filed on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(complaint.FiledOn)}.", nameof(resolvedOn));
        }

        var original = complaint.Decision.Form;
        DisciplineForm? resulting;
        switch (outcome)
        {
            case ComplaintOutcome.Upheld:
            case ComplaintOutcome.Annulled:
                if (newForm is not null)
                {
                    throw new ArgumentException($"A new form is given only when the outcome is Changed, not {outcome}.", nameof(newForm));
                }

                resulting = outcome == ComplaintOutcome.Upheld ? original : null;
                break;
            case ComplaintOutcome.Changed:
                if (newForm is not { } form || form == original)
                {
                    throw new ArgumentException($"A changed outcome needs a new form different from {original}; got {(newForm is null ? "none" : newForm.ToString())}.", nameof(newForm));
                }

                formPolicy.Require(complaint.Decision.Subject, form, nameof(newForm));
                resulting = form;
                break;
            default:
                throw new ArgumentException($"Outcome {(int)outcome} is not defined.", nameof(outcome));
        }

        if (outcome == ComplaintOutcome.Upheld)
        {
            return new ComplaintResolution(complaint, outcome, resulting, resolvedOn, null, null);
        }

        var review = _rules.Resolve("discipline.complaint.changed-form.review-administrative", _asOf);
        if (!review.Value.AsBoolean())
        {
            return new ComplaintResolution(complaint, outcome, resulting, resolvedOn, null, null);
        }

        var change = resulting is { } r
            ? ($"đổi từ {DisciplineNames.Of(original).Vietnamese} sang {DisciplineNames.Of(r).Vietnamese}", $"changed from {DisciplineNames.Of(original).English} to {DisciplineNames.Of(r).English}")
            : ($"hủy bỏ hình thức {DisciplineNames.Of(original).Vietnamese}", $"annulled (it was {DisciplineNames.Of(original).English})");
        var followOn = LocalizedText.Of(
            $"Hình thức kỷ luật đảng {change.Item1}: tổ chức đảng có thẩm quyền chỉ đạo xem xét lại hình thức kỷ luật hành chính, đoàn thể của {complaint.Decision.Subject.Id} cho phù hợp.",
            $"The party form was {change.Item2}: the competent party organisation directs a review of {complaint.Decision.Subject.Id}'s administrative or mass-organisation discipline to match.");
        return new ComplaintResolution(complaint, outcome, resulting, resolvedOn, followOn, Citation(review));
    }

    private static string BodyCode(BodyKind body) => body switch
    {
        BodyKind.Committee => "committee",
        BodyKind.StandingCommittee => "standing-committee",
        BodyKind.InspectionCommission => "inspection-commission",
        BodyKind.AdvisoryAgency => "advisory-agency",
        BodyKind.Cell => "cell",
        _ => body.ToString(),
    };

    // The window the rules gave, which is the reading applied (one month under the Charter; 30 working days where a rule set
    // reads it so), with its citation and, when unverified, the note saying so.
    private static LocalizedText Window(DeadlineRule rule)
    {
        var unit = DeadlineRule.UnitText(rule.Unit, rule.Count);
        return LocalizedText.Of(
            $"thời hạn {rule.Count} {unit.Vietnamese} kể từ {rule.AnchorEvent.Vietnamese}, theo {rule.Citation.Text.Vietnamese}",
            $"a window of {rule.Count} {unit.English} from {rule.AnchorEvent.English} under {rule.Citation.Text.English}");
    }

    private static RuleCitation Citation(RuleResolution r) => RuleCitation.Of(r.Citation.RuleSetId, r.Citation.Instrument, r.Citation.Article, r.IsVerified);
}
