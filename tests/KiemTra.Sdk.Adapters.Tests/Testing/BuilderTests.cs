using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Testing;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Testing;

public class BuilderTests
{
    [Fact]
    public void HolidayScheduleBuilder_BreakSwapAndCompensatory_DriveAWorkingCalendar()
    {
        // R-W3: a host test sets up a year's schedule in a few lines.
        var schedule = HolidayScheduleBuilder.ForYear(2027)
            .Holiday(new LocalDate(2027, 1, 1), "Tết Dương lịch", "New Year's Day")
            .Break(new LocalDate(2027, 2, 5), days: 9, "Tết Nguyên đán", "Lunar New Year")
            .Swap(dayOff: new LocalDate(2027, 1, 4), makeUpSaturday: new LocalDate(2027, 1, 9))
            .Compensatory(new LocalDate(2027, 5, 3))
            .Holiday(new LocalDate(2027, 4, 16), "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration") // R-W3: every statutory
            .Holiday(new LocalDate(2027, 4, 30), "Ngày Chiến thắng", "Reunification Day")         // holiday must be listed,
            .Holiday(new LocalDate(2027, 5, 1), "Quốc tế Lao động", "Labour Day")                 // or the calendar refuses
            .Break(new LocalDate(2027, 9, 2), days: 2, "Quốc khánh", "National Day")              // the year
            .Holiday(new LocalDate(2027, 11, 24), "Ngày Văn hóa Việt Nam", "Vietnamese Culture Day")
            .Build();
        Assert.Equal(2, schedule.DaysOff.Count(d => d.Kind == DayKind.WeeklyRestDay && d.Date.Month == 2 && d.Date.Day <= 7));
        var calendar = WorkingCalendar.Create(new WorkingCalendarOptions
        {
            FirstYear = 2026,
            LastYear = 2028,
            Schedules = IHolidayScheduleSource.Combine(HolidayScheduleBuilder.Source(schedule), IHolidayScheduleSource.BuiltIn),
        });
        Assert.Equal(DayKind.SwappedDayOff, calendar.Explain(new LocalDate(2027, 1, 4)).Kind);
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 1, 9)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 2, 8)));
        Assert.False(calendar.Explain(new LocalDate(2027, 2, 8)).IsProvisional);
        Assert.Equal(DayKind.CompensatoryDayOff, calendar.Explain(new LocalDate(2027, 5, 3)).Kind);
    }

    [Fact]
    public void HolidayScheduleBuilder_MakeUpOnAWeekday_IsRejectedByTheFactory()
        => Assert.Throws<ArgumentException>(() => HolidayScheduleBuilder.ForYear(2027).Swap(new LocalDate(2027, 1, 4), new LocalDate(2027, 1, 8)));

    [Fact]
    public void ProvinceBuilder_BuildsCommunesWardsCellsAndMembers()
    {
        var dataset = ProvinceBuilder.Create(OrganizationId.From("TN"), "Đảng bộ tỉnh Thái Nguyên", new LocalDate(2026, 1, 1))
            .Commune("Đảng bộ xã Đồng Hỷ", cells: 3, membersPerCell: 5)
            .Ward("Đảng bộ phường Phan Đình Phùng", cells: 2, membersPerCell: 4)
            .Build();
        Assert.Equal(1 + 2 + 5, dataset.OrganizationCount);
        Assert.Equal(3 * 5 + 2 * 4, dataset.MemberCount);
        Assert.Equal(OrganizationKind.Ward, dataset.GetOrganization(OrganizationId.From("TN.P02")).Kind);
        Assert.Equal(OrganizationId.From("TN.X01.CB03"), dataset.GetMember(MemberId.From("TN.X01.CB03.M05")).Organization);
    }
}
