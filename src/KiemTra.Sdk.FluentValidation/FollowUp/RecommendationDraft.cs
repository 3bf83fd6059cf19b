using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Deadlines;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.FollowUp;

/// <summary>
/// A recommendation of a case's conclusion as a host receives it (<i>kiến nghị, yêu cầu trong thông báo kết luận</i>), not
/// yet checked: the request model of a host's "record a recommendation" call (in JSON <c>{"id","addressee","content",
/// "sourceReference","issuedOn","timeLimit":{"unit","count"}}</c>). Validate it with <see cref="RecommendationDraftValidator"/>;
/// the host then builds the <c>Recommendation</c> for the case it belongs to (its source follows from the case's activity).
/// </summary>
/// <remarks>Every field is an init property (a host names each one, <c>new RecommendationDraft { Id = …, Addressee = … }</c>);
/// a field left out is null, which the validator reports.</remarks>
public sealed record RecommendationDraft
{
    /// <summary>The recommendation id (the SDK's identifier rule).</summary>
    public string? Id { get; init; }

    /// <summary>The organisation that must carry it out.</summary>
    public string? Addressee { get; init; }

    /// <summary>What is to be done.</summary>
    public string? Content { get; init; }

    /// <summary>The conclusion notice it is in (e.g. <c>20-TB/UBKT</c>).</summary>
    public string? SourceReference { get; init; }

    /// <summary>When the conclusion was issued (not after today); the time limit runs from it.</summary>
    public LocalDate? IssuedOn { get; init; }

    /// <summary>The time limit the conclusion set.</summary>
    public TimeLimitDraft? TimeLimit { get; init; }
}

/// <summary>A time limit as received (<i>thời hạn thực hiện</i>).</summary>
/// <param name="Unit">A <see cref="RuleDurationUnit"/> name (any letter case): <c>WorkingDays</c>, <c>CalendarDays</c>, <c>Months</c> or <c>Years</c>.</param>
/// <param name="Count">How many units: 1 to <see cref="DeadlineRule.MaxCount"/>.</param>
public sealed record TimeLimitDraft(string? Unit, int? Count)
{
    /// <summary>The unit <see cref="Unit"/> names, or null when it names none.</summary>
    /// <returns>The unit, or null.</returns>
    public RuleDurationUnit? UnitKind() => EnumNames.Of<RuleDurationUnit>(Unit);
}

/// <summary>That something was done on a day, as a host receives it (<i>ngày thực hiện</i>): a recommendation carried out, in JSON <c>{"on"}</c>.</summary>
/// <param name="On">The day (not after today).</param>
public sealed record CompletionDraft(LocalDate? On);
