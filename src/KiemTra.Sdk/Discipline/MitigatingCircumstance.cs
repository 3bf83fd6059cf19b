namespace KiemTra.Sdk.Discipline;

/// <summary>A mitigating circumstance (<i>tình tiết giảm nhẹ</i>) weighed in a decision.</summary>
public enum MitigatingCircumstance
{
    /// <summary>Reported the violation themself (<i>tự giác báo cáo, nhận khuyết điểm</i>).</summary>
    SelfReported = 1,

    /// <summary>Voluntarily remedied the violation and its consequences (<i>chủ động khắc phục hậu quả</i>).</summary>
    VoluntaryRemediation = 2,

    /// <summary>Acted in a bona fide innovation or pilot for the common good (<i>đổi mới, sáng tạo, thí điểm vì lợi ích chung</i>).</summary>
    BonaFideInnovation = 3,

    /// <summary>A one-off violation (<i>vi phạm nhất thời</i>).</summary>
    OneOff = 4,

    /// <summary>Caused by limited capacity rather than intent (<i>do trình độ, năng lực</i>).</summary>
    LimitedCapacity = 5,
}
