using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Diagnostics;

namespace KiemTra.Sdk.EarlyWarning;

/// <summary>
/// Conclusions and recommendations past their deadline and not completed (<i>kết luận quá hạn chưa thực hiện</i>).
/// A recommendation overdue by more than <see cref="EscalateAfterDays"/> days is reported as an error (delay to flag).
/// </summary>
internal sealed class OverdueConclusionsRule : IEarlyWarningRule
{
    private OverdueConclusionsRule(int escalateAfterDays) => EscalateAfterDays = escalateAfterDays;

    /// <summary>Days overdue after which the finding becomes an error.</summary>
    public int EscalateAfterDays { get; }

    /// <inheritdoc />
    public string Code => "EW-OVERDUE-CONCLUSION";

    /// <inheritdoc />
    public FindingSeverity Severity => FindingSeverity.Warning;

    /// <inheritdoc />
    public LocalizedText Description => LocalizedText.Of("Kết luận, kiến nghị quá hạn chưa thực hiện", "Conclusions and recommendations overdue and not carried out");

    /// <summary>Creates the rule.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="escalateAfterDays"/> is negative.</exception>
    public static OverdueConclusionsRule Create(int escalateAfterDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(escalateAfterDays);
        return new OverdueConclusionsRule(escalateAfterDays);
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(EarlyWarningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = FollowUp.FollowUpReport.Of(context.Recommendations, context.Monitor);
        foreach (var r in report.Recommendations.Where(r => report.StatusOf(r) == DeadlineStatus.Overdue))
        {
            var daysLate = r.DaysLate(report.AsOf);
            var severity = daysLate > EscalateAfterDays ? FindingSeverity.Error : Severity;
            yield return Finding.Create(Code, severity, r.Addressee.Value, LocalizedText.Of(
                $"{r.Addressee}: kiến nghị {r.Id} ({FollowUp.FollowUpNames.Of(r.Source).Vietnamese}, {r.SourceReference}) quá hạn {KiemTra.Sdk.Formatting.TextFormat.Integer(daysLate)} ngày (hạn {KiemTra.Sdk.Formatting.TextFormat.Date(r.Deadline.Due)}): {r.Content}",
                $"{r.Addressee}: recommendation {r.Id} ({FollowUp.FollowUpNames.Of(r.Source).English}, {r.SourceReference}) is {KiemTra.Sdk.Formatting.TextFormat.EnglishInteger(daysLate)} days overdue (due {KiemTra.Sdk.Formatting.TextFormat.IsoDate(r.Deadline.Due)}): {r.Content}"),
                r.Deadline.Rule.Citation);
        }
    }
}
