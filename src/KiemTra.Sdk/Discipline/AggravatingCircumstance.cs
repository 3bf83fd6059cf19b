namespace KiemTra.Sdk.Discipline;

/// <summary>An aggravating circumstance (<i>tình tiết tăng nặng</i>) weighed in a decision.</summary>
public enum AggravatingCircumstance
{
    /// <summary>Repeated the violation after being warned, reminded or stopped (<i>đã được giáo dục, nhắc nhở, ngăn chặn nhưng vẫn làm trái; tái phạm</i>).</summary>
    RepeatAfterWarning = 1,

    /// <summary>Took revenge on informants (<i>trù dập, trả thù người tố cáo</i>).</summary>
    RevengeOnInformant = 2,

    /// <summary>Obstructed or evaded the inspection (<i>có hành vi đối phó, gây khó khăn, trở ngại cho việc kiểm tra</i>).</summary>
    ObstructedInspection = 3,

    /// <summary>Did not fully and promptly make good the material damage (<i>không bồi hoàn vật chất đầy đủ, kịp thời</i>).</summary>
    NoRestitution = 4,

    /// <summary>Acted deliberately for personal or local interest (<i>vì lợi ích cá nhân, cục bộ mà cố ý làm trái</i>).</summary>
    DeliberateForPersonalGain = 5,

    /// <summary>Systematic rather than one-off violation (<i>vi phạm có hệ thống</i>).</summary>
    Systematic = 6,
}
