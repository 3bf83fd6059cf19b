namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Counts an indicator's numerator and denominator over the data (<i>cách đo chỉ tiêu</i>). An indicator names
/// its measure; the built-in ones are in <see cref="IndicatorMeasureSet.BuiltIn"/>, hosts add theirs with
/// <see cref="IndicatorMeasureSet.With"/>.
/// </summary>
/// <remarks>
/// <see cref="Compute"/> must be linear in the data: walk each organisation's records once through the data
/// set's indices and call <see cref="MeasureContext.AddUnit"/> or <see cref="MeasureContext.AddMissing"/>
/// per unit, allocating nothing per record. <see cref="Explain"/> is called only for the organisations whose
/// units miss the target or lack data, to list the facts behind the counts.
/// </remarks>
public interface IIndicatorMeasure
{
    /// <summary>The name indicators use, e.g. <c>plan-items-completed</c>.</summary>
    string Name { get; }

    /// <summary>What the measure counts.</summary>
    LocalizedText Description { get; }

    /// <summary>The kind of data the measure reads; a unit whose organisation did not report it is MISSING.</summary>
    RecordKind DataKind { get; }

    /// <summary>Counts every unit of every organisation where <see cref="MeasureContext.IsUnitOrganization"/> is true.</summary>
    /// <param name="context">The data, period and indicator, and where the counts go.</param>
    void Compute(MeasureContext context);

    /// <summary>The units of one organisation with the records behind their counts.</summary>
    /// <param name="context">The data, period and indicator.</param>
    /// <param name="organizationIndex">The organisation's index in the tree.</param>
    IEnumerable<UnitFacts> Explain(MeasureContext context, int organizationIndex);
}
