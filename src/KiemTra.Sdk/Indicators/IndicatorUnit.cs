namespace KiemTra.Sdk.Indicators;

/// <summary>The unit of an indicator's value and target (<i>đơn vị tính</i>).</summary>
public enum IndicatorUnit
{
    /// <summary>A share written as a fraction: 1.0 is 100%, 0.95 is 95% (<i>tỷ lệ phần trăm</i>).</summary>
    Percent = 1,

    /// <summary>A number of things (<i>số lượng</i>): the value is the numerator.</summary>
    Count = 2,

    /// <summary>Yes or no (<i>có/không</i>): 1 when every unit counted, else 0.</summary>
    Boolean = 3,
}
