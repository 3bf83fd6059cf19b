using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>The two things the statutory rules need from the Vietnamese lunar calendar.</summary>
internal interface ILunarHolidayDates
{
    /// <summary>The smallest lunar year supported.</summary>
    int MinYear { get; }

    /// <summary>The largest lunar year supported.</summary>
    int MaxYear { get; }

    /// <summary>The Gregorian date of lunar 1/1 (Tết) of <paramref name="lunarYear"/>.</summary>
    LocalDate NewYear(int lunarYear);

    /// <summary>The Gregorian date of the (non-leap) lunar date <paramref name="month"/>/<paramref name="day"/> of <paramref name="lunarYear"/>.</summary>
    LocalDate ToLocalDate(int lunarYear, int month, int day);
}
