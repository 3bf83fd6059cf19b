using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Discipline;

namespace KiemTra.Sdk.EarlyWarning;

/// <summary>
/// A member transferred, appointed, promoted or honoured while a disciplinary decision against them was in effect
/// (<i>bổ nhiệm, khen thưởng khi đang chịu kỷ luật</i>); the effect policy decides what "in effect" forbids.
/// </summary>
internal sealed class AppointedWhileDisciplinedRule : IEarlyWarningRule
{
    private readonly DisciplineEffectPolicy _effect;

    private AppointedWhileDisciplinedRule(DisciplineEffectPolicy effect) => _effect = effect;

    /// <inheritdoc />
    public string Code => "EW-ACTION-WHILE-DISCIPLINED";

    /// <inheritdoc />
    public FindingSeverity Severity => FindingSeverity.Error;

    /// <inheritdoc />
    public LocalizedText Description => LocalizedText.Of("Điều động, bổ nhiệm, đề bạt, khen thưởng khi quyết định kỷ luật còn hiệu lực", "Transfer, appointment, promotion or honours while discipline is in effect");

    /// <summary>Creates the rule over an effect policy.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="effect"/> is null.</exception>
    public static AppointedWhileDisciplinedRule Create(DisciplineEffectPolicy effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        return new AppointedWhileDisciplinedRule(effect);
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(EarlyWarningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var action in context.PersonnelActions.Where(a => a.On <= context.Today).OrderBy(a => a.On))
        {
            foreach (var decision in context.Decisions.Where(d => d.Subject.Member == action.Member))
            {
                var newViolations = context.NewViolations.TryGetValue(decision.Id, out var list) ? list : [];
                var status = _effect.StatusOn(decision, action.On, context.Complaints, newViolations);
                if (status.Forbids(action.Action))
                {
                    yield return Finding.Create(Code, Severity, action.Member.Value, LocalizedText.Of(
                        $"{action.Member}: {DisciplineNames.Of(action.Action).Vietnamese} ({action.Reference}) ngày {KiemTra.Sdk.Formatting.TextFormat.Date(action.On)} khi quyết định kỷ luật {decision.Id} còn hiệu lực. {status.Explanation.Vietnamese}",
                        $"{action.Member}: {DisciplineNames.Of(action.Action).English} ({action.Reference}) on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(action.On)} while disciplinary decision {decision.Id} was in effect. {status.Explanation.English}"),
                        status.Rule);
                }
            }
        }
    }
}
