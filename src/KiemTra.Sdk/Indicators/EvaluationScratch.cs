using KiemTra.Sdk.Indicators.Measures;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// What one evaluation call keeps between its indicators: the count arrays, reused for each indicator instead of
/// allocated per indicator, and, for a catalogue, the tallies already made.
/// </summary>
/// <remarks>
/// Several indicators of the built-in catalogues use the same measure for the same units and target (KL34 2022 and 2025
/// restate targets 1–4 and 6; the provincial catalogue repeats "programme issued" and "inspection staff trained"), so
/// over one scope and period their counts and listed units are the same: counting and explaining them once removes six
/// of the 27 measure passes of a term evaluation, among them the heaviest. Only the built-in measures (<see cref="UnitMeasure"/>) are shared, because they are known to read
/// nothing of the indicator but its units and target; a host measure may read anything of it and is always run.
/// </remarks>
internal sealed class EvaluationScratch(bool shareTallies)
{
    private readonly List<(UnitMeasure Measure, IndicatorDefinition Indicator, MeasureTally Tally)> _tallies = [];

    /// <summary>The count arrays of the last indicator counted (null before the first).</summary>
    public MeasureAccumulator? Accumulator { get; set; }

    /// <summary>A tally already made by <paramref name="measure"/> for the same units and target as <paramref name="indicator"/>'s, or null.</summary>
    public MeasureTally? SharedTally(IIndicatorMeasure measure, IndicatorDefinition indicator)
    {
        foreach (var (m, i, tally) in _tallies)
        {
            if (ReferenceEquals(m, measure) && i.Target == indicator.Target && i.AppliesTo.SelectsSameUnitsAs(indicator.AppliesTo))
            {
                return tally;
            }
        }

        return null;
    }

    /// <summary>Keeps the tally for the indicators after this one, when sharing and the measure is a built-in one.</summary>
    public void Keep(IIndicatorMeasure measure, IndicatorDefinition indicator, MeasureTally tally)
    {
        if (shareTallies && measure is UnitMeasure builtIn)
        {
            _tallies.Add((builtIn, indicator, tally));
        }
    }
}
