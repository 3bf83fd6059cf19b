namespace KiemTra.Sdk.Register;

/// <summary>
/// Follow-up of conclusions and recommendations issued in a period (<i>theo dõi thực hiện kết luận, kiến nghị</i>),
/// read on the period's last day (or the data's extraction date when earlier), by the one rule of when an action is carried
/// out and when it is overdue: <c>Issued = CompletedOnTime + CompletedLate + Overdue + NotYetDue</c>.
/// </summary>
/// <param name="Issued">Recommendations issued in the period to organisations of the scope.</param>
/// <param name="CompletedOnTime">Of which carried out by their due date.</param>
/// <param name="CompletedLate">Of which carried out after their due date.</param>
/// <param name="Overdue">Of which not carried out and past their due date.</param>
/// <param name="NotYetDue">Of which not carried out and not yet due.</param>
public sealed record FollowUpStatistics(int Issued, int CompletedOnTime, int CompletedLate, int Overdue, int NotYetDue);
