namespace KiemTra.Sdk.Indicators;

/// <summary>How a value is compared with a target (<i>phép so sánh với chỉ tiêu</i>); written <c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>, <c>&gt;</c>, <c>&lt;</c> in data.</summary>
public enum TargetComparator
{
    /// <summary>At least the target (<c>&gt;=</c>, <i>đạt từ … trở lên</i>).</summary>
    AtLeast = 1,

    /// <summary>At most the target (<c>&lt;=</c>, <i>không quá</i>).</summary>
    AtMost = 2,

    /// <summary>Exactly the target (<c>=</c>).</summary>
    EqualTo = 3,

    /// <summary>More than the target (<c>&gt;</c>).</summary>
    MoreThan = 4,

    /// <summary>Less than the target (<c>&lt;</c>).</summary>
    LessThan = 5,
}
