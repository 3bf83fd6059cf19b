using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using NodaTime;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// What a measure reads and where it counts (<i>ngữ cảnh đo</i>): the data set, the period, the indicator and its units;
/// <see cref="AddUnit"/> and <see cref="AddMissing"/> take the counts.
/// </summary>
public sealed class MeasureContext
{
    private readonly ulong _yearMask;
    private readonly int _startKey;
    private readonly int _endKey;
    private readonly MeasureAccumulator _counts;

    internal MeasureContext(IndicatorDataSet data, ReportingPeriod period, IndicatorDefinition indicator, MeasureAccumulator counts)
        : this(data, period, indicator, 0, data.Tree.Count, counts)
    {
    }

    internal MeasureContext(IndicatorDataSet data, ReportingPeriod period, IndicatorDefinition indicator, int scopeStart, int scopeEnd, MeasureAccumulator counts)
    {
        _counts = counts;
        ScopeStart = scopeStart;
        ScopeEnd = scopeEnd;
        Data = data;
        Period = period;
        Indicator = indicator;
        WindowEnd = period.End < data.AsOf ? period.End : data.AsOf;
        _startKey = IsoKey(WindowStart);
        _endKey = IsoKey(WindowEnd);
        _yearMask = WindowEnd < period.Start ? 0UL : IndicatorDataSet.YearMask(period.Start.Year, WindowEnd.Year);
    }

    /// <summary>The data set.</summary>
    public IndicatorDataSet Data { get; }

    /// <summary>
    /// The first organisation index whose units are summed (<i>phạm vi đánh giá</i>): the evaluated subtree's pre-order
    /// range is [<see cref="ScopeStart"/>, <see cref="ScopeEnd"/>). A measure counts only there, because units outside it
    /// are in no sum; with <see cref="IndicatorDataSet.OfKind"/> it visits only the organisations of the kinds it counts.
    /// </summary>
    public int ScopeStart { get; }

    /// <summary>One past the last organisation index whose units are summed (see <see cref="ScopeStart"/>).</summary>
    public int ScopeEnd { get; }

    /// <summary>The period evaluated.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The indicator evaluated.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The first day counted: the period's start.</summary>
    public LocalDate WindowStart => Period.Start;

    /// <summary>The last day counted: the period's end, or the data's extraction date when that is earlier.</summary>
    public LocalDate WindowEnd { get; }

    /// <summary>Whether <paramref name="date"/> falls between <see cref="WindowStart"/> and <see cref="WindowEnd"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar (as NodaTime's comparison).</exception>
    public bool InWindow(LocalDate date)
    {
        // Measures ask this once or twice per record: an ISO date is compared as one packed integer rather than through
        // NodaTime's calendar-checked comparison; any other calendar goes the checked way (and is refused there).
        if (_startKey < 0 || _endKey < 0 || date.Calendar != CalendarSystem.Iso)
        {
            return date >= WindowStart && date <= WindowEnd;
        }

        var key = IsoKey(date);
        return key >= _startKey && key <= _endKey;
    }

    /// <summary>Whether <paramref name="date"/> is on or before <see cref="WindowEnd"/> (the packed comparison of <see cref="InWindow(LocalDate)"/>).</summary>
    internal bool OnOrBeforeWindowEnd(LocalDate date)
        => _endKey < 0 || date.Calendar != CalendarSystem.Iso ? date <= WindowEnd : IsoKey(date) <= _endKey;

    /// <summary>Whether <paramref name="date"/> is before <see cref="WindowStart"/> (the packed comparison of <see cref="InWindow(LocalDate)"/>).</summary>
    internal bool BeforeWindowStart(LocalDate date)
        => _startKey < 0 || date.Calendar != CalendarSystem.Iso ? date < WindowStart : IsoKey(date) < _startKey;

    /// <summary>An ISO date's year, month and day packed in order (day in 5 bits, month in 4); -1 for another calendar or a year before 1.</summary>
    private static int IsoKey(LocalDate date) => date.Calendar != CalendarSystem.Iso || date.Year < 1 ? -1 : (date.Year << 9) | (date.Month << 5) | date.Day;

    /// <summary>Whether <paramref name="year"/> is a year of the window.</summary>
    public bool InWindow(int year) => year >= WindowStart.Year && year <= WindowEnd.Year;

    /// <summary>The body kind whose bodies are the units, or null when organisations are.</summary>
    public BodyKind? UnitBody => Indicator.AppliesTo.Body;

    /// <summary>Whether the organisation at <paramref name="index"/> is (or holds) a unit of the indicator: its kind applies and, for body units, it has such a body.</summary>
    public bool IsUnitOrganization(int index)
    {
        var tree = Data.Tree;
        if (!Indicator.AppliesTo.Includes(tree.KindOf(index)))
        {
            return false;
        }

        if (Indicator.AppliesTo.Body is null)
        {
            return true;
        }

        var (start, end) = tree.BodiesOf(index);
        for (var b = start; b < end; b++)
        {
            if (IsUnitBody(b))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the body at <paramref name="bodyIndex"/> is a unit of the indicator (its kind, and not an excluded advisory agency).</summary>
    public bool IsUnitBody(int bodyIndex) => Indicator.AppliesTo.CountsBody(Data.Tree.Body(bodyIndex));

    /// <summary>Whether the organisation at <paramref name="index"/> reported <paramref name="kind"/> for every year of the window.</summary>
    public bool HasData(int index, RecordKind kind) => Data.HasReportedAll(index, kind, _yearMask);

    /// <summary>
    /// Counts one unit of the organisation at <paramref name="organizationIndex"/> (from <see cref="IIndicatorMeasure.Compute"/>).
    /// A unit with a zero denominator has nothing to count and is left out, and so is a unit of an organisation outside
    /// [<see cref="ScopeStart"/>, <see cref="ScopeEnd"/>) (it is in no sum).
    /// </summary>
    /// <param name="organizationIndex">The index in the tree of the organisation that holds the unit.</param>
    /// <param name="numerator">What counted for the unit.</param>
    /// <param name="denominator">What could have counted.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the numerator exceeds the denominator.</exception>
    public void AddUnit(int organizationIndex, long numerator, long denominator) => _counts.AddUnit(organizationIndex, numerator, denominator);

    /// <summary>
    /// Counts a unit of the organisation at <paramref name="organizationIndex"/> whose data is missing: neither a pass nor a
    /// fail (from <see cref="IIndicatorMeasure.Compute"/>). A unit outside [<see cref="ScopeStart"/>, <see cref="ScopeEnd"/>) is left out.
    /// </summary>
    /// <param name="organizationIndex">The index in the tree of the organisation that holds the unit.</param>
    public void AddMissing(int organizationIndex) => _counts.AddMissing(organizationIndex);

    /// <summary>A unit's facts for the organisation itself.</summary>
    public UnitFacts OrganizationUnit(int index, long numerator, long denominator, bool missing, IEnumerable<FactItem> facts)
    {
        var o = Data.Tree[index];
        return new UnitFacts(o.Id.Value, o.Name, o.Id, null, numerator, denominator, missing, [.. facts]);
    }

    /// <summary>A unit's facts for a body.</summary>
    public UnitFacts BodyUnit(int bodyIndex, long numerator, long denominator, bool missing, IEnumerable<FactItem> facts)
    {
        var b = Data.Tree.Body(bodyIndex);
        var o = Data.Tree[Data.Tree.OrganizationOfBody(bodyIndex)];
        return new UnitFacts(b.Id, $"{b.Name} ({o.Name})", o.Id, b.Kind, numerator, denominator, missing, [.. facts]);
    }

    /// <summary>The "no data reported" fact for a unit.</summary>
    public FactItem MissingFact(int index, RecordKind kind)
        => new(Data.Tree[index].Id.Value, false, LocalizedText.Of(
            $"chưa báo cáo dữ liệu {IndicatorTerms.Of(kind).Vietnamese} cho {Period.Label.Vietnamese}",
            $"no {IndicatorTerms.Of(kind).English} data reported for {Period.Label.English}"));
}
