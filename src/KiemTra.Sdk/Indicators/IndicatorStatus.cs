namespace KiemTra.Sdk.Indicators;

/// <summary>The outcome of evaluating an indicator (<i>kết quả đánh giá</i>).</summary>
public enum IndicatorStatus
{
    /// <summary>The target is met (<i>đạt</i>).</summary>
    Met = 1,

    /// <summary>The target is missed (<i>không đạt</i>).</summary>
    NotMet = 2,

    /// <summary>Some units have no data for the period (<i>thiếu dữ liệu</i>): neither a pass nor a fail.</summary>
    MissingData = 3,

    /// <summary>The period is shorter than the indicator's (a year of a term target): the value shows progress only (<i>đang thực hiện</i>).</summary>
    InProgress = 4,

    /// <summary>The indicator does not apply: outside its validity years, or no unit of its kind in the scope (<i>không áp dụng</i>).</summary>
    NotApplicable = 5,
}
