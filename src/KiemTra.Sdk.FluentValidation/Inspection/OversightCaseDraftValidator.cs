using FluentValidation;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// Checks an <see cref="OversightCaseDraft"/> (<i>kiểm tra đề nghị mở cuộc kiểm tra, giám sát</i>) with the SDK's own
/// checks: the case id by <see cref="InputRules"/>, a title (NFC, no control character, at most
/// <see cref="MaxTitleLength"/> characters), a supervision or inspection activity whose type code is in
/// <see cref="OversightCatalogs.TypesFor"/>, at least one subject — each exactly one organisation id
/// (<see cref="OrganizationId.From"/>) or member id (<see cref="MemberId.From"/>), none twice — an opening date not after
/// today (from the clock and zone given, never the machine) and the programme item's ids. Field names are the JSON names
/// of the request (<c>title</c>, <c>subjects[0].organization</c>).
/// </summary>
public sealed class OversightCaseDraftValidator : AbstractValidator<OversightCaseDraft>
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 500;

    /// <summary>Creates the validator.</summary>
    /// <param name="catalogs">The catalogues type codes are checked against.</param>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OversightCaseDraftValidator(OversightCatalogs catalogs, IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.Id).Required("id").DependentRules(() =>
            RuleFor(x => x.Id).ValidId("id", v => RecordId<OversightCase>.From(v), RecordId<OversightCase>.MaxLength));
        RuleFor(x => x.Title).Stated("title", ErrorCodes.NameRequired, MaxTitleLength);
        RuleFor(x => x.Activity).Required("activity").DependentRules(() =>
            RuleFor(x => x.Activity!.Value).Cascade(CascadeMode.Stop).Defined("activity").Must(a => catalogs.TypesFor(a) is not null)
                .WithKiemTraMessage(ErrorCodes.ActivityNotOversight, (_, a) => Args(("Value", a))).OverridePropertyName("Activity"));
        RuleFor(x => x.Type).Required("type").DependentRules(() =>
            RuleFor(x => x.Type)
                .Must((x, code) => catalogs.TypesFor(x.Activity!.Value)!.Contains(code!))
                .When(x => x.Activity is { } a && catalogs.TypesFor(a) is not null)
                .WithKiemTraMessage(ErrorCodes.CatalogCodeUnknown, (x, code) => Args(("Field", "type"), ("Value", Echo(code)), ("Catalogue", catalogs.TypesFor(x.Activity!.Value)!.Id))));
        RuleFor(x => x.OpenedOn).Required("openedOn").DependentRules(() =>
            RuleFor(x => x.OpenedOn!.Value).NotInFuture("openedOn", clock, zone).OverridePropertyName("OpenedOn"));
        RuleFor(x => x.Subjects).Cascade(CascadeMode.Stop).NotEmptyList("subjects").Distinct("subjects", s => s?.Key);
        RuleForEach(x => x.Subjects).ExactlyOneId("subjects[]");
        RuleForEach(x => x.Subjects).ChildRules(s =>
        {
            s.RuleFor(x => x.Organization).ValidId("organization", v => OrganizationId.From(v), OrganizationId.MaxLength).When(x => x.Key is not null && x.Organization is not null);
            s.RuleFor(x => x.Member).ValidId("member", v => MemberId.From(v), MemberId.MaxLength).When(x => x.Key is not null && x.Member is not null);
        });
        When(x => x.ProgramItem is not null, () =>
        {
            RuleFor(x => x.ProgramItem!.Program).ValidId("programmeItem.programme", v => RecordId<OversightProgram>.From(v), RecordId<OversightProgram>.MaxLength)
                .OverridePropertyName("ProgrammeItem.Programme");
            RuleFor(x => x.ProgramItem!.Item).ValidId("programmeItem.item", v => RecordId<ProgramItem>.From(v), RecordId<ProgramItem>.MaxLength)
                .OverridePropertyName("ProgrammeItem.Item");
        });
    }
}
