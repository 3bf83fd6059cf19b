using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Formatting;
using KiemTra.Sdk.Indicators;
using NodaTime;

namespace KiemTra.Sdk.Tests.Text;

/// <summary>
/// Numbers inside the SDK's Vietnamese sentences are written the Vietnamese way, inside its English sentences the English
/// way (issue 14 item 4); every expected string is written by hand.
/// </summary>
public class VietnameseNumbersInTextTests
{
    [Fact]
    public void AnIndicatorValue_IsWrittenInEachLanguagesFormat()
    {
        var percent = IndicatorTarget.FormatText(0.975m, IndicatorUnit.Percent);
        Assert.Equal("97,5%", percent.Vietnamese);
        Assert.Equal("97.5%", percent.English);
        var count = IndicatorTarget.FormatText(1234.5m, IndicatorUnit.Count);
        Assert.Equal("1.234,5", count.Vietnamese);
        Assert.Equal("1,234.5", count.English);
        var yes = IndicatorTarget.FormatText(1m, IndicatorUnit.Boolean);
        Assert.Equal("có", yes.Vietnamese);
        Assert.Equal("yes", yes.English);
    }

    [Fact]
    public void ATarget_IsWrittenInEachLanguagesFormat()
    {
        var percent = IndicatorTarget.Of(0.955m, TargetComparator.AtLeast, IndicatorUnit.Percent).Text;
        Assert.Equal("≥ 95,5%", percent.Vietnamese);
        Assert.Equal("≥ 95.5%", percent.English);
        var days = IndicatorTarget.Of(1.5m, TargetComparator.AtMost, IndicatorUnit.Count).Text;
        Assert.Equal("≤ 1,5", days.Vietnamese);
        Assert.Equal("≤ 1.5", days.English);
    }

    [Fact]
    public void TheDisciplineSummary_GroupsThousandsWithADotInVietnamese_AndACommaInEnglish()
    {
        // R-D7: the summary sentence of discipline statistics.
        var statistics = DisciplineStatistics.Create(
            new LocalDate(2025, 1, 1),
            new LocalDate(2025, 12, 31),
            new Dictionary<DisciplineForm, int> { [DisciplineForm.Reprimand] = 3 },
            new Dictionary<DisciplineForm, int> { [DisciplineForm.Reprimand] = 1000, [DisciplineForm.Warning] = 234 },
            fullMembers: 1200,
            probationaryMembers: 34,
            committeeMembers: 56);
        Assert.Equal(
            "Thi hành kỷ luật 3 tổ chức đảng (Khiển trách 3) và 1.234 đảng viên (Khiển trách 1.000; Cảnh cáo 234), có 56 đảng viên là cấp ủy viên.",
            statistics.Summary.Vietnamese);
        Assert.Equal(
            "Disciplined 3 party organisations (reprimand 3) and 1,234 members (reprimand 1,000; warning 234), of whom 56 are committee members.",
            statistics.Summary.English);
    }

    [Fact]
    public void DaysOfTheWeek_AreWrittenInVietnamese()
    {
        Assert.Equal("thứ Hai", TextFormat.DayOfWeek(IsoDayOfWeek.Monday));
        Assert.Equal("thứ Bảy", TextFormat.DayOfWeek(IsoDayOfWeek.Saturday));
        Assert.Equal("Chủ nhật", TextFormat.DayOfWeek(IsoDayOfWeek.Sunday));
    }

    [Fact]
    public void ACalendarMessage_NamesTheDayInVietnamese()
    {
        // 3 January 2026 is a Saturday.
        var problem = KiemTra.Sdk.Calendar.HolidayScheduleRules.CheckDayOff(new LocalDate(2026, 1, 3), KiemTra.Sdk.Calendar.DayKind.CompensatoryDayOff);
        Assert.NotNull(problem);
        Assert.Equal("ngày nghỉ bù hoặc hoán đổi phải là ngày làm việc trong tuần, nhưng 03/01/2026 là thứ Bảy", problem.Vietnamese);
        Assert.EndsWith("but 2026-01-03 is a Saturday", problem.English, StringComparison.Ordinal);
    }
}
