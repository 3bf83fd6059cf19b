using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>The lunar dates the statutory rules need, from the Vietnamese lunar calendar (UTC+7).</summary>
internal sealed class VietnameseLunarHolidayDates(VietnameseLunarCalendar calendar) : ILunarHolidayDates
{
    public static VietnameseLunarHolidayDates Default { get; } = new(VietnameseLunarCalendar.Default);

    public int MinYear => calendar.MinYear;

    public int MaxYear => calendar.MaxYear;

    public LocalDate NewYear(int lunarYear) => calendar.NewYear(lunarYear);

    public LocalDate ToLocalDate(int lunarYear, int month, int day) => calendar.ToLocalDate(LunarDate.Create(lunarYear, month, day));
}
