using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Calendar;

/// <summary>R-W3: schedules built in code obey the same rules as loaded ones.</summary>
public class HolidayScheduleTests
{
    private static readonly RuleCitation Source = RuleCitation.Of("T", "Thông báo thử", null, true);
    private static readonly LocalizedText Reason = LocalizedText.Of("lý do", "reason");

    [Fact]
    public void Create_SortsEntries_AndKeepsLeadInDates()
    {
        var schedule = HolidaySchedule.Create(
            2027,
            false,
            Source,
            [ScheduledDayOff.Create(new LocalDate(2027, 1, 1), DayKind.PublicHoliday, Reason, Source), ScheduledDayOff.Create(new LocalDate(2026, 12, 31), DayKind.SwappedDayOff, Reason, Source)],
            [MakeUpWorkday.Create(new LocalDate(2027, 1, 9), new LocalDate(2026, 12, 31), Reason, Source)]);
        Assert.Equal([new LocalDate(2026, 12, 31), new LocalDate(2027, 1, 1)], schedule.DaysOff.Select(d => d.Date));
    }

    [Fact]
    public void Create_RejectsDuplicateAndOutOfYearDates()
    {
        var day = ScheduledDayOff.Create(new LocalDate(2027, 1, 1), DayKind.PublicHoliday, Reason, Source);
        var duplicate = Assert.Throws<ArgumentException>(() => HolidaySchedule.Create(2027, false, Source, [day, day], []));
        Assert.Contains("daysOff[1]", duplicate.Message, StringComparison.Ordinal);
        var outside = Assert.Throws<ArgumentException>(() => HolidaySchedule.Create(2026, false, Source, [day], []));
        Assert.Contains("outside year 2026", outside.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidaySchedule.Create(1800, false, Source, [], []));
    }

    [Fact]
    public void DayOffAndMakeUpFactories_RejectWrongWeekdays()
    {
        Assert.Throws<ArgumentException>(() => ScheduledDayOff.Create(new LocalDate(2027, 1, 2), DayKind.CompensatoryDayOff, Reason, Source));
        Assert.Throws<ArgumentException>(() => ScheduledDayOff.Create(new LocalDate(2027, 1, 4), DayKind.WeeklyRestDay, Reason, Source));
        Assert.Throws<ArgumentException>(() => ScheduledDayOff.Create(new LocalDate(2027, 1, 4), DayKind.WorkingDay, Reason, Source));
        var sunday = Assert.Throws<ArgumentException>(() => MakeUpWorkday.Create(new LocalDate(2027, 1, 3), null, Reason, Source));
        Assert.Contains("Sunday", sunday.Message, StringComparison.Ordinal);
    }
}
