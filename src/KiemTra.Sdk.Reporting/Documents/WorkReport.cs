using KiemTra.Sdk.Register;

namespace KiemTra.Sdk.Reporting.Documents;

/// <summary>
/// What the report of the work is made of (<i>báo cáo kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng</i>):
/// the indicator report and the statistics of the same scope and period, both computed from one register, and the
/// early warnings by rule. The <c>.docx</c> report and the <c>.xlsx</c> tables are written from it and from nothing else.
/// </summary>
public sealed class WorkReport
{
    private WorkReport(IndicatorReport indicators, WorkStatistics statistics, IReadOnlyList<WarningTally> warnings)
    {
        Indicators = indicators;
        Statistics = statistics;
        Warnings = warnings;
    }

    /// <summary>The indicators evaluated over the register's projection.</summary>
    public IndicatorReport Indicators { get; }

    /// <summary>The statistics of the work, from the same register.</summary>
    public WorkStatistics Statistics { get; }

    /// <summary>Early warnings by rule (empty when the host evaluated none).</summary>
    public IReadOnlyList<WarningTally> Warnings { get; }

    /// <summary>Puts an indicator report and the statistics of the same scope and period together.</summary>
    /// <param name="indicators">The indicator report.</param>
    /// <param name="statistics">The statistics, computed for the report's scope and period.</param>
    /// <param name="warnings">Early warnings by rule, or null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The statistics are of another scope or period than the indicators.</exception>
    public static WorkReport Create(IndicatorReport indicators, WorkStatistics statistics, IEnumerable<WarningTally>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(statistics);
        if (!string.Equals(statistics.Scope.Value, indicators.Scope, StringComparison.Ordinal) || statistics.Period != indicators.Period)
        {
            throw new ArgumentException($"The statistics are of {statistics.Scope.Value}, {statistics.Period.Code}; the indicators of {indicators.Scope}, {indicators.Period.Code}.", nameof(statistics));
        }

        var list = (warnings ?? []).ToList();
        if (list.Any(w => w is null || w.Count < 0))
        {
            throw new ArgumentException("A warning tally is null or negative.", nameof(warnings));
        }

        return new WorkReport(indicators, statistics, list);
    }
}
