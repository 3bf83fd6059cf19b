namespace KiemTra.Sdk.Discipline;

/// <summary>
/// A disciplinary form (<i>hình thức kỷ luật</i>). Which forms apply to which subject, and in which
/// order, is decided by <see cref="DisciplineRules"/> from rule-set data, never by this enum.
/// </summary>
/// <remarks>
/// Removal from the roll (<i>xóa tên</i>) and suspension from party activity (<i>đình chỉ sinh hoạt</i>)
/// are deliberately absent: they are not disciplinary forms. <see cref="DisciplineRules.ParseFormCode"/>
/// rejects them with that explanation.
/// </remarks>
public enum DisciplineForm
{
    /// <summary>Reprimand (<i>khiển trách</i>).</summary>
    Reprimand = 1,

    /// <summary>Warning (<i>cảnh cáo</i>).</summary>
    Warning = 2,

    /// <summary>Removal from post (<i>cách chức</i>), only for a member holding a post.</summary>
    RemovalFromPost = 3,

    /// <summary>Expulsion from the Party (<i>khai trừ</i>).</summary>
    Expulsion = 4,

    /// <summary>Dissolution of a party organisation (<i>giải tán</i>).</summary>
    Dissolution = 5,
}
