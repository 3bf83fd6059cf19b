using FluentValidation;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Organization;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.Denunciations;

/// <summary>Checks a <see cref="DenunciationIntakeDraft"/>: the day given and not after today, the list of grounds given (empty accepts), each one <see cref="NonAcceptanceGround"/> by name.</summary>
public sealed class DenunciationIntakeDraftValidator : AbstractValidator<DenunciationIntakeDraft>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DenunciationIntakeDraftValidator(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.On).Required("on").DependentRules(() =>
            RuleFor(x => x.On!.Value).NotInFuture("on", clock, zone).OverridePropertyName("On"));
        RuleFor(x => x.Grounds).Required("grounds");
        RuleForEach(x => x.Grounds).Must(v => v is not null).WithKiemTraMessage(ErrorCodes.NameRequired, (_, _) => Args(("Field", "grounds[]")));
        RuleForEach(x => x.Grounds).OneOf("grounds[]", Enum.GetNames<NonAcceptanceGround>(), v => EnumNames.Of<NonAcceptanceGround>(v) is not null);
    }
}

/// <summary>Checks an <see cref="AllegationConclusionDraft"/>: the allegation's id by <see cref="InputRules"/>, one <see cref="AllegationConclusion"/> by name, the day given and not after today.</summary>
public sealed class AllegationConclusionDraftValidator : AbstractValidator<AllegationConclusionDraft>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AllegationConclusionDraftValidator(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.Allegation).Cascade(CascadeMode.Stop).Required("allegation").ValidId("allegation", v => RecordId<Allegation>.From(v), RecordId<Allegation>.MaxLength);
        RuleFor(x => x.Conclusion).Cascade(CascadeMode.Stop).Required("conclusion")
            .OneOf("conclusion", Enum.GetNames<AllegationConclusion>(), v => EnumNames.Of<AllegationConclusion>(v) is not null);
        RuleFor(x => x.On).Required("on").DependentRules(() =>
            RuleFor(x => x.On!.Value).NotInFuture("on", clock, zone).OverridePropertyName("On"));
    }
}

/// <summary>Checks an <see cref="InformantAccessDraft"/>: a purpose stated (NFC, no control character, at most <see cref="MaxPurposeLength"/> characters).</summary>
public sealed class InformantAccessDraftValidator : AbstractValidator<InformantAccessDraft>
{
    /// <summary>The longest purpose accepted.</summary>
    public const int MaxPurposeLength = 1000;

    /// <summary>Creates the validator.</summary>
    public InformantAccessDraftValidator() => RuleFor(x => x.Purpose).Stated("purpose", ErrorCodes.NameRequired, MaxPurposeLength);
}
