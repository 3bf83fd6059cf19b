namespace KiemTra.Sdk.Calendar;

/// <summary>
/// Why a day is or is not a working day (<i>loại ngày</i>) for party and state bodies.
/// </summary>
public enum DayKind
{
    /// <summary>An ordinary working day, Monday to Friday (<i>ngày làm việc</i>).</summary>
    WorkingDay = 0,

    /// <summary>A Saturday made a working day by a swap (<i>ngày làm bù</i>).</summary>
    MakeUpWorkday = 1,

    /// <summary>A Saturday or Sunday, the weekly rest days of party and state bodies (<i>ngày nghỉ hằng tuần</i>, QĐ 188/1999/QĐ-TTg).</summary>
    WeeklyRestDay = 2,

    /// <summary>A public holiday, Tết included (<i>ngày nghỉ lễ, tết</i>, Labour Code 2019 Art. 112).</summary>
    PublicHoliday = 3,

    /// <summary>A working day given off because a holiday fell on a weekly rest day (<i>ngày nghỉ bù</i>, Art. 111(3)).</summary>
    CompensatoryDayOff = 4,

    /// <summary>A working day given off in exchange for a make-up Saturday (<i>ngày nghỉ hoán đổi</i>).</summary>
    SwappedDayOff = 5,
}
