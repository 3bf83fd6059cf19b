namespace KiemTra.Sdk.Rules;

/// <summary>
/// The unit of a time limit (<i>đơn vị thời hạn</i>), in a rule set and in a deadline alike. Party texts write
/// <i>ngày</i> for calendar days and <i>ngày làm việc</i> for working days; the unit is always stated, never guessed.
/// </summary>
public enum RuleDurationUnit
{
    /// <summary>
    /// Calendar days (<i>ngày</i>): every day counts; a deadline whose last day is not a working day rolls forward to
    /// the next working day.
    /// </summary>
    CalendarDays = 1,

    /// <summary>Working days (<i>ngày làm việc</i>): only working days count.</summary>
    WorkingDays = 2,

    /// <summary>
    /// Calendar months (<i>tháng</i>): the same day of the month N months later, clamped to the month's end; a deadline
    /// rolls forward like days.
    /// </summary>
    Months = 3,

    /// <summary>
    /// Calendar years (<i>năm</i>): the same day and month N years later (29 February gives 28 February); a deadline
    /// rolls forward like days.
    /// </summary>
    Years = 4,
}
