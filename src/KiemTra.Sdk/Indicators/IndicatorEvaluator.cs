using System.Collections.Immutable;
using System.Globalization;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Evaluates indicators over a subtree and a period (<i>đánh giá chỉ tiêu</i>): each measure fills
/// per-organisation arrays in one pass over the data, the subtree's sums are one loop over its pre-order range,
/// and only the organisations whose units miss or lack data are explained.
/// </summary>
/// <remarks>
/// Status rules, in order: outside the indicator's validity years → <see cref="IndicatorStatus.NotApplicable"/>;
/// any unit with missing data → <see cref="IndicatorStatus.MissingData"/> (value and verdict withheld); no unit to
/// count → <see cref="IndicatorStatus.NotApplicable"/>; the period is shorter than the indicator's (a year of a term
/// target) or not yet over at the data's extraction date → <see cref="IndicatorStatus.InProgress"/>; otherwise met or
/// not met by the target's comparator, compared exactly.
/// </remarks>
internal sealed class IndicatorEvaluator
{
    /// <summary>The default number of units listed per result in <see cref="IndicatorResult.Misses"/> and <see cref="IndicatorResult.MissingData"/>.</summary>
    public const int DefaultListLimit = IndicatorMeasureSet.DefaultListLimit;

    private readonly IndicatorMeasureSet _measures;
    private readonly int _listLimit;

    private IndicatorEvaluator(IndicatorMeasureSet measures, int listLimit)
    {
        _measures = measures;
        _listLimit = listLimit;
    }

    /// <summary>Creates an evaluator.</summary>
    /// <param name="measures">The measures; <see cref="IndicatorMeasureSet.BuiltIn"/> when null.</param>
    /// <param name="listLimit">How many units to list per result (the counts are always complete); 0 lists none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="listLimit"/> is negative.</exception>
    public static IndicatorEvaluator Create(IndicatorMeasureSet? measures = null, int listLimit = DefaultListLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(listLimit);
        return new IndicatorEvaluator(measures ?? IndicatorMeasureSet.BuiltIn, listLimit);
    }

    /// <summary>
    /// Evaluates every indicator of <paramref name="catalog"/>, in catalogue order, and the gated ratings: one result per
    /// indicator, each with its status and reason — an indicator outside its validity years is returned as
    /// <see cref="IndicatorStatus.NotApplicable"/> saying so, never left out. The ratings are decided by the gating
    /// indicators that apply in the period's years.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is not in the data set.</exception>
    /// <exception cref="KeyNotFoundException">An indicator that applies in the period names a measure this evaluator does not have.</exception>
    public CatalogEvaluation EvaluateAll(IndicatorCatalog catalog, IndicatorDataSet data, OrganizationId scope, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(period);
        var scratch = new EvaluationScratch(shareTallies: true);
        var results = catalog.Indicators
            .Select(i => Evaluate(i, data, scope, period, scratch))
            .ToImmutableArray();
        var root = data.Tree[RequireScope(data, scope)];
        var gating = results.Where(r => r.Indicator.AppliesDuring(period.Start.Year, period.End.Year)).ToImmutableArray();
        return new CatalogEvaluation(root.Id, root.Name, period, data.AsOf, results, Ratings(gating));
    }

    /// <summary>Evaluates one indicator.</summary>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is not in the data set.</exception>
    /// <exception cref="KeyNotFoundException">The indicator names a measure this evaluator does not have.</exception>
    public IndicatorResult Evaluate(IndicatorDefinition indicator, IndicatorDataSet data, OrganizationId scope, ReportingPeriod period)
    {
        return Evaluate(indicator, data, scope, period, new EvaluationScratch(shareTallies: false));
    }

    private IndicatorResult Evaluate(IndicatorDefinition indicator, IndicatorDataSet data, OrganizationId scope, ReportingPeriod period, EvaluationScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        var rootIndex = RequireScope(data, scope);
        var root = data.Tree[rootIndex];
        if (!indicator.AppliesDuring(period.Start.Year, period.End.Year))
        {
            return OutsideYears(indicator, period, root);
        }

        var measure = _measures[indicator.Measure];
        var tally = scratch.SharedTally(measure, indicator);
        if (tally is null)
        {
            tally = Tally(measure, indicator, data, rootIndex, period, scratch);
            scratch.Keep(measure, indicator, tally);
        }

        return Result(indicator, period, data, root, tally.Numerator, tally.Denominator, tally.Units, tally.Missed, tally.Missing, tally.Misses, tally.MissingUnits);
    }

    private static IndicatorResult OutsideYears(IndicatorDefinition indicator, ReportingPeriod period, EvaluationOrganization root)
        => new(indicator, period, root, IndicatorStatus.NotApplicable, 0, 0, null, 0, 0, 0, [], [], LocalizedText.Of(
            $"Chỉ tiêu áp dụng {indicator.ValidFromYear}–{indicator.ValidToYear}, ngoài kỳ {period.Label.Vietnamese}",
            $"The indicator applies {indicator.ValidFromYear}–{indicator.ValidToYear}, outside {period.Label.English}"));

    /// <summary>The status and reason of a subtree's sums, by the rules in the remarks.</summary>
    private static IndicatorResult Result(IndicatorDefinition indicator, ReportingPeriod period, IndicatorDataSet data, EvaluationOrganization root,
        long numerator, long denominator, int units, int missed, int missing, ImmutableArray<UnitFacts> misses, ImmutableArray<UnitFacts> missingUnits)
    {
        var counts = Formatting.TextFormat.Ratio(numerator, denominator);
        var englishCounts = Formatting.TextFormat.EnglishRatio(numerator, denominator);
        var (unitsText, missedText, missingText) = (Formatting.TextFormat.Integer(units), Formatting.TextFormat.Integer(missed), Formatting.TextFormat.Integer(missing));
        var (unitsEnglish, missedEnglish, missingEnglish) = (Formatting.TextFormat.EnglishInteger(units), Formatting.TextFormat.EnglishInteger(missed), Formatting.TextFormat.EnglishInteger(missing));
        IndicatorStatus status;
        decimal? value = null;
        LocalizedText reason;
        if (missing > 0)
        {
            status = IndicatorStatus.MissingData;
            reason = LocalizedText.Of(
                $"Thiếu dữ liệu của {missingText} đơn vị; {unitsText} đơn vị có dữ liệu đạt {counts} — chưa kết luận đạt hay không đạt",
                $"Data missing for {missingEnglish} unit(s); the {unitsEnglish} unit(s) with data count {englishCounts} — no verdict");
        }
        else if (denominator == 0)
        {
            status = IndicatorStatus.NotApplicable;
            reason = LocalizedText.Of(
                $"Không có đơn vị hoặc việc nào để tính trong {root.Name}, {period.Label.Vietnamese}",
                $"Nothing to count in {root.Name} for {period.Label.English}");
        }
        else
        {
            value = indicator.Target.ValueOf(numerator, denominator);
            var met = indicator.Target.IsMetBy(value.Value);
            var shown = IndicatorTarget.FormatText(value.Value, indicator.Target.Unit);
            var target = indicator.Target.Text;
            if (IsPartial(indicator, period, data))
            {
                status = IndicatorStatus.InProgress;
                reason = LocalizedText.Of(
                    $"Đang thực hiện: {counts} = {shown.Vietnamese} (chỉ tiêu {target.Vietnamese}); kỳ {period.Label.Vietnamese} chưa trọn kỳ đánh giá hoặc chưa kết thúc",
                    $"In progress: {englishCounts} = {shown.English} (target {target.English}); {period.Label.English} is shorter than the indicator's period or not over yet");
            }
            else
            {
                status = met ? IndicatorStatus.Met : IndicatorStatus.NotMet;
                reason = met
                    ? LocalizedText.Of($"Đạt: {counts} = {shown.Vietnamese} (chỉ tiêu {target.Vietnamese})", $"Met: {englishCounts} = {shown.English} (target {target.English})")
                    : LocalizedText.Of($"Không đạt: {counts} = {shown.Vietnamese} (chỉ tiêu {target.Vietnamese}); {missedText} đơn vị không đạt", $"Not met: {englishCounts} = {shown.English} (target {target.English}); {missedEnglish} unit(s) miss");
            }
        }

        if (!indicator.Verified)
        {
            reason = LocalizedText.Of(reason.Vietnamese + " [chỉ tiêu chưa kiểm chứng]", reason.English + " [unverified indicator]");
        }

        return new IndicatorResult(indicator, period, root, status, numerator, denominator, value, units, missed, missing, misses, missingUnits, reason);
    }

    /// <summary>Runs the measure over the scope's subtree and sums its counts, then explains the units it can list.</summary>
    private MeasureTally Tally(IIndicatorMeasure measure, IndicatorDefinition indicator, IndicatorDataSet data, int rootIndex, ReportingPeriod period, EvaluationScratch scratch)
    {
        var from = indicator.AppliesTo.SubordinatesOnly ? rootIndex + 1 : rootIndex;
        var to = data.Tree.SubtreeEnd(rootIndex);

        // The measure counts only the scope's subtree: its pre-order range [from, to).
        var acc = scratch.Accumulator = MeasureAccumulator.Reuse(scratch.Accumulator, from, to, indicator.Target);
        var context = new MeasureContext(data, period, indicator, from, to, acc);
        measure.Compute(context);

        long numerator = 0, denominator = 0;
        int units = 0, missed = 0, missing = 0;
        for (var i = 0; i < to - from; i++)
        {
            numerator += acc.Numerator[i];
            denominator += acc.Denominator[i];
            units += acc.Units[i];
            missed += acc.Missed[i];
            missing += acc.Missing[i];
        }

        var misses = ImmutableArray.CreateBuilder<UnitFacts>();
        var missingUnits = ImmutableArray.CreateBuilder<UnitFacts>();
        if (_listLimit > 0 && (missed > 0 || missing > 0))
        {
            for (var i = from; i < to && (misses.Count < _listLimit || missingUnits.Count < _listLimit); i++)
            {
                // Explaining formats a fact per record: only for an organisation that can still add to a list not yet full.
                if (!((acc.Missed[i - from] > 0 && misses.Count < _listLimit) || (acc.Missing[i - from] > 0 && missingUnits.Count < _listLimit)))
                {
                    continue;
                }

                var explained = measure is Measures.UnitMeasure builtIn ? builtIn.ExplainListable(context, i, indicator.Target) : measure.Explain(context, i);
                foreach (var unit in explained)
                {
                    if (unit.DataMissing)
                    {
                        if (missingUnits.Count < _listLimit)
                        {
                            missingUnits.Add(unit);
                        }
                    }
                    else if (unit.Denominator > 0 && !indicator.Target.IsMetBy(unit.Numerator, unit.Denominator) && misses.Count < _listLimit)
                    {
                        misses.Add(unit);
                    }
                }
            }
        }

        return new MeasureTally(numerator, denominator, units, missed, missing, misses.ToImmutable(), missingUnits.ToImmutable());
    }

    /// <summary>
    /// One indicator's result for the subtree of each organisation directly under <paramref name="scope"/>, from a single
    /// pass of the measure over the scope: the "coverage by organisation" view of a report. Each result is the child's
    /// share of the scope's evaluation (its whole subtree, the child included), with the status and reason
    /// <see cref="Evaluate(IndicatorDefinition, IndicatorDataSet, OrganizationId, ReportingPeriod)"/> gives by the same rules; the counts are complete, and no unit is listed
    /// (<see cref="IndicatorResult.Misses"/> and <see cref="IndicatorResult.MissingData"/> are empty).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is not in the data set.</exception>
    /// <exception cref="KeyNotFoundException">The indicator names a measure this evaluator does not have.</exception>
    public ImmutableArray<IndicatorResult> Breakdown(IndicatorDefinition indicator, IndicatorDataSet data, OrganizationId scope, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        var rootIndex = RequireScope(data, scope);
        var end = data.Tree.SubtreeEnd(rootIndex);
        var rows = ImmutableArray.CreateBuilder<IndicatorResult>();
        if (!indicator.AppliesDuring(period.Start.Year, period.End.Year))
        {
            for (var child = rootIndex + 1; child < end; child = data.Tree.SubtreeEnd(child))
            {
                rows.Add(OutsideYears(indicator, period, data.Tree[child]));
            }

            return rows.ToImmutable();
        }

        var measure = _measures[indicator.Measure];
        var acc = new MeasureAccumulator(rootIndex, end, indicator.Target);
        measure.Compute(new MeasureContext(data, period, indicator, rootIndex, end, acc));
        for (var child = rootIndex + 1; child < end; child = data.Tree.SubtreeEnd(child))
        {
            long n = 0, d = 0;
            int units = 0, missing = 0, missed = 0;
            for (var i = child - rootIndex; i < data.Tree.SubtreeEnd(child) - rootIndex; i++)
            {
                n += acc.Numerator[i];
                d += acc.Denominator[i];
                units += acc.Units[i];
                missing += acc.Missing[i];
                missed += acc.Missed[i];
            }

            rows.Add(Result(indicator, period, data, data.Tree[child], n, d, units, missed, missing, [], []));
        }

        return rows.ToImmutable();
    }

    private static bool IsPartial(IndicatorDefinition indicator, ReportingPeriod period, IndicatorDataSet data)
    {
        if (data.AsOf < period.End)
        {
            return true;
        }

        var days = period.End.DayOfYear - period.Start.DayOfYear + ((period.End.Year - period.Start.Year) * 365);
        return indicator.PeriodKind switch
        {
            ReportingPeriodKind.Year => period.Kind == ReportingPeriodKind.Quarter || (period.Kind == ReportingPeriodKind.Custom && days < 364),
            ReportingPeriodKind.Term => period.Kind is ReportingPeriodKind.Quarter or ReportingPeriodKind.Year or ReportingPeriodKind.MidTermReview
                || (period.Kind == ReportingPeriodKind.Custom && days < (ReportingPeriod.TermLengthYears * 365) - 1),
            _ => false,
        };
    }

    private static ImmutableArray<RatingOutcome> Ratings(ImmutableArray<IndicatorResult> results)
    {
        var gates = new List<(RatingGate Gate, List<IndicatorResult> Results)>();
        foreach (var r in results)
        {
            foreach (var g in r.Indicator.Gates)
            {
                var entry = gates.FindIndex(x => x.Gate.RatingCode == g.RatingCode);
                if (entry < 0)
                {
                    gates.Add((g, [r]));
                }
                else
                {
                    gates[entry].Results.Add(r);
                }
            }
        }

        return gates.Select(g =>
        {
            var blocking = g.Results.Where(r => r.Status == IndicatorStatus.NotMet).Select(r => r.Indicator.Code).ToImmutableArray();
            var open = g.Results.Where(r => r.Status is not (IndicatorStatus.Met or IndicatorStatus.NotMet)).Select(r => r.Indicator.Code).ToImmutableArray();
            return new RatingOutcome(g.Gate, blocking, open);
        }).ToImmutableArray();
    }

    private static int RequireScope(IndicatorDataSet data, OrganizationId scope)
    {
        var index = data.Tree.IndexOf(scope);
        if (index < 0)
        {
            throw new ArgumentException($"The scope '{scope}' is not an organisation of the data set.", nameof(scope));
        }

        return index;
    }
}
