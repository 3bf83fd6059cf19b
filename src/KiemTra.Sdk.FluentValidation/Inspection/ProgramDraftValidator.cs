using FluentValidation;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// Checks a <see cref="ProgramDraft"/> (<i>kiểm tra đề nghị ban hành chương trình, kế hoạch</i>): the id by
/// <see cref="InputRules"/>, a title (NFC, no control character, at most <see cref="MaxTitleLength"/> characters), a
/// defined scope, the period given and in order, a date of issue not after today (from the clock and zone given) nor after
/// the period ends, and at least one item (none twice), each checked by <see cref="ProgramItemDraftValidator"/> and
/// falling within the programme's period (the rule <see cref="OversightProgram.Create"/> applies, said here with its code
/// and both dates).
/// </summary>
public sealed class ProgramDraftValidator : AbstractValidator<ProgramDraft>
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 500;

    /// <summary>Creates the validator.</summary>
    /// <param name="catalogs">The catalogues the items' codes are checked against.</param>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ProgramDraftValidator(OversightCatalogs catalogs, IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.Id).Required("id").DependentRules(() =>
            RuleFor(x => x.Id).ValidId("id", v => RecordId<OversightProgram>.From(v), RecordId<OversightProgram>.MaxLength));
        RuleFor(x => x.Title).Stated("title", ErrorCodes.NameRequired, MaxTitleLength);
        RuleFor(x => x.Scope).Required("scope").DependentRules(() =>
            RuleFor(x => x.Scope!.Value).OneOf("scope", ReportingPeriodKind.Term, ReportingPeriodKind.Year).OverridePropertyName("Scope"));
        RuleFor(x => x.From).Required("from");
        RuleFor(x => x.To).Required("to").DependentRules(() =>
            RuleFor(x => x.To!.Value).NotBefore("to", "from", x => x.From!.Value).When(x => x.From is not null).OverridePropertyName("To"));
        RuleFor(x => x.IssuedOn).Required("issuedOn").DependentRules(() =>
        {
            RuleFor(x => x.IssuedOn!.Value).NotInFuture("issuedOn", clock, zone).OverridePropertyName("IssuedOn");
            RuleFor(x => x.To!.Value).NotBefore("to", "issuedOn", x => x.IssuedOn!.Value).When(x => x.To is not null).OverridePropertyName("IssuedOn");
        });
        RuleFor(x => x.Items).Cascade(CascadeMode.Stop).NotEmptyList("items").Distinct("items", i => i?.Id);
        RuleForEach(x => x.Items).Must(i => i is not null).WithKiemTraMessage(ErrorCodes.NameRequired, (_, _) => Args(("Field", "items[]")));
        RuleForEach(x => x.Items).SetValidator(new ProgramItemDraftValidator(catalogs));

        // Every item falls within the programme's period (as OversightProgram.Create requires), said with both dates.
        RuleForEach(x => x.Items)
            .Must((x, item) => item?.Start is not { } start || x.From is not { } from || start >= from)
            .WithKiemTraMessage(ErrorCodes.DateOrder, (x, item) => Args(("Later", "items[].start"), ("LaterValue", Iso(item!.Start!.Value)), ("Earlier", "from"), ("EarlierValue", Iso(x.From!.Value))))
            .Must((x, item) => item?.End is not { } end || x.To is not { } to || end <= to)
            .WithKiemTraMessage(ErrorCodes.DateOrder, (x, item) => Args(("Later", "to"), ("LaterValue", Iso(x.To!.Value)), ("Earlier", "items[].end"), ("EarlierValue", Iso(item!.End!.Value))));
    }
}
