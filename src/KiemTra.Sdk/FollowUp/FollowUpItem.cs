using KiemTra.Sdk.Deadlines;

namespace KiemTra.Sdk.FollowUp;

/// <summary>A recommendation with its status on the monitor's date and how late it is.</summary>
/// <param name="Recommendation">The recommendation.</param>
/// <param name="Status">Not due, due soon, due today, overdue, met on time or met late.</param>
/// <param name="DaysLate">Calendar days past the due date (0 when not late).</param>
public sealed record FollowUpItem(Recommendation Recommendation, DeadlineStatus Status, int DaysLate);
