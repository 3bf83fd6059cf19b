namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Per-organisation counts of one indicator (<i>bảng cộng dồn</i>): numerator, denominator, units, units that
/// miss the target, and units with missing data, in arrays indexed by organisation.
/// </summary>
public sealed class MeasureAccumulator
{
    private readonly IndicatorTarget _target;

    internal MeasureAccumulator(int organizationCount, IndicatorTarget target)
    {
        _target = target;
        Numerator = new long[organizationCount];
        Denominator = new long[organizationCount];
        Units = new int[organizationCount];
        Missed = new int[organizationCount];
        Missing = new int[organizationCount];
    }

    internal long[] Numerator { get; }

    internal long[] Denominator { get; }

    internal int[] Units { get; }

    internal int[] Missed { get; }

    internal int[] Missing { get; }

    /// <summary>Adds one unit of the organisation at <paramref name="organizationIndex"/>. A unit with a zero denominator has nothing to count and is left out.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the numerator exceeds the denominator.</exception>
    public void AddUnit(int organizationIndex, long numerator, long denominator)
    {
        if (numerator < 0 || denominator < 0 || numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, $"A unit counts 0 ≤ numerator ≤ denominator; got {numerator}/{denominator}.");
        }

        if (denominator == 0)
        {
            return;
        }

        Numerator[organizationIndex] += numerator;
        Denominator[organizationIndex] += denominator;
        Units[organizationIndex]++;
        if (!_target.IsMetBy(numerator, denominator))
        {
            Missed[organizationIndex]++;
        }
    }

    /// <summary>Records a unit of the organisation at <paramref name="organizationIndex"/> whose data is missing: neither a pass nor a fail.</summary>
    public void AddMissing(int organizationIndex) => Missing[organizationIndex]++;
}
