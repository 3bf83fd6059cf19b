using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// When a disciplinary decision stops having effect and what it forbids meanwhile (<i>hiệu lực của quyết định kỷ
/// luật</i>). Built from rule-set values (QĐ 69-QĐ/TW: a decision other than expulsion or dissolution lapses by itself
/// 12 months after its announcement if there was no complaint and no new violation; while in effect the member is not
/// transferred, appointed, promoted or honoured).
/// </summary>
/// <remarks>
/// The lapse period runs from the day after the announcement; the last day of effect is the announcement date plus
/// the period (announced 15/1/2026, 12 months: in effect through 15/1/2027, lapsed from 16/1/2027). A complaint or a
/// new violation inside the period means the decision does not lapse by itself: it stays in effect until the
/// competent organisation decides, which the status reports as <see cref="DisciplineEffectState.InEffectLapseInterrupted"/>.
/// </remarks>
internal sealed class DisciplineEffectPolicy
{
    private readonly HashSet<DisciplineForm> _permanent;
    private readonly RestrictedAction[] _restrictions;

    private DisciplineEffectPolicy(Period lapseAfter, HashSet<DisciplineForm> permanent, RestrictedAction[] restrictions, RuleCitation rule)
    {
        LapseAfter = lapseAfter;
        _permanent = permanent;
        _restrictions = restrictions;
        Rule = rule;
    }

    /// <summary>The lapse period (12 months under QĐ 69).</summary>
    public Period LapseAfter { get; }

    /// <summary>Forms that never lapse.</summary>
    public IReadOnlyCollection<DisciplineForm> PermanentForms => _permanent;

    /// <summary>What a decision in effect forbids.</summary>
    public IReadOnlyList<RestrictedAction> RestrictionsWhileInEffect => _restrictions;

    /// <summary>The rule applied.</summary>
    public RuleCitation Rule { get; }

    /// <summary>Creates a policy.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lapse period is not positive.</exception>
    internal static DisciplineEffectPolicy Create(Period lapseAfter, IEnumerable<DisciplineForm> permanentForms, IEnumerable<RestrictedAction> restrictionsWhileInEffect, RuleCitation rule)
    {
        ArgumentNullException.ThrowIfNull(lapseAfter);
        ArgumentNullException.ThrowIfNull(permanentForms);
        ArgumentNullException.ThrowIfNull(restrictionsWhileInEffect);
        ArgumentNullException.ThrowIfNull(rule);
        var reference = new LocalDate(2000, 1, 1);
        if (reference.Plus(lapseAfter) <= reference)
        {
            throw new ArgumentException($"The lapse period must be positive, not {lapseAfter}.", nameof(lapseAfter));
        }

        return new DisciplineEffectPolicy(lapseAfter, permanentForms.ToHashSet(), restrictionsWhileInEffect.Distinct().Order().ToArray(), rule);
    }

    /// <summary>Builds the policy from the rules in force on a date (<c>discipline.lapse*</c>, <c>discipline.in-effect.restrictions</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="RuleNotFoundException">A rule is missing on that date.</exception>
    /// <exception cref="FormatException">A rule value has an unknown code.</exception>
    public static DisciplineEffectPolicy FromRules(RuleBook rules, LocalDate asOf)
    {
        var reader = new DisciplineRuleReader(rules, asOf);
        var lapse = reader.CalendarPeriod("discipline.lapse");
        var permanent = reader.Forms("discipline.lapse.excluded-forms");
        var restrictions = reader.Codes("discipline.in-effect.restrictions")
            .Select(c => DisciplineRuleReader.ParseCode("discipline.in-effect.restrictions", c, ParseRestriction)).ToArray();
        return Create(lapse, permanent, restrictions, reader.Citation());
    }

    /// <summary>Parses a restriction code (<c>transfer</c>, <c>appointment</c>, <c>promotion</c>, <c>honour</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The code is unknown.</exception>
    internal static RestrictedAction ParseRestriction(string code) => code switch
    {
        null => throw new ArgumentNullException(nameof(code)),
        "transfer" => RestrictedAction.Transfer,
        "appointment" => RestrictedAction.Appointment,
        "promotion" => RestrictedAction.Promotion,
        "honour" or "honours" => RestrictedAction.Honors,
        _ => throw new FormatException($"'{code}' is not a restriction code."),
    };

    /// <summary>
    /// Where the decision stands on a date, given the complaints known then (those against other decisions are ignored)
    /// and the dates of new violations by the same subject.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DisciplineEffectStatus StatusOn(DisciplineDecision decision, LocalDate date, IEnumerable<Complaints.DisciplineComplaint> complaints, IEnumerable<LocalDate> newViolations)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(newViolations);
        var interruptions = complaints
            .Where(c => c is not null && c.Decision.Id == decision.Id)
            .Select(c => EffectInterruption.Complaint(c.FiledOn))
            .Concat(newViolations.Select(EffectInterruption.NewViolation));
        return StatusOn(decision, date, interruptions);
    }

    /// <summary>Where the decision stands on a date and what it forbids then.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="date">The date asked about.</param>
    /// <param name="interruptions">Complaints and new violations known on that date.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DisciplineEffectStatus StatusOn(DisciplineDecision decision, LocalDate date, IEnumerable<EffectInterruption> interruptions)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(interruptions);
        var announced = decision.AnnouncedOn;
        var formName = DisciplineNames.Of(decision.Form);
        var d = LimitationPolicy.Format(date);
        var a = LimitationPolicy.Format(announced);
        var dEn = LimitationPolicy.FormatEn(date);
        var aEn = LimitationPolicy.FormatEn(announced);
        if (date < announced)
        {
            return Status(decision, date, DisciplineEffectState.NotYetInEffect, null, LocalizedText.Of(
                $"Ngày {d}: quyết định {decision.Id} ({formName.Vietnamese}) chưa công bố (công bố ngày {a}), chưa có hiệu lực.",
                $"On {dEn}: decision {decision.Id} ({formName.English}) is not yet announced (announced on {aEn}) and not in effect."));
        }

        if (_permanent.Contains(decision.Form))
        {
            return Status(decision, date, DisciplineEffectState.Permanent, null, LocalizedText.Of(
                $"Ngày {d}: hình thức {formName.Vietnamese} (công bố ngày {a}) không có thời hạn chấm dứt hiệu lực.",
                $"On {dEn}: {formName.English} (announced on {aEn}) does not lapse."));
        }

        var lastDay = announced.Plus(LapseAfter);
        var period = LimitationPolicy.Describe(LapseAfter, vietnamese: true);
        var periodEn = LimitationPolicy.Describe(LapseAfter, vietnamese: false);
        var interruption = interruptions.Where(i => i.On >= announced && i.On <= lastDay && i.On <= date).OrderBy(i => i.On).FirstOrDefault();
        if (interruption is not null)
        {
            var what = interruption.Kind == EffectInterruptionKind.Complaint ? "có khiếu nại" : "có vi phạm mới";
            var whatEn = interruption.Kind == EffectInterruptionKind.Complaint ? "a complaint" : "a new violation";
            var i = LimitationPolicy.Format(interruption.On);
            var iEn = LimitationPolicy.FormatEn(interruption.On);
            return Status(decision, date, DisciplineEffectState.InEffectLapseInterrupted, null, LocalizedText.Of(
                $"Ngày {d}: quyết định {decision.Id} ({formName.Vietnamese}, công bố ngày {a}) còn hiệu lực; ngày {i} {what} trong thời hạn {period} nên không đương nhiên chấm dứt hiệu lực.",
                $"On {dEn}: decision {decision.Id} ({formName.English}, announced on {aEn}) is in effect; {whatEn} on {iEn} within the {periodEn} means it does not lapse by itself."));
        }

        if (date <= lastDay)
        {
            return Status(decision, date, DisciplineEffectState.InEffect, lastDay, LocalizedText.Of(
                $"Ngày {d}: quyết định {decision.Id} ({formName.Vietnamese}, công bố ngày {a}) còn hiệu lực đến hết ngày {LimitationPolicy.Format(lastDay)} nếu không có khiếu nại, vi phạm mới.",
                $"On {dEn}: decision {decision.Id} ({formName.English}, announced on {aEn}) is in effect until the end of {LimitationPolicy.FormatEn(lastDay)} unless a complaint or new violation intervenes."));
        }

        return Status(decision, date, DisciplineEffectState.Lapsed, lastDay, LocalizedText.Of(
            $"Ngày {d}: quyết định {decision.Id} ({formName.Vietnamese}, công bố ngày {a}) đã đương nhiên chấm dứt hiệu lực sau {period} (hết ngày {LimitationPolicy.Format(lastDay)}), không có khiếu nại hay vi phạm mới.",
            $"On {dEn}: decision {decision.Id} ({formName.English}, announced on {aEn}) lapsed after {periodEn} (end of {LimitationPolicy.FormatEn(lastDay)}) with no complaint or new violation."));
    }

    private DisciplineEffectStatus Status(DisciplineDecision decision, LocalDate date, DisciplineEffectState state, LocalDate? lastDay, LocalizedText text)
    {
        var inEffect = state is DisciplineEffectState.InEffect or DisciplineEffectState.InEffectLapseInterrupted or DisciplineEffectState.Permanent;
        var forbidden = inEffect && decision.Subject.IsMember ? _restrictions : [];
        var explanation = forbidden.Length == 0
            ? text
            : LocalizedText.Of(
                $"{text.Vietnamese} Trong thời gian này không: {string.Join(", ", forbidden.Select(Vi))}.",
                $"{text.English} Meanwhile no {string.Join(", ", forbidden.Select(En))}.");
        return new DisciplineEffectStatus(decision.Id, date, state, lastDay, forbidden, explanation, Rule);
    }

    private static string Vi(RestrictedAction action) => DisciplineNames.Of(action).Vietnamese;

    private static string En(RestrictedAction action) => DisciplineNames.Of(action).English;
}
