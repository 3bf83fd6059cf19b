using KiemTra.Sdk.FollowUp;

namespace KiemTra.Sdk.Reporting.Documents;

/// <summary>
/// The five figures of the follow-up table (<i>tình hình thực hiện kết luận, kiến nghị</i>) read from the statistics'
/// <see cref="FollowUpReport"/>: issued = carried out on time + carried out late + overdue + not yet due.
/// </summary>
/// <param name="Issued">Recommendations issued in the period.</param>
/// <param name="CompletedOnTime">Of which carried out by their due date.</param>
/// <param name="CompletedLate">Of which carried out after their due date.</param>
/// <param name="Overdue">Of which not carried out and past their due date.</param>
/// <param name="NotYetDue">Of which not carried out and not yet past their due date.</param>
internal sealed record FollowUpFigures(int Issued, int CompletedOnTime, int CompletedLate, int Overdue, int NotYetDue)
{
    /// <summary>The figures of a report.</summary>
    /// <param name="report">The report (e.g. <see cref="Register.WorkStatistics.FollowUp"/>).</param>
    /// <returns>The figures.</returns>
    public static FollowUpFigures Of(FollowUpReport report) => new(
        report.Issued, report.MetOnTime, report.MetLate, report.Overdue, report.NotYetDue);
}
