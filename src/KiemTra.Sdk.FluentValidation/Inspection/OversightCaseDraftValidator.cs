using FluentValidation;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// Checks an <see cref="OversightCaseDraft"/> (<i>kiểm tra thông tin mở cuộc kiểm tra, giám sát</i>): ids in
/// the SDK's format, a supervision or inspection activity with a type code from its catalogue, a defined body, at least
/// one subject (none twice), and an opening date not after today (from the clock and zone given, never the machine).
/// </summary>
public sealed class OversightCaseDraftValidator : AbstractValidator<OversightCaseDraft>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="catalogues">The catalogues type codes are checked against.</param>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OversightCaseDraftValidator(OversightCatalogues catalogues, IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(catalogues);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.Id).ValidId("Id", v => IdentifierRules.Normalize(v, IdentifierKind.Identifier), IdentifierRules.MaxLength);
        RuleFor(x => x.Activity).Cascade(CascadeMode.Stop).Defined("Activity").Must(ProgrammeItemDraftValidator.IsOversight)
            .WithKiemTraMessage(ErrorCodes.ActivityNotOversight, (_, a) => Args(("Value", a)));
        RuleFor(x => x.TypeCode)
            .Must((x, code) => code is not null && ProgrammeItemDraftValidator.TypeCatalogue(catalogues, x.Activity).Contains(code))
            .When(x => ProgrammeItemDraftValidator.IsOversight(x.Activity))
            .WithKiemTraMessage(ErrorCodes.CatalogueCodeUnknown, (x, code) => Args(("Field", "TypeCode"), ("Value", code), ("Catalogue", ProgrammeItemDraftValidator.TypeCatalogue(catalogues, x.Activity).Id)));
        RuleFor(x => x.ConductedById).ValidId("ConductedById", v => OrganizationId.From(v), OrganizationId.MaxLength);
        RuleFor(x => x.Body).Defined("Body");
        RuleFor(x => (IReadOnlyList<string>?)Subjects(x)).NotEmptyList("Subjects").Distinct("Subjects", s => s).OverridePropertyName("Subjects");
        RuleForEach(x => x.SubjectOrganizationIds).ValidId("SubjectOrganizationIds", v => OrganizationId.From(v), OrganizationId.MaxLength);
        RuleForEach(x => x.SubjectMemberIds).ValidId("SubjectMemberIds", v => MemberId.From(v), MemberId.MaxLength);
        RuleFor(x => x.OpenedOn).NotInFuture("OpenedOn", clock, zone);
    }

    private static List<string> Subjects(OversightCaseDraft draft) => [.. draft.SubjectOrganizationIds ?? [], .. draft.SubjectMemberIds ?? []];
}
