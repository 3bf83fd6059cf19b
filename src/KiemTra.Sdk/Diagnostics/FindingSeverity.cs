namespace KiemTra.Sdk.Diagnostics;

/// <summary>How serious a finding is (<i>mức độ</i>).</summary>
public enum FindingSeverity
{
    /// <summary>For information only (<i>thông tin</i>).</summary>
    Information = 0,

    /// <summary>Something to look at; the data may still be valid (<i>cảnh báo</i>).</summary>
    Warning = 1,

    /// <summary>A rule is broken (<i>vi phạm quy định</i>).</summary>
    Error = 2,
}
