using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Calendar;

/// <summary>R-W3: schedules built in code obey the same rules as loaded ones.</summary>
public class HolidayScheduleTests
{
    private static readonly RuleCitation Source = RuleCitation.Of(RuleSetId.From("T"), "Thông báo thử", null, true);
    private static readonly LocalizedText Reason = LocalizedText.Of("lý do", "reason");

    [Fact]
    public void Create_SortsEntries_AndKeepsLeadInDates()
    {
        var schedule = HolidaySchedule.Create(
            2027,
            false,
            Source,
            [DayExplanation.Create(new LocalDate(2027, 1, 1), DayKind.PublicHoliday, Reason, Source, isProvisional: false), DayExplanation.Create(new LocalDate(2026, 12, 31), DayKind.SwappedDayOff, Reason, Source, isProvisional: false)],
            [DayExplanation.Create(new LocalDate(2027, 1, 9), DayKind.MakeUpWorkday, Reason, Source, isProvisional: false, replaces: new LocalDate(2026, 12, 31))]);
        Assert.Equal([new LocalDate(2026, 12, 31), new LocalDate(2027, 1, 1)], schedule.DaysOff.Select(d => d.Date));
    }

    [Fact]
    public void Create_RejectsDuplicateAndOutOfYearDates()
    {
        var day = DayExplanation.Create(new LocalDate(2027, 1, 1), DayKind.PublicHoliday, Reason, Source, isProvisional: false);
        var duplicate = Assert.Throws<ArgumentException>(() => HolidaySchedule.Create(2027, false, Source, [day, day], []));
        Assert.Contains("daysOff[1]", duplicate.Message, StringComparison.Ordinal);
        var outside = Assert.Throws<ArgumentException>(() => HolidaySchedule.Create(2026, false, Source, [day], []));
        Assert.Contains("outside year 2026", outside.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidaySchedule.Create(1800, false, Source, [], []));
    }

    [Fact]
    public void DayOffAndMakeUpFactories_RejectWrongWeekdays()
    {
        Assert.Throws<ArgumentException>(() => DayExplanation.Create(new LocalDate(2027, 1, 2), DayKind.CompensatoryDayOff, Reason, Source, isProvisional: false));
        Assert.Throws<ArgumentException>(() => DayExplanation.Create(new LocalDate(2027, 1, 4), DayKind.WeeklyRestDay, Reason, Source, isProvisional: false));
        var sunday = Assert.Throws<ArgumentException>(() => DayExplanation.Create(new LocalDate(2027, 1, 3), DayKind.MakeUpWorkday, Reason, Source, isProvisional: false));
        Assert.Contains("Sunday", sunday.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DayExplanation.Create(new LocalDate(2027, 1, 4), DayKind.SwappedDayOff, Reason, Source, isProvisional: false, replaces: new LocalDate(2027, 1, 9)));
    }

    [Fact]
    public void Create_RejectsADayUnderTheWrongListOrProvisionalFlag()
    {
        // R-W3: a schedule lists days off and make-up Saturdays, each as the schedule is (official here).
        var monday = DayExplanation.Create(new LocalDate(2027, 1, 4), DayKind.WorkingDay, Reason, Source, isProvisional: false);
        var holiday = DayExplanation.Create(new LocalDate(2027, 1, 1), DayKind.PublicHoliday, Reason, Source, isProvisional: false);
        var provisional = DayExplanation.Create(new LocalDate(2027, 1, 1), DayKind.PublicHoliday, Reason, Source, isProvisional: true);
        Assert.Contains("daysOff[0]", Assert.Throws<ArgumentException>(() => HolidaySchedule.Create(2027, false, Source, [monday], [])).Message, StringComparison.Ordinal);
        Assert.Contains("makeUpWorkdays[0]", Assert.Throws<ArgumentException>(() => HolidaySchedule.Create(2027, false, Source, [], [holiday])).Message, StringComparison.Ordinal);
        Assert.Contains("provisional", Assert.Throws<ArgumentException>(() => HolidaySchedule.Create(2027, false, Source, [provisional], [])).Message, StringComparison.Ordinal);
    }
}
