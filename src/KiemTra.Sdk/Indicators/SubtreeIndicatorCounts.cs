using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Indicators;

/// <summary>One indicator's counts over the subtree of one organisation (<i>số liệu theo đơn vị</i>).</summary>
/// <param name="Organization">The organisation at the subtree's root.</param>
/// <param name="Name">Its name.</param>
/// <param name="Numerator">The sum of the numerators of the units in the subtree.</param>
/// <param name="Denominator">The sum of the denominators.</param>
/// <param name="UnitsMissed">Units in the subtree that miss the target.</param>
/// <param name="UnitsMissingData">Units in the subtree whose data is missing.</param>
public sealed record SubtreeIndicatorCounts(OrganizationId Organization, string Name, long Numerator, long Denominator, int UnitsMissed, int UnitsMissingData);
