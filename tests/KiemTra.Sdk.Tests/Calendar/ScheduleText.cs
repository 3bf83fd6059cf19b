using KiemTra.Sdk.Calendar;

namespace KiemTra.Sdk.Tests.Calendar;

/// <summary>Renders a schedule as reviewable text for golden files.</summary>
internal static class ScheduleText
{
    public static string Render(HolidaySchedule schedule)
    {
        var lines = new List<string> { $"year {schedule.Year} provisional={schedule.IsProvisional} source: {schedule.Source}" };
        lines.AddRange(schedule.DaysOff.Select(d => $"{d.Date:uuuu-MM-dd} {d.Date.DayOfWeek,-9} {d.Kind,-18} {d.Reason.Vietnamese} | {d.Reason.English} | {d.Source}"));
        lines.AddRange(schedule.MakeUpWorkdays.Select(m => $"{m.Date:uuuu-MM-dd} {m.Date.DayOfWeek,-9} {"MakeUpWorkday",-18} {m.Reason.Vietnamese} | {m.Reason.English} | {m.Source}"));
        return string.Join('\n', lines);
    }
}
