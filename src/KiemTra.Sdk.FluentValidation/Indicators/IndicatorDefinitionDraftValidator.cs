using System.Globalization;
using FluentValidation;
using KiemTra.Sdk.Indicators;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;

namespace KiemTra.Sdk.FluentValidation.Indicators;

/// <summary>
/// Checks an <see cref="IndicatorDefinitionDraft"/> (<i>kiểm tra định nghĩa chỉ tiêu</i>): a code the catalogue format
/// accepts, texts in both languages, a target within its unit's range, a measure the measure set knows, a validity range
/// that runs forwards within the supported years, defined enums and a source citation.
/// </summary>
public sealed class IndicatorDefinitionDraftValidator : AbstractValidator<IndicatorDefinitionDraft>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="measures">The measures a name is checked against; <see cref="IndicatorMeasureSet.BuiltIn"/> when null.</param>
    public IndicatorDefinitionDraftValidator(IndicatorMeasureSet? measures = null)
    {
        measures ??= IndicatorMeasureSet.BuiltIn;
        RuleFor(x => x.Code)
            .Must(c => c is { Length: > 0 and <= 64 } && c.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.'))
            .WithKiemTraMessage(ErrorCodes.IdInvalid, (_, c) => Args(("Field", "Code"), ("Value", c), ("MaxLength", 64)));
        RuleFor(x => x.Text).Must(t => t is not null).WithKiemTraMessage(ErrorCodes.NameRequired, (_, _) => Args(("Field", "Text")));
        RuleFor(x => x.Numerator).Must(t => t is not null).WithKiemTraMessage(ErrorCodes.NameRequired, (_, _) => Args(("Field", "Numerator")));
        RuleFor(x => x.Denominator).Must(t => t is not null).WithKiemTraMessage(ErrorCodes.NameRequired, (_, _) => Args(("Field", "Denominator")));
        RuleFor(x => x.Source).Must(s => s is not null).WithKiemTraMessage(ErrorCodes.NameRequired, (_, _) => Args(("Field", "Source")));
        RuleFor(x => x.Comparator).Defined("Comparator");
        RuleFor(x => x.Unit).Defined("Unit");
        RuleFor(x => x.PeriodKind).Defined("PeriodKind");
        RuleForEach(x => x.OrganizationKinds).Defined("OrganizationKinds");
        RuleFor(x => x.Body!.Value).Defined("Body").When(x => x.Body is not null).OverridePropertyName("Body");
        RuleFor(x => x.TargetValue)
            .Must((x, v) => TargetFits(v, x.Unit))
            .When(x => Enum.IsDefined(x.Unit))
            .WithKiemTraMessage(ErrorCodes.IndicatorTargetOutOfRange, (x, v) => Args(("Code", x.Code), ("Value", v.ToString(CultureInfo.InvariantCulture)), ("Unit", x.Unit)));
        RuleFor(x => x.Measure)
            .Must(m => m is not null && measures.Contains(m))
            .WithKiemTraMessage(ErrorCodes.IndicatorMeasureUnknown, (x, m) => Args(("Code", x.Code), ("Value", m), ("Known", string.Join(", ", measures.Names))));
        RuleFor(x => x.ValidToYear)
            .Must((x, to) => x.ValidFromYear <= to && x.ValidFromYear >= InputLimits.MinYear && to <= InputLimits.MaxYear)
            .WithKiemTraMessage(ErrorCodes.YearRangeInvalid, (x, to) => Args(("From", x.ValidFromYear), ("To", to), ("Min", InputLimits.MinYear), ("Max", InputLimits.MaxYear)));
    }

    private static bool TargetFits(decimal value, IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => value is >= 0m and <= 1m,
        IndicatorUnit.Count => value >= 0m,
        _ => value is 0m or 1m,
    };
}
