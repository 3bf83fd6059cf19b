using FluentValidation;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Organization;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.FollowUp;

/// <summary>
/// Checks a <see cref="RecommendationDraft"/> (<i>kiểm tra kiến nghị</i>) with the SDK's own checks: the id by
/// <see cref="InputRules"/>, the addressee by <see cref="OrganizationId.From"/>, the content and the notice reference
/// stated (NFC, no control character, bounded), the issue date not after today (from the clock and zone given), and a time
/// limit of one <see cref="RuleDurationUnit"/> counting 1 to <see cref="DeadlineRule.MaxCount"/>. Field names are the JSON
/// names of the request (<c>timeLimit.count</c>).
/// </summary>
public sealed class RecommendationDraftValidator : AbstractValidator<RecommendationDraft>
{
    /// <summary>The longest content accepted.</summary>
    public const int MaxContentLength = 4000;

    /// <summary>The longest reference of the conclusion notice accepted.</summary>
    public const int MaxSourceReferenceLength = 100;

    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RecommendationDraftValidator(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.Id).Cascade(CascadeMode.Stop).Required("id").ValidId("id", v => RecordId<KiemTra.Sdk.FollowUp.Recommendation>.From(v), RecordId<KiemTra.Sdk.FollowUp.Recommendation>.MaxLength);
        RuleFor(x => x.Addressee).Cascade(CascadeMode.Stop).Required("addressee").ValidId("addressee", v => OrganizationId.From(v), OrganizationId.MaxLength);
        RuleFor(x => x.Content).Stated("content", ErrorCodes.NameRequired, MaxContentLength);
        RuleFor(x => x.SourceReference).Stated("sourceReference", ErrorCodes.NameRequired, MaxSourceReferenceLength);
        RuleFor(x => x.IssuedOn).Required("issuedOn").DependentRules(() =>
            RuleFor(x => x.IssuedOn!.Value).NotInFuture("issuedOn", clock, zone).OverridePropertyName("IssuedOn"));
        RuleFor(x => x.TimeLimit).Required("timeLimit").DependentRules(() =>
        {
            RuleFor(x => x.TimeLimit!.Unit).Cascade(CascadeMode.Stop).Required("timeLimit.unit")
                .OneOf("timeLimit.unit", Enum.GetNames<RuleDurationUnit>(), v => EnumNames.Of<RuleDurationUnit>(v) is not null);
            RuleFor(x => x.TimeLimit!.Count).Cascade(CascadeMode.Stop).Required("timeLimit.count").CountOfUnits("timeLimit.count");
        });
    }
}

/// <summary>Checks a <see cref="CompletionDraft"/>: the day is given and not after today (from the clock and zone given).</summary>
public sealed class CompletionDraftValidator : AbstractValidator<CompletionDraft>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CompletionDraftValidator(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.On).Required("on").DependentRules(() =>
            RuleFor(x => x.On!.Value).NotInFuture("on", clock, zone).OverridePropertyName("On"));
    }
}
