using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>The consistency rules every holiday schedule obeys, shared by the factory and the JSON loader.</summary>
internal static class HolidayScheduleRules
{
    /// <summary>
    /// How many days before 1 January a year's schedule may reach: a New Year break can begin on the
    /// previous year's last days (2022-12-31 for 2023, 2023-12-30 for 2024; a swap gave 2018-12-31 off for 2019).
    /// </summary>
    public const int LeadInDays = 7;

    public static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>The first date a schedule for <paramref name="year"/> may list.</summary>
    public static LocalDate FirstDate(int year) => new LocalDate(year, 1, 1).PlusDays(-LeadInDays);

    public static LocalizedText? CheckDayOff(LocalDate date, DayKind kind) => kind switch
    {
        DayKind.PublicHoliday => null,
        DayKind.CompensatoryDayOff or DayKind.SwappedDayOff when IsWeekend(date) => LocalizedText.Of(
            $"ngày nghỉ bù hoặc hoán đổi phải là ngày làm việc trong tuần, nhưng {KiemTra.Sdk.Formatting.TextFormat.Date(date)} là {KiemTra.Sdk.Formatting.TextFormat.DayOfWeek(date.DayOfWeek)}",
            $"a compensatory or swapped day off must be a weekday, but {date:uuuu-MM-dd} is a {date.DayOfWeek}"),
        DayKind.CompensatoryDayOff or DayKind.SwappedDayOff => null,
        DayKind.WeeklyRestDay when !IsWeekend(date) => LocalizedText.Of(
            $"ngày nghỉ hằng tuần phải là thứ Bảy hoặc Chủ nhật, nhưng {KiemTra.Sdk.Formatting.TextFormat.Date(date)} là {KiemTra.Sdk.Formatting.TextFormat.DayOfWeek(date.DayOfWeek)}",
            $"a weekly rest day must be a Saturday or Sunday, but {date:uuuu-MM-dd} is a {date.DayOfWeek}"),
        DayKind.WeeklyRestDay => null,
        _ => LocalizedText.Of(
            $"loại ngày '{kind}' không phải là ngày nghỉ",
            $"kind '{kind}' is not a kind of day off"),
    };

    public static LocalizedText? CheckInYear(int year, LocalDate date)
    {
        if (date >= FirstDate(year) && date <= new LocalDate(year, 12, 31))
        {
            return null;
        }

        return LocalizedText.Of(
            $"ngày {date:uuuu-MM-dd} nằm ngoài năm {year} (cho phép từ {FirstDate(year):uuuu-MM-dd} đến {year}-12-31: kỳ nghỉ Tết Dương lịch có thể bắt đầu từ những ngày cuối năm trước)",
            $"date {date:uuuu-MM-dd} is outside year {year} (allowed {FirstDate(year):uuuu-MM-dd} to {year}-12-31: a New Year break may begin in the last days of the previous year)");
    }
}
