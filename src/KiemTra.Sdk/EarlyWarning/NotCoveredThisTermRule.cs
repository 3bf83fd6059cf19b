using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.EarlyWarning;

/// <summary>
/// Organisations not yet inspected or supervised in the current term (<i>chưa được kiểm tra, giám sát trong nhiệm kỳ</i>):
/// every subordinate organisation is to be covered at least once per term (KL 34 targets).
/// An organisation is covered when a supervision or inspection of it concluded since the term began — the same rule as the
/// coverage indicator (<c>subordinates-covered</c>).
/// </summary>
internal sealed class NotCoveredThisTermRule : IEarlyWarningRule
{
    private NotCoveredThisTermRule(RuleCitation? target) => Target = target;

    /// <summary>The coverage target cited in findings, if the host supplies one.</summary>
    public RuleCitation? Target { get; }

    /// <inheritdoc />
    public string Code => "EW-NOT-COVERED-IN-TERM";

    /// <inheritdoc />
    public FindingSeverity Severity => FindingSeverity.Information;

    /// <inheritdoc />
    public LocalizedText Description => LocalizedText.Of("Tổ chức chưa được kiểm tra, giám sát trong nhiệm kỳ", "Organisations not covered in the current term");

    /// <summary>Creates the rule.</summary>
    /// <param name="target">The coverage target to cite, or null.</param>
    public static NotCoveredThisTermRule Create(RuleCitation? target) => new(target);

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(EarlyWarningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // One rule of coverage for warnings and indicators alike (KL34 target 4): a case covers its organisation subjects on
        // the day of its concluding meeting.
        var covered = Register.CaseOutcomes.CoveredBetween(context.Cases, context.TermStart, context.Today);
        foreach (var organization in context.Organizations.Distinct().Order().Where(o => !covered.Contains(o)))
        {
            yield return Finding.Create(Code, Severity, organization.Value, LocalizedText.Of(
                $"{organization} chưa được kiểm tra, giám sát lần nào từ đầu nhiệm kỳ ({KiemTra.Sdk.Formatting.TextFormat.Date(context.TermStart)}).",
                $"{organization} has not been inspected or supervised since the term began ({KiemTra.Sdk.Formatting.TextFormat.IsoDate(context.TermStart)})."), Target);
        }
    }
}
