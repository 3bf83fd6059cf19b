using FluentValidation;
using FluentValidation.Results;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Organization;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.Denunciations;

/// <summary>
/// Checks a <see cref="DenunciationDraft"/> (<i>kiểm tra đơn tố cáo</i>) with the SDK's own checks: ids by
/// <see cref="InputRules"/>, <see cref="OrganizationId.From"/> and <see cref="MemberId.From"/>, exactly one subject,
/// the informant's name given exactly for a named denunciation (and never quoted in a message), at least one allegation
/// with distinct ids and stated content (at most <see cref="MaxAllegationLength"/> characters), and a date of receipt
/// not after today. Messages name the JSON fields (<c>informant.fullName</c>, <c>allegations[0].content</c>).
/// </summary>
/// <remarks>
/// No failure carries a protected value: the informant's name, address and contact and the denounced member (whose
/// denunciation is not concluded) are never in <see cref="ValidationFailure.AttemptedValue"/>, in
/// <see cref="ValidationFailure.FormattedMessagePlaceholderValues"/> or <see cref="ValidationFailure.CustomState"/>, nor in
/// the message, so the common <c>Results.BadRequest(result.Errors)</c> publishes none of them. Every failure of this
/// validator (including those of its allegations) has a null attempted value; messages name the field, the
/// denunciation id and the allegation id only.
/// </remarks>
public sealed class DenunciationDraftValidator : AbstractValidator<DenunciationDraft>
{
    /// <summary>The longest allegation accepted.</summary>
    public const int MaxAllegationLength = 4000;

    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DenunciationDraftValidator(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.Id).Required("id").DependentRules(() =>
            RuleFor(x => x.Id).ValidId("id", v => RecordId<Denunciation>.From(v), RecordId<Denunciation>.MaxLength));
        RuleFor(x => x.Subject).Required("subject").DependentRules(() =>
        {
            RuleFor(x => x.Subject).Must(s => (s!.Organization is null) != (s.Member is null) && (s.HoldsPost is null || s.Member is not null))
                .WithKiemTraMessage(ErrorCodes.SubjectInvalid, (_, s) => Args(("Subject", "subject"), ("Kind", s!.Member is null ? "organization" : "member"), ("Problem", InCurrentLanguage(
                    LocalizedText.Of("cần đúng một trong 'organization' hoặc 'member'; 'holdsPost' chỉ dùng cho đảng viên.", "exactly one of 'organization' or 'member' is required; 'holdsPost' applies to a member only.")))));

            // The denounced member is protected until the denunciation is concluded: an id is refused without repeating it.
            RuleFor(x => x.Subject!.Organization).Must(v => IsValid(v, o => OrganizationId.From(o))).When(x => x.Subject!.Organization is not null)
                .WithKiemTraMessage(ErrorCodes.IdInvalid, (_, _) => Args(("Field", "subject.organization"), ("Value", Withheld), ("MaxLength", OrganizationId.MaxLength)));
            RuleFor(x => x.Subject!.Member).Must(v => IsValid(v, m => MemberId.From(m))).When(x => x.Subject!.Member is not null)
                .WithKiemTraMessage(ErrorCodes.IdInvalid, (_, _) => Args(("Field", "subject.member"), ("Value", Withheld), ("MaxLength", MemberId.MaxLength)));
        });
        RuleFor(x => x.Source).Required("source").DependentRules(() =>
            RuleFor(x => x.Source!.Value).Defined("source").OverridePropertyName("Source"));

        // Only a named denunciation has an informant; the identity is never echoed back.
        RuleFor(x => x.Informant)
            .Must(i => i is not null && !string.IsNullOrWhiteSpace(i.FullName) && i.FullName.Length <= ProtectedInformant.MaxLength
                && (i.Address?.Length ?? 0) <= ProtectedInformant.MaxLength && (i.Contact?.Length ?? 0) <= ProtectedInformant.MaxLength)
            .When(x => x.Source == DenunciationSource.Named)
            .WithKiemTraMessage(ErrorCodes.InformantRequired, (x, _) => Args(("Id", Echo(x.Id))));
        RuleFor(x => x.Informant)
            .Must(i => i is null)
            .When(x => x.Source is DenunciationSource.Anonymous or DenunciationSource.FalseName)
            .WithKiemTraMessage(ErrorCodes.InformantNotAllowed, (x, _) => Args(("Id", Echo(x.Id)), ("Source", x.Source)));

        RuleFor(x => x.Allegations).Cascade(CascadeMode.Stop).NotEmptyList("allegations").Distinct("allegations", a => a?.Id);
        RuleForEach(x => x.Allegations).Must(a => a is not null).WithKiemTraMessage(ErrorCodes.NameRequired, (_, _) => Args(("Field", "allegations[]")));
        RuleForEach(x => x.Allegations).ChildRules(a =>
        {
            a.RuleFor(x => x.Id).Required("id").DependentRules(() =>
                a.RuleFor(x => x.Id).ValidId("id", v => RecordId<Allegation>.From(v), RecordId<Allegation>.MaxLength));
            a.RuleFor(x => x.Content).Stated("content", ErrorCodes.NameRequired, MaxAllegationLength);
        });
        RuleFor(x => x.ReceivedOn).Required("receivedOn").DependentRules(() =>
            RuleFor(x => x.ReceivedOn!.Value).NotInFuture("receivedOn", clock, zone).OverridePropertyName("ReceivedOn"));
        RuleFor(x => x.CaseId).ValidId("caseId", v => RecordId<KiemTra.Sdk.Inspection.OversightCase>.From(v), RecordId<KiemTra.Sdk.Inspection.OversightCase>.MaxLength).When(x => x.CaseId is not null);
    }

    /// <summary>What a message says instead of a protected value.</summary>
    private const string Withheld = "***";

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
