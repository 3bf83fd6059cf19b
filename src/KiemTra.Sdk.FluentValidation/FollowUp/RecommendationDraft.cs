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
/// <param name="Id">The recommendation id (the SDK's identifier rule).</param>
/// <param name="Addressee">The organisation that must carry it out.</param>
/// <param name="Content">What is to be done.</param>
/// <param name="SourceReference">The conclusion notice it is in (e.g. <c>20-TB/UBKT</c>).</param>
/// <param name="IssuedOn">When the conclusion was issued (not after today); the time limit runs from it.</param>
/// <param name="TimeLimit">The time limit the conclusion set.</param>
public sealed record RecommendationDraft(string? Id, string? Addressee, string? Content, string? SourceReference, LocalDate? IssuedOn, TimeLimitDraft? TimeLimit);

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
