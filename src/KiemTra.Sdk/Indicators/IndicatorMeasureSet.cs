using System.Collections.Immutable;
using KiemTra.Sdk.Indicators.Measures;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// The measures indicators may name (<i>tập cách đo</i>), by name. <see cref="BuiltIn"/> holds the SDK's; a host
/// adds or replaces measures with <see cref="With"/>.
/// </summary>
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
            new ProgrammeIssuedMeasure(),
            new LocalityAssignmentIssuedMeasure(),
            new LocalityAssignmentAndRegulationIssuedMeasure(),
            new AssignedLocalitiesAttendedMeasure(),
            new DataBasedSupervisionMeasure(),
            new ProceduresProcessedDigitallyMeasure(),
            new DocumentsDigitisedMeasure(),
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

    /// <summary>This set with <paramref name="measure"/> added, replacing a measure of the same name.</summary>
    /// <exception cref="ArgumentException">The measure's name is empty.</exception>
    public IndicatorMeasureSet With(IIndicatorMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentException.ThrowIfNullOrWhiteSpace(measure.Name, nameof(measure));
        return new IndicatorMeasureSet(_measures.SetItem(measure.Name, measure));
    }
}
