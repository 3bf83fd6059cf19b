using NodaTime;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// When the consideration of a member's discipline is deferred (<i>các trường hợp chưa xem xét kỷ luật</i>):
/// pregnancy, raising a child under 12 months, serious illness in hospital. Built from rule-set values; the list is
/// unverified for the 2026 rules, so the citation says so.
/// </summary>
internal sealed class DeferralPolicy
{
    private readonly DeferralGround[] _grounds;

    private DeferralPolicy(DeferralGround[] grounds, RuleCitation rule)
    {
        _grounds = grounds;
        Rule = rule;
    }

    /// <summary>The grounds the rule recognises.</summary>
    public IReadOnlyList<DeferralGround> Grounds => _grounds;

    /// <summary>The rule.</summary>
    public RuleCitation Rule { get; }

    /// <summary>Creates a policy.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DeferralPolicy Create(IEnumerable<DeferralGround> grounds, RuleCitation rule)
    {
        ArgumentNullException.ThrowIfNull(grounds);
        ArgumentNullException.ThrowIfNull(rule);
        return new DeferralPolicy(grounds.Distinct().Order().ToArray(), rule);
    }

    /// <summary>Builds the policy from the rules in force on a date (<c>discipline.deferral.grounds</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on that date.</exception>
    /// <exception cref="FormatException">A ground code is unknown.</exception>
    public static DeferralPolicy FromRules(RuleBook rules, LocalDate asOf)
    {
        var reader = new DisciplineRuleReader(rules, asOf);
        var grounds = reader.Codes("discipline.deferral.grounds")
            .Select(c => DisciplineRuleReader.ParseCode("discipline.deferral.grounds", c, ParseGround)).ToArray();
        return Create(grounds, reader.Citation());
    }

    /// <summary>Parses a ground code (<c>pregnancy</c>, <c>child-under-12-months</c>, <c>serious-illness-in-hospital</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The code is unknown.</exception>
    public static DeferralGround ParseGround(string code) => code switch
    {
        null => throw new ArgumentNullException(nameof(code)),
        "pregnancy" => DeferralGround.Pregnancy,
        "child-under-12-months" => DeferralGround.RaisingInfantUnder12Months,
        "serious-illness-in-hospital" => DeferralGround.SeriouslyIllInHospital,
        _ => throw new FormatException($"'{code}' is not a deferral ground code."),
    };

    /// <summary>Assesses whether the member's situation defers the consideration of discipline.</summary>
    /// <param name="situation">The grounds present for the member.</param>
    /// <returns>Yes when discipline is not yet to be considered; the reason names the grounds of the rule that are present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="situation"/> is null.</exception>
    public Ruling Assess(IEnumerable<DeferralGround> situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var present = situation.Where(g => _grounds.Contains(g)).Distinct().Order().ToArray();
        var unverifiedVi = Rule.Verified ? string.Empty : " (quy định chưa được kiểm chứng)";
        var unverifiedEn = Rule.Verified ? string.Empty : " (rule unverified)";
        if (present.Length == 0)
        {
            return Ruling.No(LocalizedText.Of(
                $"Không có trường hợp chưa xem xét kỷ luật{unverifiedVi}.",
                $"No ground for deferring discipline applies{unverifiedEn}."), Rule);
        }

        return Ruling.Yes(LocalizedText.Of(
            $"Chưa xem xét kỷ luật vì: {string.Join(", ", present.Select(Vi))}{unverifiedVi}.",
            $"Discipline is not yet considered because of: {string.Join(", ", present.Select(En))}{unverifiedEn}."), Rule);
    }

    private static string Vi(DeferralGround g) => g switch
    {
        DeferralGround.Pregnancy => "đang mang thai, nghỉ thai sản",
        DeferralGround.RaisingInfantUnder12Months => "đang nuôi con nhỏ dưới 12 tháng tuổi",
        DeferralGround.SeriouslyIllInHospital => "bị bệnh nặng đang điều trị nội trú",
        _ => g.ToString(),
    };

    private static string En(DeferralGround g) => g switch
    {
        DeferralGround.Pregnancy => "pregnancy or maternity leave",
        DeferralGround.RaisingInfantUnder12Months => "raising a child under 12 months",
        DeferralGround.SeriouslyIllInHospital => "serious illness as an in-patient",
        _ => g.ToString(),
    };
}
