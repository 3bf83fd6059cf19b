using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.EarlyWarning;

/// <summary>The built-in early-warning rules, with the parameters a host chooses.</summary>
public static class EarlyWarningRules
{
    /// <summary>
    /// The five built-in rules: overdue conclusions, repeated denunciations, high-risk fields without supervision,
    /// organisations not covered this term, and personnel actions while discipline is in effect.
    /// </summary>
    /// <param name="discipline">The discipline rules in force (what a decision in effect forbids, and for how long).</param>
    /// <param name="catalogues">The catalogues (high-risk fields).</param>
    /// <param name="overdueEscalationDays">Days overdue after which an overdue conclusion is an error.</param>
    /// <param name="denunciationThreshold">Letters about one subject within <paramref name="denunciationWindow"/> that raise a warning.</param>
    /// <param name="denunciationWindow">The look-back window for denunciations.</param>
    /// <param name="highRiskLookBack">How far back a case counts as covering a high-risk organisation.</param>
    /// <param name="coverageTarget">The coverage target to cite, or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public static IReadOnlyList<IEarlyWarningRule> BuiltIn(
        DisciplineRules discipline,
        OversightCatalogues catalogues,
        int overdueEscalationDays,
        int denunciationThreshold,
        Period denunciationWindow,
        Period highRiskLookBack,
        RuleCitation? coverageTarget)
    {
        // Guarded here so that the error names this method's parameter, not an inner rule factory's.
        ArgumentNullException.ThrowIfNull(discipline);
        ArgumentNullException.ThrowIfNull(catalogues);
        ArgumentNullException.ThrowIfNull(denunciationWindow);
        ArgumentNullException.ThrowIfNull(highRiskLookBack);
        return
        [
            OverdueConclusionsRule.Create(overdueEscalationDays),
            RepeatedDenunciationsRule.Create(denunciationThreshold, denunciationWindow),
            HighRiskFieldWithoutSupervisionRule.Create(highRiskLookBack, catalogues),
            NotCoveredThisTermRule.Create(coverageTarget),
            AppointedWhileDisciplinedRule.Create(discipline.EffectPolicy),
        ];
    }
}
