using System.Collections.Immutable;
using KiemTra.Sdk.Indicators.Measures;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// The measures indicators may name (<i>tập cách đo</i>), by name, and the evaluation of indicators with them
/// (<i>đánh giá chỉ tiêu</i>). <see cref="BuiltIn"/> holds the SDK's; a host adds or replaces measures with <see cref="With"/>.
/// </summary>
/// <remarks>
/// Evaluating: each measure fills per-organisation arrays in one pass over the data, the subtree's sums are one loop over
/// its pre-order range, and only the organisations whose units miss or lack data are explained. Status rules, in order:
/// outside the indicator's validity years → <see cref="IndicatorStatus.NotApplicable"/>; any unit with missing data →
/// <see cref="IndicatorStatus.MissingData"/> (value and verdict withheld); no unit to count →
/// <see cref="IndicatorStatus.NotApplicable"/>; the period is shorter than the indicator's (a year of a term target) or not
/// yet over at the data's extraction date → <see cref="IndicatorStatus.InProgress"/>; otherwise met or not met by the
/// target's comparator, compared exactly.
/// </remarks>
public sealed class IndicatorMeasureSet
{
    private static readonly Lazy<IndicatorMeasureSet> BuiltInSet = new(() => new IndicatorMeasureSet(
        new IIndicatorMeasure[]
        {
            new DirectivesDisseminatedMeasure(),
            new PlanItemsCompletedMeasure(),
            new SubordinatesCoveredMeasure(),
            new CommissionRegularSupervisionMeasure(),
            new InspectionStaffTrainedMeasure(),
            new InspectionStaffMeetingStandardsMeasure(),
            ConclusionsCompletedMeasure.OnTime(),
            ConclusionsCompletedMeasure.ByPeriodEnd(),
            new ProgramIssuedMeasure(),
            new LocalityAssignmentIssuedMeasure(),
            new LocalityAssignmentAndRegulationIssuedMeasure(),
            new AssignedLocalitiesAttendedMeasure(),
            new DataBasedSupervisionMeasure(),
            new ProceduresProcessedDigitallyMeasure(),
            new DocumentsDigitizedMeasure(),
            new MeetingsWithinLengthLimitMeasure(MeetingLengthLimits.BuiltIn),
            new TasksFullySpecifiedMeasure(),
        }.ToImmutableDictionary(m => m.Name, StringComparer.Ordinal)));

    private readonly ImmutableDictionary<string, IIndicatorMeasure> _measures;

    private IndicatorMeasureSet(ImmutableDictionary<string, IIndicatorMeasure> measures) => _measures = measures;

    /// <summary>The SDK's measures.</summary>
    public static IndicatorMeasureSet BuiltIn => BuiltInSet.Value;

    /// <summary>The names of the measures, sorted.</summary>
    public IEnumerable<string> Names => _measures.Keys.Order(StringComparer.Ordinal);

    /// <summary>The measure named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No measure has that name; the message names it.</exception>
    public IIndicatorMeasure this[string name]
        => _measures.TryGetValue(name, out var m) ? m : throw new KeyNotFoundException($"No measure is named '{name}'.");

    /// <summary>Whether a measure is named <paramref name="name"/>.</summary>
    public bool Contains(string name) => name is not null && _measures.ContainsKey(name);

    /// <summary>The default number of units listed per result in <see cref="IndicatorResult.Misses"/> and <see cref="IndicatorResult.MissingData"/>.</summary>
    public const int DefaultListLimit = 100;

    /// <summary>
    /// Evaluates every indicator of <paramref name="catalog"/> with these measures, in catalogue order, and the gated
    /// ratings: one result per indicator, each with its status and reason — an indicator outside its validity years is
    /// returned as <see cref="IndicatorStatus.NotApplicable"/> saying so, never left out. The ratings are decided by the
    /// gating indicators that apply in the period's years.
    /// </summary>
    /// <param name="catalog">The indicators.</param>
    /// <param name="data">The data set.</param>
    /// <param name="scope">The root of the evaluated subtree.</param>
    /// <param name="period">The period.</param>
    /// <param name="listLimit">How many units to list per result (the counts are always complete); 0 lists none.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="listLimit"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is not in the data set.</exception>
    /// <exception cref="KeyNotFoundException">An indicator that applies in the period names a measure this set does not have.</exception>
    public CatalogEvaluation EvaluateAll(IndicatorCatalog catalog, IndicatorDataSet data, OrganizationId scope, ReportingPeriod period, int listLimit = DefaultListLimit)
        => IndicatorEvaluator.Create(this, listLimit).EvaluateAll(catalog, data, scope, period);

    /// <summary>Evaluates one indicator with these measures (the rules in the remarks).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="data">The data set.</param>
    /// <param name="scope">The root of the evaluated subtree.</param>
    /// <param name="period">The period.</param>
    /// <param name="listLimit">How many units to list (the counts are always complete); 0 lists none.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="listLimit"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is not in the data set.</exception>
    /// <exception cref="KeyNotFoundException">The indicator names a measure this set does not have.</exception>
    public IndicatorResult Evaluate(IndicatorDefinition indicator, IndicatorDataSet data, OrganizationId scope, ReportingPeriod period, int listLimit = DefaultListLimit)
        => IndicatorEvaluator.Create(this, listLimit).Evaluate(indicator, data, scope, period);

    /// <summary>
    /// One indicator's result for the subtree of each organisation directly under <paramref name="scope"/>, from a single
    /// pass of the measure over the scope: the "coverage by organisation" view of a report. Each result is the child's
    /// share of the scope's evaluation (its whole subtree, the child included), with the status and reason
    /// <see cref="Evaluate"/> gives by the same rules; the counts are complete, and no unit is listed.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="data">The data set.</param>
    /// <param name="scope">The organisation whose children are evaluated.</param>
    /// <param name="period">The period.</param>
    /// <returns>One result per child, in tree order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is not in the data set.</exception>
    /// <exception cref="KeyNotFoundException">The indicator names a measure this set does not have.</exception>
    public ImmutableArray<IndicatorResult> Breakdown(IndicatorDefinition indicator, IndicatorDataSet data, OrganizationId scope, ReportingPeriod period)
        => IndicatorEvaluator.Create(this, 0).Breakdown(indicator, data, scope, period);

    /// <summary>This set with <paramref name="measure"/> added, replacing a measure of the same name.</summary>
    /// <exception cref="ArgumentException">The measure's name is empty.</exception>
    public IndicatorMeasureSet With(IIndicatorMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentException.ThrowIfNullOrWhiteSpace(measure.Name, nameof(measure));
        return new IndicatorMeasureSet(_measures.SetItem(measure.Name, measure));
    }
}
