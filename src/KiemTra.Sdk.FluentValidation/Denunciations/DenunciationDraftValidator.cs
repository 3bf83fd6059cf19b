using FluentValidation;
using FluentValidation.Results;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Organization;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.Denunciations;

/// <summary>
/// Checks a <see cref="DenunciationDraft"/> (<i>kiểm tra đơn tố cáo</i>): the informant's name is given exactly
/// for a named denunciation (and never quoted in a message), at least one allegation with distinct ids and stated
/// content, and at least one receipt, none dated after today.
/// </summary>
/// <remarks>
/// No failure carries a protected value: the informant's name, address and contact and the denounced member (whose
/// denunciation is not concluded) are never in <see cref="ValidationFailure.AttemptedValue"/>, in
/// <see cref="ValidationFailure.FormattedMessagePlaceholderValues"/> or <see cref="ValidationFailure.CustomState"/>, nor in
/// the message, so the common <c>Results.BadRequest(result.Errors)</c> publishes none of them. Every failure of this
/// validator (including those of its allegations and receipts) has a null attempted value; messages name the field, the
/// denunciation id and the allegation or receipt id only.
/// </remarks>
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
        RuleFor(x => x.Subject).Must(s => s is not null).WithKiemTraMessage(ErrorCodes.NameRequired, (_, _) => Args(("Field", "Subject")));
        RuleFor(x => x.Source).Defined("Source");

        // Only a named denunciation has an informant; the identity is never echoed back.
        RuleFor(x => x.InformantFullName)
            .Must(n => !string.IsNullOrWhiteSpace(n) && n.Length <= ProtectedInformant.MaxLength)
            .When(x => x.Source == DenunciationSource.Named)
            .WithKiemTraMessage(ErrorCodes.InformantRequired, (x, _) => Args(("Id", x.Id)));
        RuleFor(x => x)
            .Must(x => x.InformantFullName is null && x.InformantAddress is null && x.InformantContact is null)
            .When(x => x.Source is DenunciationSource.Anonymous or DenunciationSource.FalseName)
            .WithKiemTraMessage(ErrorCodes.InformantNotAllowed, (x, _) => Args(("Id", x.Id), ("Source", x.Source)))
            .OverridePropertyName("InformantFullName");

        RuleFor(x => x.Allegations).NotEmptyList("Allegations").Distinct("Allegations", a => a.Id);
        RuleForEach(x => x.Allegations).ChildRules(a =>
        {
            a.RuleFor(x => x.Id).ValidId("Id", v => IdentifierRules.Normalize(v, IdentifierKind.Identifier), IdentifierRules.MaxLength);
            a.RuleFor(x => x.Content).Stated("Content", ErrorCodes.NameRequired);
        });
        RuleFor(x => x.Receipts).NotEmptyList("Receipts");
        RuleForEach(x => x.Receipts).ChildRules(r =>
        {
            r.RuleFor(x => x.ReceivedById).ValidId("ReceivedById", v => OrganizationId.From(v), OrganizationId.MaxLength);
            r.RuleFor(x => x.On).NotInFuture("On", clock, zone);
        });
    }

    /// <summary>Validates the draft; no failure carries a protected value (see remarks).</summary>
    /// <param name="context">The validation context.</param>
    /// <returns>The result.</returns>
    public override ValidationResult Validate(ValidationContext<DenunciationDraft> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = base.Validate(context);
        Scrub(result.Errors);
        return result;
    }

    /// <summary>Validates the draft asynchronously; no failure carries a protected value (see remarks).</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="cancellation">Cancels the validation.</param>
    /// <returns>The result.</returns>
    public override async Task<ValidationResult> ValidateAsync(ValidationContext<DenunciationDraft> context, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await base.ValidateAsync(context, cancellation).ConfigureAwait(false);
        Scrub(result.Errors);
        return result;
    }

    /// <summary>
    /// Removes what FluentValidation keeps of the value that failed: the attempted value (a property, or the whole draft for
    /// the rule on the informant fields together), the <c>{PropertyValue}</c> placeholder and any custom state. Used as a
    /// child validator, the result shares the parent's list of failures: those are scrubbed too (more is withheld, never less).
    /// </summary>
    private static void Scrub(IEnumerable<ValidationFailure> failures)
    {
        foreach (var failure in failures)
        {
            failure.AttemptedValue = null;
            failure.CustomState = null;
            if (failure.FormattedMessagePlaceholderValues is { } placeholders)
            {
                placeholders.Remove("PropertyValue");
            }
        }
    }
}
