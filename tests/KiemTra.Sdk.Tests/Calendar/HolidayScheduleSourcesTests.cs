using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;
using static KiemTra.Sdk.Tests.Calendar.OfficialSchedules;

namespace KiemTra.Sdk.Tests.Calendar;

public class HolidayScheduleSourcesTests
{
    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void BuiltIn_ListsExactlyTheOfficialDaysOff_WeekendsInsideBreaksIncluded(int year)
    {
        // R-W3: zero misses, no extra days, against the shared file's lists.
        Assert.True(IHolidayScheduleSource.BuiltIn.TryGetSchedule(year, out var schedule));
        Assert.False(schedule.IsProvisional);
        Assert.Equal(DaysOff(year), schedule.DaysOff.Select(d => d.Date));
        Assert.Equal(MakeUpSaturdays[year].Select(D), schedule.MakeUpWorkdays.Select(m => m.Date));
        Assert.Equal(Swapped[year].Select(D), schedule.DaysOff.Where(d => d.Kind == DayKind.SwappedDayOff).Select(d => d.Date));
    }

    [Fact]
    public void BuiltIn_EveryDayCitesAVerifiedSourceAndHasBilingualReason()
    {
        // R-W3: every date cites its notice.
        foreach (var year in IHolidayScheduleSource.BuiltIn.GetYears())
        {
            IHolidayScheduleSource.BuiltIn.TryGetSchedule(year, out var schedule);
            // R-W2: 24/11/2026 cites Nghị quyết 28/2026/QH16 from official press; its text was not read, so it is unverified.
            Assert.All(schedule!.DaysOff, d => Assert.True((d.Source.Verified || d.Date == new LocalDate(2026, 11, 24)) && d.Reason.English.Length > 0 && d.Reason.Vietnamese.Length > 0));
            Assert.All(schedule.MakeUpWorkdays, m => Assert.True(m.Source.Verified && m.Replaces is not null));
        }

        Assert.Equal([2023, 2024, 2025, 2026], IHolidayScheduleSource.BuiltIn.GetYears());
    }

    [Fact]
    public void BuiltIn_MakeUpSaturdays_CiteTheirNotices()
    {
        // R-W3
        IHolidayScheduleSource.BuiltIn.TryGetSchedule(2026, out var schedule);
        Assert.Equal(["Công văn 12729/VPCP-KGVX ngày 25/12/2025", "Thông báo 9441/TB-BNV ngày 16/10/2025"], schedule!.MakeUpWorkdays.Select(m => m.Source.Instrument));
        Assert.Equal([new LocalDate(2026, 1, 2), new LocalDate(2026, 8, 31)], schedule.MakeUpWorkdays.Select(m => m.Replaces!.Value));
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void BuiltIn_Schedule_MatchesGoldenFile(int year)
    {
        // R-W3: the full schedule with reasons and sources, reviewed by hand.
        IHolidayScheduleSource.BuiltIn.TryGetSchedule(year, out var schedule);
        Approvals.Verify(ScheduleText.Render(schedule!), $"Schedule_{year}");
    }

    [Fact]
    public void Combine_HostYearOverridesBuiltInYear_OthersKept()
    {
        // R-W3: a host adds or replaces a year as data, without a new release.
        // The host year replaces the statutory rules explicitly (R-W3): without the opt-out it would be refused.
        var host = HolidayScheduleJson.Read(JsonDocuments.Stream(JsonDocuments.Schedule(2026, """{"date":"2026-01-01","kind":"holiday","reason":{"vi":"Tết Dương lịch","en":"New Year"},"source":"S"}""", replacesStatutoryRules: true)), "host.json");
        var combined = IHolidayScheduleSource.Combine(host, IHolidayScheduleSource.BuiltIn);
        Assert.Equal([2023, 2024, 2025, 2026], combined.GetYears());
        combined.TryGetSchedule(2026, out var y2026);
        Assert.Single(y2026!.DaysOff);
        combined.TryGetSchedule(2025, out var y2025);
        Assert.Equal(DaysOff(2025), y2025!.DaysOff.Select(d => d.Date));
        Assert.StartsWith("host.json:", combined.VersionId, StringComparison.Ordinal);
    }
}
