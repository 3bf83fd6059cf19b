using FluentValidation;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// Checks a <see cref="ProgrammeItemDraft"/> (<i>kiểm tra nội dung chương trình, kế hoạch</i>): ids in the SDK's
/// format, a supervision or inspection activity, a type code and content areas from the catalogues, and an end not
/// before the start.
/// </summary>
public sealed class ProgrammeItemDraftValidator : AbstractValidator<ProgrammeItemDraft>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="catalogues">The catalogues codes are checked against, e.g. <see cref="OversightCatalogues.BuiltIn"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogues"/> is null.</exception>
    public ProgrammeItemDraftValidator(OversightCatalogues catalogues)
    {
        ArgumentNullException.ThrowIfNull(catalogues);
        RuleFor(x => x.Id).ValidId("Id", v => IdentifierRules.Normalize(v, IdentifierKind.Identifier), IdentifierRules.MaxLength);
        RuleFor(x => x.Activity).Cascade(CascadeMode.Stop).Defined("Activity").Must(IsOversight)
            .WithKiemTraMessage(ErrorCodes.ActivityNotOversight, (_, a) => Args(("Value", a)));
        RuleFor(x => x.TypeCode)
            .Must((x, code) => code is not null && TypeCatalogue(catalogues, x.Activity).Contains(code))
            .When(x => IsOversight(x.Activity))
            .WithKiemTraMessage(ErrorCodes.CatalogueCodeUnknown, (x, code) => Args(("Field", "TypeCode"), ("Value", code), ("Catalogue", TypeCatalogue(catalogues, x.Activity).Id)));
        RuleFor(x => x.SubjectId).ValidId("SubjectId", v => OrganizationId.From(v), OrganizationId.MaxLength);
        RuleFor(x => x.End).NotBefore("End", "Start", x => x.Start);
        RuleForEach(x => x.ContentAreas)
            .Must(code => catalogues.ContentAreas.Contains(code))
            .WithKiemTraMessage(ErrorCodes.CatalogueCodeUnknown, (_, code) => Args(("Field", "ContentAreas"), ("Value", code), ("Catalogue", catalogues.ContentAreas.Id)));
        RuleFor(x => x.ContentAreas).Distinct("ContentAreas", c => c);
    }

    internal static bool IsOversight(ActivityKind activity)
        => Enum.IsDefined(activity) && activity is not (ActivityKind.DenunciationResolution or ActivityKind.ComplaintResolution or ActivityKind.Discipline);

    internal static Catalogue TypeCatalogue(OversightCatalogues catalogues, ActivityKind activity)
        => CaseStateMachine.IsSupervision(activity) ? catalogues.SupervisionTypes : catalogues.InspectionTypes;
}
