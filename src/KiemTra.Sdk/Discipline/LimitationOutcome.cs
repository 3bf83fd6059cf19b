namespace KiemTra.Sdk.Discipline;

/// <summary>The result of a limitation-period check (<i>kết quả xét thời hiệu</i>).</summary>
internal enum LimitationOutcome
{
    /// <summary>The conclusion falls within the limitation period: discipline may be imposed.</summary>
    WithinPeriod = 1,

    /// <summary>The limitation period had run out before the conclusion: no discipline with this form.</summary>
    Expired = 2,

    /// <summary>No limitation period applies (the form or the category of violation has none).</summary>
    NoLimitation = 3,
}
