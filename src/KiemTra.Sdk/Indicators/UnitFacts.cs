using System.Collections.Immutable;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// One counted unit of an indicator and the facts behind its count (<i>đơn vị được đánh giá</i>): an
/// organisation or one of its bodies, its numerator and denominator, or that its data is missing.
/// </summary>
/// <param name="UnitId">The organisation id or body id.</param>
/// <param name="UnitName">The organisation's or body's name.</param>
/// <param name="Organization">The organisation (the body's organisation for a body).</param>
/// <param name="Body">The body kind when the unit is a body, else null.</param>
/// <param name="Numerator">What counted for the unit.</param>
/// <param name="Denominator">What could have counted.</param>
/// <param name="DataMissing">Whether the unit's data for the period is missing (then the counts are zero and mean nothing).</param>
/// <param name="Facts">The records behind the counts.</param>
public sealed record UnitFacts(string UnitId, string UnitName, OrganizationId Organization, BodyKind? Body, long Numerator, long Denominator, bool DataMissing, ImmutableArray<FactItem> Facts);
