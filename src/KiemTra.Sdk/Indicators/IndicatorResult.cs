using System.Collections.Immutable;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// The evaluation of one indicator over one subtree and period (<i>kết quả đánh giá chỉ tiêu</i>): numerator,
/// denominator, value, target, met or not, the units that miss and those whose data is missing, and why.
/// </summary>
/// <remarks>
/// Missing data is never a pass or a fail: when any unit lacks data the status is
/// <see cref="IndicatorStatus.MissingData"/>, <see cref="Value"/> and <see cref="Met"/> are null, and the numerator
/// and denominator count only the units with data.
/// </remarks>
public sealed class IndicatorResult
{
    internal IndicatorResult(
        IndicatorDefinition indicator,
        ReportingPeriod period,
        EvaluationOrganization scope,
        IndicatorStatus status,
        long numerator,
        long denominator,
        decimal? value,
        int unitsCounted,
        int unitsMissed,
        int unitsMissingData,
        ImmutableArray<UnitFacts> misses,
        ImmutableArray<UnitFacts> missingData,
        LocalizedText reason)
    {
        Indicator = indicator;
        Period = period;
        Scope = scope.Id;
        ScopeName = scope.Name;
        Status = status;
        Numerator = numerator;
        Denominator = denominator;
        Value = value;
        UnitsCounted = unitsCounted;
        UnitsMissed = unitsMissed;
        UnitsMissingData = unitsMissingData;
        Misses = misses;
        MissingData = missingData;
        Reason = reason;
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The period evaluated.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The root of the evaluated subtree.</summary>
    public OrganizationId Scope { get; }

    /// <summary>The name of the root of the evaluated subtree.</summary>
    public string ScopeName { get; }

    /// <summary>The outcome.</summary>
    public IndicatorStatus Status { get; }

    /// <summary>The sum of the units' numerators (units with data only).</summary>
    public long Numerator { get; }

    /// <summary>The sum of the units' denominators (units with data only).</summary>
    public long Denominator { get; }

    /// <summary>The value in the target's unit, or null when data is missing or nothing applies.</summary>
    public decimal? Value { get; }

    /// <summary>The target.</summary>
    public IndicatorTarget Target => Indicator.Target;

    /// <summary>True when met, false when missed, null when data is missing, the period is partial or nothing applies.</summary>
    public bool? Met => Status switch
    {
        IndicatorStatus.Met => true,
        IndicatorStatus.NotMet => false,
        _ => null,
    };

    /// <summary>The units counted (with data and something to count).</summary>
    public int UnitsCounted { get; }

    /// <summary>How many counted units miss the target on their own.</summary>
    public int UnitsMissed { get; }

    /// <summary>How many units have missing data.</summary>
    public int UnitsMissingData { get; }

    /// <summary>The units that miss the target, with the facts behind their counts (at most the evaluation's list limit; see <see cref="UnitsMissed"/> for all).</summary>
    public ImmutableArray<UnitFacts> Misses { get; }

    /// <summary>The units whose data is missing (at most the evaluation's list limit; see <see cref="UnitsMissingData"/> for all).</summary>
    public ImmutableArray<UnitFacts> MissingData { get; }

    /// <summary>Why the status is what it is, naming the numbers.</summary>
    public LocalizedText Reason { get; }

    /// <summary>Returns "CODE Status n/d".</summary>
    public override string ToString() => $"{Indicator.Code} {Status} {Numerator}/{Denominator}";
}
