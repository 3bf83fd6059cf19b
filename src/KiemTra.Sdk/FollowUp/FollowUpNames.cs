using KiemTra.Sdk.Deadlines;

namespace KiemTra.Sdk.FollowUp;

/// <summary>Names of deadline statuses and recommendation sources as users read them (<i>tên trạng thái, nguồn kiến nghị</i>).</summary>
internal static class FollowUpNames
{
    /// <summary>A deadline status: "quá hạn" / "overdue".</summary>
    internal static LocalizedText Of(DeadlineStatus status) => status switch
    {
        DeadlineStatus.NotDue => LocalizedText.Of("chưa đến hạn", "not due"),
        DeadlineStatus.DueSoon => LocalizedText.Of("sắp đến hạn", "due soon"),
        DeadlineStatus.DueToday => LocalizedText.Of("đến hạn hôm nay", "due today"),
        DeadlineStatus.Overdue => LocalizedText.Of("quá hạn", "overdue"),
        DeadlineStatus.MetOnTime => LocalizedText.Of("hoàn thành đúng hạn", "completed on time"),
        DeadlineStatus.MetLate => LocalizedText.Of("hoàn thành quá hạn", "completed late"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown deadline status."),
    };

    /// <summary>Where a recommendation comes from: "kiểm tra của Đảng" / "party inspection".</summary>
    internal static LocalizedText Of(RecommendationSource source) => source switch
    {
        RecommendationSource.PartyInspection => LocalizedText.Of("kiểm tra của Đảng", "party inspection"),
        RecommendationSource.PartySupervision => LocalizedText.Of("giám sát của Đảng", "party supervision"),
        RecommendationSource.StateInspection => LocalizedText.Of("thanh tra", "state inspection"),
        RecommendationSource.Audit => LocalizedText.Of("kiểm toán", "state audit"),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown recommendation source."),
    };
}
