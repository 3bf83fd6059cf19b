namespace KiemTra.Sdk.Inspection;

/// <summary>Where a supervision or inspection case stands (<i>trạng thái cuộc kiểm tra, giám sát</i>).</summary>
public enum CaseState
{
    /// <summary>Opened; no decision yet.</summary>
    Opened = 1,

    /// <summary>The decision is issued (<i>đã ban hành quyết định</i>).</summary>
    Decided = 2,

    /// <summary>The plan is approved (<i>đã có kế hoạch</i>).</summary>
    Planned = 3,

    /// <summary>The team is formed (<i>đã thành lập đoàn/tổ</i>).</summary>
    TeamFormed = 4,

    /// <summary>The decision is announced to the subject (<i>đã công bố quyết định</i>).</summary>
    Announced = 5,

    /// <summary>The subject has reported on itself (<i>đối tượng đã tự báo cáo</i>).</summary>
    SelfReported = 6,

    /// <summary>The team has verified (<i>đã thẩm tra, xác minh</i>).</summary>
    Verified = 7,

    /// <summary>The draft report is ready (<i>đã dự thảo báo cáo</i>).</summary>
    ReportDrafted = 8,

    /// <summary>The competent body has met and concluded (<i>đã họp kết luận</i>).</summary>
    Concluded = 9,

    /// <summary>The conclusion notice is issued (<i>đã ban hành thông báo kết luận</i>).</summary>
    NoticeIssued = 10,

    /// <summary>Discipline was decided or proposed (<i>đã quyết định/đề nghị kỷ luật</i>).</summary>
    DisciplineRecorded = 11,

    /// <summary>Follow-up of the conclusion is assigned (<i>đang theo dõi thực hiện kết luận</i>).</summary>
    FollowingUp = 12,

    /// <summary>Closed (<i>kết thúc</i>).</summary>
    Closed = 13,

    /// <summary>Taken up by a higher commission (<i>cấp trên thụ lý</i>); the case continues there.</summary>
    TakenUp = 14,
}
