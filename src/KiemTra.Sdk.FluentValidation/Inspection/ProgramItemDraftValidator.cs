using FluentValidation;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// Checks a <see cref="ProgramItemDraft"/> (<i>kiểm tra nội dung chương trình, kế hoạch</i>) with the SDK's own checks:
/// the id by <see cref="InputRules"/>, a supervision or inspection activity whose type code is in
/// <see cref="OversightCatalogs.TypesFor"/>, the subject by <see cref="OrganizationId.From"/>, start and end given and in
/// order, and content areas (required, may be empty) from the catalogue, none twice. Messages name the JSON fields.
/// </summary>
public sealed class ProgramItemDraftValidator : AbstractValidator<ProgramItemDraft>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="catalogs">The catalogues codes are checked against, e.g. <see cref="OversightCatalogs.BuiltIn"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogs"/> is null.</exception>
    public ProgramItemDraftValidator(OversightCatalogs catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        RuleFor(x => x.Id).Required("id").DependentRules(() =>
            RuleFor(x => x.Id).ValidId("id", v => RecordId<ProgramItem>.From(v), RecordId<ProgramItem>.MaxLength));
        RuleFor(x => x.Activity).Required("activity").DependentRules(() =>
            RuleFor(x => x.Activity!.Value).Cascade(CascadeMode.Stop).Defined("activity").Must(a => catalogs.TypesFor(a) is not null)
                .WithKiemTraMessage(ErrorCodes.ActivityNotOversight, (_, a) => Args(("Value", a))).OverridePropertyName("Activity"));
        RuleFor(x => x.Type).Required("type").DependentRules(() =>
            RuleFor(x => x.Type)
                .Must((x, code) => catalogs.TypesFor(x.Activity!.Value)!.Contains(code!))
                .When(x => x.Activity is { } a && catalogs.TypesFor(a) is not null)
                .WithKiemTraMessage(ErrorCodes.CatalogCodeUnknown, (x, code) => Args(("Field", "type"), ("Value", Echo(code)), ("Catalogue", catalogs.TypesFor(x.Activity!.Value)!.Id))));
        RuleFor(x => x.Subject).Required("subject").DependentRules(() =>
            RuleFor(x => x.Subject).ValidId("subject", v => OrganizationId.From(v), OrganizationId.MaxLength));
        RuleFor(x => x.Start).Required("start");
        RuleFor(x => x.End).Required("end").DependentRules(() =>
            RuleFor(x => x.End!.Value).NotBefore("end", "start", x => x.Start!.Value).When(x => x.Start is not null).OverridePropertyName("End"));
        RuleFor(x => x.ContentAreas).Cascade(CascadeMode.Stop).Required("contentAreas").Distinct("contentAreas", c => c);
        RuleForEach(x => x.ContentAreas)
            .Must(code => code is not null && catalogs.ContentAreas.Contains(code))
            .WithKiemTraMessage(ErrorCodes.CatalogCodeUnknown, (_, code) => Args(("Field", "contentAreas"), ("Value", Echo(code)), ("Catalogue", catalogs.ContentAreas.Id)));
    }
}
