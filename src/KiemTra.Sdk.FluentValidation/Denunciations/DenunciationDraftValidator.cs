using FluentValidation;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Organization;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.Denunciations;

/// <summary>
/// Checks a <see cref="DenunciationDraft"/> (<i>kiểm tra đơn tố cáo</i>, R-D6): the informant's name is given exactly
/// for a named denunciation (and never quoted in a message), at least one allegation with distinct ids and stated
/// content, and at least one receipt, none dated after today.
/// </summary>
public sealed class DenunciationDraftValidator : AbstractValidator<DenunciationDraft>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DenunciationDraftValidator(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.Id).ValidId("Id", v => IdentifierRules.Normalize(v, IdentifierKind.Identifier), IdentifierRules.MaxLength);
        RuleFor(x => x.Subject).Must(s => s is not null).WithKiemTraMessage(KiemTraErrorCodes.NameRequired, (_, _) => Args(("Field", "Subject")));
        RuleFor(x => x.Source).Defined("Source");

        // R-D6: only a named denunciation has an informant; the identity is never echoed back.
        RuleFor(x => x.InformantFullName)
            .Must(n => !string.IsNullOrWhiteSpace(n) && n.Length <= ProtectedInformant.MaxLength)
            .When(x => x.Source == DenunciationSource.Named)
            .WithKiemTraMessage(KiemTraErrorCodes.InformantRequired, (x, _) => Args(("Id", x.Id)));
        RuleFor(x => x)
            .Must(x => x.InformantFullName is null && x.InformantAddress is null && x.InformantContact is null)
            .When(x => x.Source is DenunciationSource.Anonymous or DenunciationSource.FalseName)
            .WithKiemTraMessage(KiemTraErrorCodes.InformantNotAllowed, (x, _) => Args(("Id", x.Id), ("Source", x.Source)))
            .OverridePropertyName("InformantFullName");

        RuleFor(x => x.Allegations).NotEmptyList("Allegations").Distinct("Allegations", a => a.Id);
        RuleForEach(x => x.Allegations).ChildRules(a =>
        {
            a.RuleFor(x => x.Id).ValidId("Id", v => IdentifierRules.Normalize(v, IdentifierKind.Identifier), IdentifierRules.MaxLength);
            a.RuleFor(x => x.Content).Stated("Content", KiemTraErrorCodes.NameRequired);
        });
        RuleFor(x => x.Receipts).NotEmptyList("Receipts");
        RuleForEach(x => x.Receipts).ChildRules(r =>
        {
            r.RuleFor(x => x.ReceivedById).ValidId("ReceivedById", v => OrganizationId.From(v), OrganizationId.MaxLength);
            r.RuleFor(x => x.On).NotInFuture("On", clock, zone);
        });
    }
}
