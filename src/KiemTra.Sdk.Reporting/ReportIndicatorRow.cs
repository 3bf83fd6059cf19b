using System.Collections.Immutable;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Reporting;

/// <summary>One indicator in a published report (<i>dòng chỉ tiêu trong báo cáo</i>).</summary>
/// <param name="Code">The indicator code.</param>
/// <param name="Text">The indicator as written.</param>
/// <param name="Status">The outcome.</param>
/// <param name="Numerator">The numerator (units with data only).</param>
/// <param name="Denominator">The denominator (units with data only).</param>
/// <param name="Value">The value, or null when data is missing or nothing applies.</param>
/// <param name="Target">The target.</param>
/// <param name="Met">Met, missed, or null (no verdict).</param>
/// <param name="UnitsCounted">Units counted.</param>
/// <param name="UnitsMissed">Units that miss the target.</param>
/// <param name="UnitsMissingData">Units whose data is missing.</param>
/// <param name="Source">Where the indicator comes from.</param>
/// <param name="Verified">Whether the indicator was read as stated in its source.</param>
/// <param name="Reason">Why the status is what it is.</param>
/// <param name="Misses">The units that miss (possibly fewer than <paramref name="UnitsMissed"/>, see the evaluator's list limit).</param>
/// <param name="MissingData">The units whose data is missing (possibly fewer than <paramref name="UnitsMissingData"/>).</param>
public sealed record ReportIndicatorRow(
    string Code,
    LocalizedText Text,
    IndicatorStatus Status,
    long Numerator,
    long Denominator,
    decimal? Value,
    IndicatorTarget Target,
    bool? Met,
    int UnitsCounted,
    int UnitsMissed,
    int UnitsMissingData,
    RuleCitation Source,
    bool Verified,
    LocalizedText Reason,
    ImmutableArray<ReportUnit> Misses,
    ImmutableArray<ReportUnit> MissingData);
