using KiemTra.Sdk.Deadlines;

namespace KiemTra.Sdk.FollowUp;

/// <summary>Names of deadline statuses and recommendation sources as users read them (<i>tên trạng thái, nguồn kiến nghị</i>).</summary>
internal static class FollowUpNames
{
    /// <summary>A deadline status: "quá hạn" / "overdue".</summary>
    internal static LocalizedText Of(DeadlineStatus status) => Terms.Of(status);

    /// <summary>Where a recommendation comes from: "kiểm tra của Đảng" / "party inspection".</summary>
    internal static LocalizedText Of(RecommendationSource source) => Terms.Of(source);
}
