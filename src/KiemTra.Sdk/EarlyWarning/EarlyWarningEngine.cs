using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.EarlyWarning;

/// <summary>
/// Runs a set of early-warning rules (<i>cảnh báo sớm</i>) and returns their findings, most severe first. The rules
/// are pluggable: start from <see cref="BuiltInRules"/> and add the host's own.
/// </summary>
public sealed class EarlyWarningEngine
{
    private readonly IEarlyWarningRule[] _rules;

    private EarlyWarningEngine(IEarlyWarningRule[] rules) => _rules = rules;

    /// <summary>The rules, in the order given.</summary>
    public IReadOnlyList<IEarlyWarningRule> Rules => _rules;

    /// <summary>Creates an engine.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two rules share a code.</exception>
    public static EarlyWarningEngine Create(IEnumerable<IEarlyWarningRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToArray();
        foreach (var rule in list)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
        }

        var repeated = list.GroupBy(r => r.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Two early-warning rules share the code '{repeated.Key}'.", nameof(rules));
        }

        return new EarlyWarningEngine(list);
    }

    /// <summary>Evaluates every rule: findings ordered by severity (errors first), then code, then subject.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A rule returned a finding with another rule's code.</exception>
    public IReadOnlyList<Finding> Evaluate(EarlyWarningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        foreach (var rule in _rules)
        {
            foreach (var finding in rule.Evaluate(context))
            {
                if (finding.Code != rule.Code)
                {
                    throw new InvalidOperationException($"Early-warning rule '{rule.Code}' returned a finding with code '{finding.Code}'.");
                }

                findings.Add(finding);
            }
        }

        return findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.SubjectId, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// The five built-in rules, with the parameters a host chooses: overdue conclusions, repeated denunciations, high-risk fields without supervision,
    /// organisations not covered this term, and personnel actions while discipline is in effect.
    /// </summary>
    /// <param name="discipline">The discipline rules in force (what a decision in effect forbids, and for how long).</param>
    /// <param name="catalogs">The catalogues (high-risk fields).</param>
    /// <param name="overdueEscalationDays">Days overdue after which an overdue conclusion is an error.</param>
    /// <param name="denunciationThreshold">Letters about one subject within <paramref name="denunciationWindow"/> that raise a warning.</param>
    /// <param name="denunciationWindow">The look-back window for denunciations.</param>
    /// <param name="highRiskLookBack">How far back a case counts as covering a high-risk organisation.</param>
    /// <param name="coverageTarget">The coverage target to cite, or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public static IReadOnlyList<IEarlyWarningRule> BuiltInRules(
        DisciplineRules discipline,
        OversightCatalogs catalogs,
        int overdueEscalationDays,
        int denunciationThreshold,
        Period denunciationWindow,
        Period highRiskLookBack,
        RuleCitation? coverageTarget)
    {
        // Guarded here so that the error names this method's parameter, not an inner rule factory's.
        ArgumentNullException.ThrowIfNull(discipline);
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentNullException.ThrowIfNull(denunciationWindow);
        ArgumentNullException.ThrowIfNull(highRiskLookBack);
        ArgumentOutOfRangeException.ThrowIfNegative(overdueEscalationDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(denunciationThreshold, 2);
        return
        [
            OverdueConclusionsRule.Create(overdueEscalationDays),
            RepeatedDenunciationsRule.Create(denunciationThreshold, denunciationWindow),
            HighRiskFieldWithoutSupervisionRule.Create(highRiskLookBack, catalogs),
            NotCoveredThisTermRule.Create(coverageTarget),
            AppointedWhileDisciplinedRule.Create(discipline.EffectPolicy),
        ];
    }
}
