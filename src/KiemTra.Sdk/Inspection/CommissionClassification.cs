namespace KiemTra.Sdk.Inspection;

/// <summary>The yearly classification of a subordinate inspection commission (<i>phân loại ủy ban kiểm tra</i>).</summary>
public enum CommissionClassification
{
    /// <summary>Completed its duties excellently (<i>hoàn thành xuất sắc nhiệm vụ</i>).</summary>
    ExcellentlyCompleted = 1,

    /// <summary>Completed its duties well (<i>hoàn thành tốt nhiệm vụ</i>).</summary>
    WellCompleted = 2,

    /// <summary>Completed its duties (<i>hoàn thành nhiệm vụ</i>).</summary>
    Completed = 3,

    /// <summary>Did not complete its duties (<i>không hoàn thành nhiệm vụ</i>).</summary>
    NotCompleted = 4,
}
