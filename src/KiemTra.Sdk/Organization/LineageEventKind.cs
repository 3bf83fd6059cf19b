namespace KiemTra.Sdk.Organization;

/// <summary>A change in an organisation's existence (<i>biến động tổ chức</i>).</summary>
public enum LineageEventKind
{
    /// <summary>Renamed (<i>đổi tên</i>); the identifier stays.</summary>
    Renamed = 1,

    /// <summary>Merged into another organisation (<i>hợp nhất, sáp nhập</i>), which takes over its responsibilities.</summary>
    MergedInto = 2,

    /// <summary>Created by splitting from another organisation (<i>chia tách</i>); the other one ends on that date unless it continues.</summary>
    SplitFrom = 3,

    /// <summary>Dissolved (<i>giải thể</i>); its parent takes over its responsibilities.</summary>
    Dissolved = 4,
}
