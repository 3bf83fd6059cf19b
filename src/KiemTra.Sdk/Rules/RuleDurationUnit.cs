namespace KiemTra.Sdk.Rules;

/// <summary>
/// The unit of a time limit in a rule (<i>đơn vị thời hạn</i>). Party texts write <i>ngày</i> for calendar days
/// and <i>ngày làm việc</i> for working days; the unit is always stated, never guessed.
/// </summary>
public enum RuleDurationUnit
{
    /// <summary>Calendar days (<i>ngày</i>).</summary>
    Days = 1,

    /// <summary>Working days (<i>ngày làm việc</i>).</summary>
    WorkingDays = 2,

    /// <summary>Calendar months (<i>tháng</i>).</summary>
    Months = 3,

    /// <summary>Calendar years (<i>năm</i>).</summary>
    Years = 4,
}
