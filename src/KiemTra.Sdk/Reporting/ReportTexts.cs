using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Reporting;

/// <summary>Published names of statuses (<i>tên trạng thái</i>), shared by every report writer.</summary>
public static class ReportTexts
{
    /// <summary>The status as readers see it: "Đạt" / "Met", "Thiếu dữ liệu" / "Missing data"…</summary>
    public static LocalizedText Of(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => LocalizedText.Of("Đạt", "Met"),
        IndicatorStatus.NotMet => LocalizedText.Of("Không đạt", "Not met"),
        IndicatorStatus.MissingData => LocalizedText.Of("Thiếu dữ liệu", "Missing data"),
        IndicatorStatus.InProgress => LocalizedText.Of("Đang thực hiện", "In progress"),
        IndicatorStatus.NotApplicable => LocalizedText.Of("Không áp dụng", "Not applicable"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>The status as a short machine code: <c>MET</c>, <c>NOT_MET</c>, <c>MISSING</c>, <c>IN_PROGRESS</c>, <c>NOT_APPLICABLE</c>.</summary>
    public static string Code(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => "MET",
        IndicatorStatus.NotMet => "NOT_MET",
        IndicatorStatus.MissingData => "MISSING",
        IndicatorStatus.InProgress => "IN_PROGRESS",
        IndicatorStatus.NotApplicable => "NOT_APPLICABLE",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>A rating status as readers see it.</summary>
    public static LocalizedText Of(RatingStatus status) => status switch
    {
        RatingStatus.Allowed => LocalizedText.Of("Đủ điều kiện", "Allowed"),
        RatingStatus.Blocked => LocalizedText.Of("Không đủ điều kiện", "Blocked"),
        RatingStatus.Undetermined => LocalizedText.Of("Chưa xác định", "Undetermined"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>A one-line reason for a listed unit: its reason and the records that did not count.</summary>
    public static string UnitReason(ReportUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var notCounted = unit.Facts.Where(f => !f.Counted).Select(f => $"{f.RecordId}: {f.Note.Vietnamese}").ToList();
        return notCounted.Count == 0 ? unit.Reason.Vietnamese : $"{unit.Reason.Vietnamese} — {string.Join("; ", notCounted)}";
    }
}
