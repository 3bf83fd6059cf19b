namespace KiemTra.Sdk.Indicators;

/// <summary>Kind of meeting, for length limits (<i>loại hội nghị</i>).</summary>
public enum MeetingKind
{
    /// <summary>Dissemination of major policies (<i>hội nghị quán triệt, phổ biến chủ trương lớn</i>).</summary>
    Dissemination = 1,

    /// <summary>Professional meeting (<i>hội nghị chuyên môn, nghiệp vụ</i>).</summary>
    Professional = 2,

    /// <summary>Important meeting that needs discussion (<i>hội nghị quan trọng cần thảo luận</i>).</summary>
    Important = 3,
}
