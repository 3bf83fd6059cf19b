using FluentValidation;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.FollowUp;

/// <summary>
/// A time limit to count from an event, as a host receives it (<i>đề nghị tính thời hạn</i>), not yet checked: in JSON
/// <c>{"event","unit","count","anchor"}</c>. Validate it with <see cref="DeadlineDraftValidator"/>, then build the rule
/// with <see cref="ToRule"/> and count it with a <see cref="DeadlineCalculator"/>.
/// </summary>
/// <param name="Event">The event's date.</param>
/// <param name="Unit">A <see cref="RuleDurationUnit"/> name (any letter case).</param>
/// <param name="Count">How many units: 1 to <see cref="DeadlineRule.MaxCount"/>.</param>
/// <param name="Anchor">Optional: what the event is (e.g. "ngày nhận đơn tố cáo"), used in the explanation.</param>
public sealed record DeadlineDraft(LocalDate? Event, string? Unit, int? Count, string? Anchor = null)
{
    /// <summary>The (validated) rule, by <see cref="DeadlineRule.Create"/>; the anchor is the one text in both languages, or "the event".</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="citation">What the limit rests on.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    public DeadlineRule ToRule(string id, RuleCitation citation)
        => DeadlineRule.Create(id, EnumNames.Of<RuleDurationUnit>(Unit) ?? throw new ArgumentException($"'{Unit}' is not a time unit.", nameof(Unit)), Count ?? 0,
            Anchor is null ? LocalizedText.Of("ngày xảy ra sự kiện", "the event") : LocalizedText.Of(Anchor, Anchor), citation);
}

/// <summary>Checks a <see cref="DeadlineDraft"/>: the event given, one <see cref="RuleDurationUnit"/> by name, a count of 1 to <see cref="DeadlineRule.MaxCount"/>, an anchor (if any) of at most <see cref="MaxAnchorLength"/> characters.</summary>
public sealed class DeadlineDraftValidator : AbstractValidator<DeadlineDraft>
{
    /// <summary>The longest anchor accepted.</summary>
    public const int MaxAnchorLength = 200;

    /// <summary>Creates the validator.</summary>
    public DeadlineDraftValidator()
    {
        RuleFor(x => x.Event).Required("event");
        RuleFor(x => x.Unit).Cascade(CascadeMode.Stop).Required("unit")
            .OneOf("unit", Enum.GetNames<RuleDurationUnit>(), v => EnumNames.Of<RuleDurationUnit>(v) is not null);
        RuleFor(x => x.Count).Cascade(CascadeMode.Stop).Required("count").CountOfUnits("count");
        When(x => x.Anchor is not null, () => RuleFor(x => x.Anchor).Stated("anchor", ErrorCodes.NameRequired, MaxAnchorLength));
    }
}
