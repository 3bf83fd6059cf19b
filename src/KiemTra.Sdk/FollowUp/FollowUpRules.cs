using NodaTime;

namespace KiemTra.Sdk.FollowUp;

/// <summary>
/// The one definition of when a conclusion or recommendation counts as carried out and when it is overdue: the
/// follow-up report, the overdue-conclusions warning and the conclusion indicators all call it.
/// </summary>
internal static class FollowUpRules
{
    /// <summary>Whether the action completed on <paramref name="completedOn"/> was carried out by <paramref name="cutOff"/> (the day itself included).</summary>
    internal static bool CarriedOutBy(LocalDate? completedOn, LocalDate cutOff) => completedOn is { } on && on <= cutOff;

    /// <summary>Whether an action due on <paramref name="due"/> is overdue on <paramref name="today"/>: not carried out and past its due day.</summary>
    internal static bool IsOverdue(LocalDate due, LocalDate? completedOn, LocalDate today) => completedOn is null && today > due;
}
