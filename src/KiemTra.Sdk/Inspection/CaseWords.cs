using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Inspection;

/// <summary>The Vietnamese words a case's history notes use for bodies, take-up reasons and review outcomes (never the enum names).</summary>
internal static class CaseWords
{
    internal static string Body(BodyKind body) => body switch
    {
        BodyKind.Committee => "cấp ủy",
        BodyKind.StandingCommittee => "ban thường vụ",
        BodyKind.InspectionCommission => "ủy ban kiểm tra",
        BodyKind.AdvisoryAgency => "cơ quan tham mưu, giúp việc",
        _ => "chi bộ",
    };

    internal static string Reason(TakeUpReason reason) => reason switch
    {
        TakeUpReason.LowerLevelDidNotAct => "cấp dưới không xử lý",
        TakeUpReason.LowerLevelActedWrongly => "cấp dưới xử lý không đúng mức",
        TakeUpReason.DenunciationDelayed => "cấp dưới trì hoãn giải quyết tố cáo",
        _ => "có dấu hiệu dung túng, bao che, bỏ lọt vi phạm",
    };

    internal static string Outcome(HigherReviewOutcome outcome) => outcome switch
    {
        HigherReviewOutcome.Upheld => "giữ nguyên",
        HigherReviewOutcome.ReconsiderationRequested => "yêu cầu xem xét lại",
        _ => "hủy bỏ, thay đổi",
    };
}
