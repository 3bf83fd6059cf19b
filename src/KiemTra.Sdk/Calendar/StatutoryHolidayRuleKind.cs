namespace KiemTra.Sdk.Calendar;

/// <summary>How a statutory holiday's date is found (<i>cách xác định ngày nghỉ lễ</i>).</summary>
internal enum StatutoryHolidayRuleKind
{
    /// <summary>A fixed Gregorian date, e.g. 30 April.</summary>
    Fixed = 0,

    /// <summary>A fixed lunar date in the Vietnamese calendar, e.g. 10/3 lunar (Hùng Kings).</summary>
    Lunar = 1,

    /// <summary>Tết Nguyên đán: a number of days around lunar 1/1, placed by the documented heuristic.</summary>
    LunarNewYear = 2,
}
