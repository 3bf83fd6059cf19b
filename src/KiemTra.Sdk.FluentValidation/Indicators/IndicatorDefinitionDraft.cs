using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.FluentValidation.Indicators;

/// <summary>
/// An indicator a host (e.g. a province's rule pack) defines in code (<i>chỉ tiêu do địa phương xác định</i>);
/// validate it with <see cref="IndicatorDefinitionDraftValidator"/>, then build it with <see cref="ToDefinition"/>.
/// </summary>
/// <param name="Code">Stable code (ASCII letters, digits, '-', '_', '.').</param>
/// <param name="Text">The indicator's wording in Vietnamese and English.</param>
/// <param name="TargetValue">The target: a fraction 0–1 for percent, a count, or 0/1 for boolean.</param>
/// <param name="Comparator">How a value is compared with the target.</param>
/// <param name="Unit">Percent, count or boolean.</param>
/// <param name="Measure">The name of the measure that computes it.</param>
/// <param name="Numerator">What the numerator counts.</param>
/// <param name="Denominator">What the denominator counts.</param>
/// <param name="PeriodKind">The period it is evaluated over.</param>
/// <param name="ValidFromYear">First year it applies.</param>
/// <param name="ValidToYear">Last year it applies.</param>
/// <param name="OrganizationKinds">The organisation kinds it applies to.</param>
/// <param name="Body">The body it applies to, if any.</param>
/// <param name="Source">The document it comes from; unverified sources are allowed and reported as such.</param>
public sealed record IndicatorDefinitionDraft(string? Code, LocalizedText? Text, decimal TargetValue, TargetComparator Comparator, IndicatorUnit Unit, string? Measure,
    LocalizedText? Numerator, LocalizedText? Denominator, IndicatorPeriodKind PeriodKind, int ValidFromYear, int ValidToYear,
    IReadOnlyList<OrganizationKind>? OrganizationKinds, BodyKind? Body, RuleCitation? Source)
{
    /// <summary>Builds the (validated) definition.</summary>
    /// <param name="measures">The measure set (the same the validator used); built-in when null.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    public IndicatorDefinition ToDefinition(IndicatorMeasureSet? measures = null)
        => IndicatorDefinition.Create(Code!, Text!, IndicatorTarget.Of(TargetValue, Comparator, Unit), Measure!, Numerator!, Denominator!, PeriodKind, ValidFromYear, ValidToYear,
            IndicatorApplicability.Of(OrganizationKinds ?? [], Body), Source!, [], measures);
}
