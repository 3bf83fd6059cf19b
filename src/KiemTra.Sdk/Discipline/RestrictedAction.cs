namespace KiemTra.Sdk.Discipline;

/// <summary>Something a member may not receive while a disciplinary decision is in effect (<i>hạn chế khi đang chịu kỷ luật</i>).</summary>
public enum RestrictedAction
{
    /// <summary>Transfer to another post (<i>điều động</i>).</summary>
    Transfer = 1,

    /// <summary>Appointment (<i>bổ nhiệm</i>).</summary>
    Appointment = 2,

    /// <summary>Promotion (<i>đề bạt, nâng ngạch, nâng lương trước thời hạn</i>).</summary>
    Promotion = 3,

    /// <summary>Honours and awards (<i>khen thưởng</i>).</summary>
    Honors = 4,
}
