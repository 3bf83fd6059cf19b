using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.EarlyWarning;

namespace KiemTra.Sdk.Reporting.Documents;

/// <summary>
/// How many early warnings one rule raised (<i>số cảnh báo sớm theo loại</i>): a count, never the subjects, so a
/// report cannot name a member denounced in a case that is not concluded.
/// </summary>
/// <param name="Code">The rule's code.</param>
/// <param name="Rule">What the rule looks for.</param>
/// <param name="Count">Findings raised.</param>
public sealed record WarningTally(string Code, LocalizedText Rule, int Count)
{
    /// <summary>One tally per rule (rules without findings included, in the engine's order).</summary>
    /// <param name="rules">The rules evaluated (<see cref="EarlyWarningEngine.Rules"/>).</param>
    /// <param name="findings">Their findings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<WarningTally> From(IEnumerable<IEarlyWarningRule> rules, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(findings);
        var counts = findings.GroupBy(f => f.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. rules.Select(r => new WarningTally(r.Code, r.Description, counts.GetValueOrDefault(r.Code)))];
    }
}
