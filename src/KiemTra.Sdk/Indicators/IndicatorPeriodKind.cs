namespace KiemTra.Sdk.Indicators;

/// <summary>The period over which an indicator's target is stated (<i>kỳ đánh giá chỉ tiêu</i>).</summary>
public enum IndicatorPeriodKind
{
    /// <summary>Each year (<i>hằng năm</i>): a shorter period shows progress only.</summary>
    Year = 1,

    /// <summary>A whole term (<i>trong một nhiệm kỳ</i>): a shorter period shows progress only.</summary>
    Term = 2,

    /// <summary>Any period the caller asks for; never reported as partial.</summary>
    Custom = 3,
}
