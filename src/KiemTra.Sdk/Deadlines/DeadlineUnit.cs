namespace KiemTra.Sdk.Deadlines;

/// <summary>The unit a time limit is stated in (<i>đơn vị thời hạn</i>). Texts say "ngày" for calendar days and
/// "ngày làm việc" for working days; the unit is always explicit.</summary>
public enum DeadlineUnit
{
    /// <summary>Calendar days (<i>ngày</i>): every day counts; a last day that is not a working day rolls forward.</summary>
    CalendarDays = 0,

    /// <summary>Working days (<i>ngày làm việc</i>): only working days count.</summary>
    WorkingDays = 1,

    /// <summary>Months (<i>tháng</i>): the same day of the month N months later, clamped to the month's end; rolls forward like days.</summary>
    Months = 2,
}
