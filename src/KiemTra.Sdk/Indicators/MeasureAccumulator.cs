namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Per-organisation counts of one indicator (<i>bảng cộng dồn</i>), filled through <see cref="MeasureContext.AddUnit"/> and <see cref="MeasureContext.AddMissing"/>: numerator, denominator, units, units that
/// miss the target, and units with missing data, in arrays indexed by organisation.
/// </summary>
/// <remarks>
/// The arrays cover only the subtree being evaluated (its pre-order range; they may be longer, from an earlier use), so
/// evaluating one province of a national data set clears the province's counts, not the country's.
/// </remarks>
internal sealed class MeasureAccumulator
{
    private IndicatorTarget _target;
    private int _start;
    private int _length;

    internal MeasureAccumulator(int organizationCount, IndicatorTarget target)
        : this(0, organizationCount, target)
    {
    }

    internal MeasureAccumulator(int start, int end, IndicatorTarget target)
    {
        _target = target;
        _start = start;
        _length = end - start;
        Numerator = new long[_length];
        Denominator = new long[_length];
        Units = new int[_length];
        Missed = new int[_length];
        Missing = new int[_length];
    }

    /// <summary>
    /// This accumulator cleared for another indicator over [<paramref name="start"/>, <paramref name="end"/>) when its
    /// arrays are large enough, else a new one: a catalogue evaluation reuses one set of arrays for all its indicators
    /// instead of allocating five per indicator (a quarter of a gigabyte per national evaluation).
    /// </summary>
    internal static MeasureAccumulator Reuse(MeasureAccumulator? previous, int start, int end, IndicatorTarget target)
    {
        if (previous is null || previous.Units.Length < end - start)
        {
            return new MeasureAccumulator(start, end, target);
        }

        previous._target = target;
        previous._start = start;
        previous._length = end - start;
        Array.Clear(previous.Numerator, 0, previous._length);
        Array.Clear(previous.Denominator, 0, previous._length);
        Array.Clear(previous.Units, 0, previous._length);
        Array.Clear(previous.Missed, 0, previous._length);
        Array.Clear(previous.Missing, 0, previous._length);
        return previous;
    }

    /// <summary>The first organisation index counted; the arrays are indexed from it (<c>Numerator[index - Start]</c>).</summary>
    internal int Start => _start;

    internal long[] Numerator { get; }

    internal long[] Denominator { get; }

    internal int[] Units { get; }

    internal int[] Missed { get; }

    internal int[] Missing { get; }

    /// <summary>
    /// Adds one unit of the organisation at <paramref name="organizationIndex"/>. A unit with a zero denominator has nothing
    /// to count and is left out, and so is a unit of an organisation outside the subtree being evaluated (it is in no sum).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the numerator exceeds the denominator.</exception>
    public void AddUnit(int organizationIndex, long numerator, long denominator)
    {
        if (numerator < 0 || denominator < 0 || numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, $"A unit counts 0 ≤ numerator ≤ denominator; got {numerator}/{denominator}.");
        }

        var i = organizationIndex - _start;
        if (denominator == 0 || (uint)i >= (uint)_length)
        {
            return;
        }

        Numerator[i] += numerator;
        Denominator[i] += denominator;
        Units[i]++;
        if (!_target.IsMetBy(numerator, denominator))
        {
            Missed[i]++;
        }
    }

    /// <summary>
    /// Records a unit of the organisation at <paramref name="organizationIndex"/> whose data is missing: neither a pass nor a
    /// fail. A unit outside the subtree being evaluated is left out.
    /// </summary>
    public void AddMissing(int organizationIndex)
    {
        var i = organizationIndex - _start;
        if ((uint)i < (uint)_length)
        {
            Missing[i]++;
        }
    }
}
