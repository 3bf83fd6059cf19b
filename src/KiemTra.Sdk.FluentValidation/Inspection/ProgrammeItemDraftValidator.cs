using FluentValidation;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// Checks a <see cref="ProgrammeItemDraft"/> (<i>kiểm tra nội dung chương trình, kế hoạch</i>) with the SDK's own checks:
/// the id by <see cref="IdentifierRules"/>, a supervision or inspection activity whose type code is in
/// <see cref="OversightCatalogues.TypesFor"/>, the subject by <see cref="OrganizationId.From"/>, start and end given and in
/// order, and content areas (required, may be empty) from the catalogue, none twice. Messages name the JSON fields.
/// </summary>
public sealed class ProgrammeItemDraftValidator : AbstractValidator<ProgrammeItemDraft>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="catalogues">The catalogues codes are checked against, e.g. <see cref="OversightCatalogues.BuiltIn"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogues"/> is null.</exception>
    public ProgrammeItemDraftValidator(OversightCatalogues catalogues)
    {
        ArgumentNullException.ThrowIfNull(catalogues);
        RuleFor(x => x.Id).Required("id").DependentRules(() =>
            RuleFor(x => x.Id).ValidIdentifier("id"));
        RuleFor(x => x.Activity).Required("activity").DependentRules(() =>
            RuleFor(x => x.Activity!.Value).Cascade(CascadeMode.Stop).Defined("activity").Must(a => catalogues.TypesFor(a) is not null)
                .WithKiemTraMessage(ErrorCodes.ActivityNotOversight, (_, a) => Args(("Value", a))).OverridePropertyName("Activity"));
        RuleFor(x => x.Type).Required("type").DependentRules(() =>
            RuleFor(x => x.Type)
                .Must((x, code) => catalogues.TypesFor(x.Activity!.Value)!.Contains(code!))
                .When(x => x.Activity is { } a && catalogues.TypesFor(a) is not null)
                .WithKiemTraMessage(ErrorCodes.CatalogueCodeUnknown, (x, code) => Args(("Field", "type"), ("Value", Echo(code)), ("Catalogue", catalogues.TypesFor(x.Activity!.Value)!.Id))));
        RuleFor(x => x.Subject).Required("subject").DependentRules(() =>
            RuleFor(x => x.Subject).ValidId("subject", v => OrganizationId.From(v), OrganizationId.MaxLength));
        RuleFor(x => x.Start).Required("start");
        RuleFor(x => x.End).Required("end").DependentRules(() =>
            RuleFor(x => x.End!.Value).NotBefore("end", "start", x => x.Start!.Value).When(x => x.Start is not null).OverridePropertyName("End"));
        RuleFor(x => x.ContentAreas).Cascade(CascadeMode.Stop).Required("contentAreas").Distinct("contentAreas", c => c);
        RuleForEach(x => x.ContentAreas)
            .Must(code => code is not null && catalogues.ContentAreas.Contains(code))
            .WithKiemTraMessage(ErrorCodes.CatalogueCodeUnknown, (_, code) => Args(("Field", "contentAreas"), ("Value", Echo(code)), ("Catalogue", catalogues.ContentAreas.Id)));
    }
}
