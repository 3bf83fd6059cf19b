using FluentValidation;
using KiemTra.Sdk.Organization;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;

namespace KiemTra.Sdk.FluentValidation.Organization;

/// <summary>
/// Checks an <see cref="OrganizationDraft"/> (<i>kiểm tra thông tin tổ chức đảng</i>): id and parent id in the SDK's id
/// format, a name (NFC, at most 256 characters), a defined kind, and a parent for everything below the province.
/// </summary>
public sealed class OrganizationDraftValidator : AbstractValidator<OrganizationDraft>
{
    /// <summary>The longest organisation name accepted.</summary>
    public const int MaxNameLength = 256;

    /// <summary>Creates the validator.</summary>
    public OrganizationDraftValidator()
    {
        RuleFor(x => x.Id).ValidId("Id", v => OrganizationId.From(v), OrganizationId.MaxLength);
        RuleFor(x => x.Name).ValidName("Name", MaxNameLength);
        RuleFor(x => x.Kind).Defined("Kind");
        RuleFor(x => x.ParentId)
            .Must(p => p is not null)
            .When(x => x.Kind != OrganizationKind.Province)
            .WithKiemTraMessage(ErrorCodes.OrganizationParentMissing, (x, _) => Args(("Id", x.Id), ("Kind", x.Kind)));
        RuleFor(x => x.ParentId)
            .Must(p => p is null)
            .When(x => x.Kind == OrganizationKind.Province)
            .WithKiemTraMessage(ErrorCodes.OrganizationParentNotAllowed, (x, p) => Args(("Id", x.Id), ("ParentId", p)));
        RuleFor(x => x.ParentId)
            .ValidId("ParentId", v => OrganizationId.From(v), OrganizationId.MaxLength)
            .When(x => x.ParentId is not null);
        RuleFor(x => x.ParentId)
            .Must((x, p) => p != x.Id)
            .When(x => x.ParentId is not null)
            .WithKiemTraMessage(ErrorCodes.OrganizationParentSelf, (x, _) => Args(("Id", x.Id)));
    }
}
