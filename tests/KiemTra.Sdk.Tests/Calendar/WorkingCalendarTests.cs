using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;
using static KiemTra.Sdk.Tests.Calendar.OfficialSchedules;

namespace KiemTra.Sdk.Tests.Calendar;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void NonWorkingWeekdays_AreExactlyTheOfficialOnes_NoMissNoExtra(int year)
    {
        // R-W2, R-W3: zero misses against the shared file, every make-up Saturday a working day.
        var nonWorkingWeekdays = new List<LocalDate>();
        var workingSaturdays = new List<LocalDate>();
        for (var d = new LocalDate(year, 1, 1); d.Year == year; d = d.PlusDays(1))
        {
            var weekend = d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            if (!weekend && !Calendar.IsWorkingDay(d))
            {
                nonWorkingWeekdays.Add(d);
            }

            if (weekend && Calendar.IsWorkingDay(d))
            {
                workingSaturdays.Add(d);
            }
        }

        Assert.Equal(WeekdaysOff(year).Where(d => d.Year == year), nonWorkingWeekdays);
        Assert.Equal(MakeUpSaturdays[year].Select(D), workingSaturdays);
        Assert.All(workingSaturdays, d => Assert.Equal(IsoDayOfWeek.Saturday, d.DayOfWeek));
        Assert.False(Calendar.GetSchedule(year).IsProvisional);
    }

    [Fact]
    public void MakeUpSaturday_2026_01_10_IsWorkingDay()
    {
        // R-W3
        var explanation = Calendar.Explain(new LocalDate(2026, 1, 10));
        Assert.True(Calendar.IsWorkingDay(new LocalDate(2026, 1, 10)));
        Assert.Equal(DayKind.MakeUpWorkday, explanation.Kind);
        Assert.Equal("Công văn 12729/VPCP-KGVX ngày 25/12/2025", explanation.Source.Instrument);
        Assert.False(explanation.IsProvisional);
    }

    [Fact]
    public void SwappedDay_2026_01_02_IsNotWorkingDay_AndCitesItsNotice()
    {
        // R-W3
        var explanation = Calendar.Explain(new LocalDate(2026, 1, 2));
        Assert.False(explanation.IsWorkingDay);
        Assert.Equal(DayKind.SwappedDayOff, explanation.Kind);
        Assert.Contains("12729/VPCP-KGVX", explanation.Source.Instrument, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingDays_SkipsTet_2026()
    {
        // R-W2: Friday 13/2/2026 + 1 working day skips 14–22/2 (Tết Bính Ngọ).
        Assert.Equal(new LocalDate(2026, 2, 23), Calendar.AddWorkingDays(new LocalDate(2026, 2, 13), 1));
        Assert.Equal(new LocalDate(2026, 2, 13), Calendar.AddWorkingDays(new LocalDate(2026, 2, 23), -1));
        Assert.Equal(1, Calendar.CountWorkingDays(new LocalDate(2026, 2, 13), new LocalDate(2026, 2, 23)));
    }

    [Fact]
    public void AddWorkingDays_CountsMakeUpSaturday_2024_05_04()
    {
        // R-W3: Fri 3/5/2024 + 1 = Sat 4/5 (make-up day, Công văn 2450/VPCP-KGVX).
        Assert.Equal(new LocalDate(2024, 5, 4), Calendar.NextWorkingDay(new LocalDate(2024, 5, 3)));
        Assert.Equal(new LocalDate(2024, 5, 6), Calendar.AddWorkingDays(new LocalDate(2024, 5, 3), 2));
    }

    [Fact]
    public void Explain_OrdinaryDays_CiteWeeklyRestDecision()
    {
        // R-W2: Saturday and Sunday are weekly rest days (QĐ 188/1999/QĐ-TTg).
        var sunday = Calendar.Explain(new LocalDate(2026, 3, 8));
        var monday = Calendar.Explain(new LocalDate(2026, 3, 9));
        Assert.Equal(DayKind.WeeklyRestDay, sunday.Kind);
        Assert.Equal(DayKind.WorkingDay, monday.Kind);
        Assert.StartsWith("Quyết định 188/1999/QĐ-TTg", sunday.Source.Instrument, StringComparison.Ordinal);
    }

    [Fact]
    public void Year2027_IsProvisional_AndComputedFromStatutoryRules()
    {
        // R-W2: no official 2027 schedule; Tết (lunar 1/1 = Sat 6/2/2027) and Hùng Kings (Fri 16/4/2027) computed.
        var schedule = Calendar.GetSchedule(2027);
        Assert.True(schedule.IsProvisional);
        Assert.True(Calendar.IsProvisional(new LocalDate(2027, 3, 1)));
        Assert.False(Calendar.IsWorkingDay(new LocalDate(2027, 4, 16)));
        Assert.True(Calendar.Explain(new LocalDate(2027, 2, 8)).IsProvisional);
        Approvals.Verify(ScheduleText.Render(schedule), "Schedule_2027_Provisional");
    }

    [Fact]
    public void LastWeekOfOfficialYear_IsProvisional_WhenNextYearIsNotAnnounced()
    {
        // R-W3: a New Year swap in the 2027 notice could still move 2026-12-25..31 (as 2018-12-31 was for 2019).
        Assert.False(Calendar.IsProvisional(new LocalDate(2026, 12, 24)));
        Assert.True(Calendar.IsProvisional(new LocalDate(2026, 12, 28)));
        Assert.False(Calendar.IsProvisional(new LocalDate(2025, 12, 29)));
    }

    [Fact]
    public void Year2022_IsProvisional_AndMatchesPractice()
    {
        // R-W2: years before 2023 are computed too (2022: Tết 31/1–4/2 weekdays; National Day 1/9 and 2/9).
        Assert.True(Calendar.GetSchedule(2022).IsProvisional);
        var weekdaysOff = Calendar.GetSchedule(2022).DaysOff.Where(d => d.Date.DayOfWeek < IsoDayOfWeek.Saturday).Select(d => d.Date).ToList();
        Assert.Equal(
            [D("2022-01-03"), D("2022-01-31"), D("2022-02-01"), D("2022-02-02"), D("2022-02-03"), D("2022-02-04"), D("2022-04-11"), D("2022-05-02"), D("2022-05-03"), D("2022-09-01"), D("2022-09-02")],
            weekdaysOff);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void StatutoryHeuristic_ReproducesOfficialYears_ExceptSwaps(int year)
    {
        // R-W2: the documented Tết and National Day heuristics give the official weekdays off, swaps aside.
        var computed = ProvisionalScheduleBuilder.Build(year, StatutoryHolidayRules.BuiltIn, VietnameseLunarHolidayDates.Default, []);
        var computedWeekdaysOff = computed.DaysOff.Where(d => d.Date.DayOfWeek < IsoDayOfWeek.Saturday).Select(d => d.Date);
        var expected = WeekdaysOff(year).Except(Swapped[year].Select(D));
        Assert.Equal(expected, computedWeekdaysOff);
        Assert.All(computed.DaysOff, d => Assert.Contains(d.Date, DaysOff(year).Union(Swapped[year].Select(D))));
    }

    [Theory]
    [InlineData("2021-02-12", 5, "2021-02-10,2021-02-11,2021-02-12,2021-02-15,2021-02-16")]
    [InlineData("2022-02-01", 5, "2022-01-31,2022-02-01,2022-02-02,2022-02-03,2022-02-04")]
    [InlineData("2023-01-22", 5, "2023-01-20,2023-01-23,2023-01-24,2023-01-25,2023-01-26")]
    [InlineData("2024-02-10", 5, "2024-02-08,2024-02-09,2024-02-12,2024-02-13,2024-02-14")]
    [InlineData("2025-01-29", 5, "2025-01-27,2025-01-28,2025-01-29,2025-01-30,2025-01-31")]
    [InlineData("2026-02-17", 5, "2026-02-16,2026-02-17,2026-02-18,2026-02-19,2026-02-20")]
    [InlineData("2012-01-23", 4, "2012-01-23,2012-01-24,2012-01-25,2012-01-26")]
    public void TetWeekdays_FollowThe2021To2026Practice(string newYear, int tetDays, string expected)
    {
        // R-W2: documented heuristic for the Tết break in years without an official schedule.
        Assert.Equal(expected.Split(',').Select(D), ProvisionalScheduleBuilder.TetWeekdays(D(newYear), tetDays));
    }

    [Theory]
    [InlineData("2021-09-02", "2021-09-03")]
    [InlineData("2022-09-02", "2022-09-01")]
    [InlineData("2023-09-02", "2023-09-01")]
    [InlineData("2024-09-02", "2024-09-03")]
    [InlineData("2025-09-02", "2025-09-01")]
    [InlineData("2026-09-02", "2026-09-01")]
    public void NationalDayAdjacentDay_FollowsThe2021To2026Practice(string nationalDay, string expected)
    {
        // R-W2
        Assert.Equal(D(expected), ProvisionalScheduleBuilder.ChooseAdjacentDay(D(nationalDay)));
    }

    [Fact]
    public void CultureDay_24_11_IsOffByDefault_AndProvisionalWhenEnabled()
    {
        // R-W2: the 24/11 proposal is unverified data, off unless the host enables it.
        var date = new LocalDate(2026, 11, 24);
        Assert.True(Calendar.IsWorkingDay(date));
        var enabled = WorkingCalendar.Create(new WorkingCalendarOptions { FirstYear = 2026, LastYear = 2028, EnabledOptionalHolidays = ["vietnamese-culture-day"] });
        Assert.False(enabled.IsWorkingDay(date));
        Assert.True(enabled.IsProvisional(date));
        Assert.False(enabled.Explain(date).Source.Verified);
        Assert.False(enabled.IsWorkingDay(new LocalDate(2027, 11, 24)));
    }

    [Fact]
    public void Create_UnknownOptionalHoliday_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => WorkingCalendar.Create(new WorkingCalendarOptions { EnabledOptionalHolidays = ["no-such-day"] }));
        Assert.Contains("no-such-day", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_YearRangeBeforeStatutoryRules_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.Create(new WorkingCalendarOptions { FirstYear = 1990, LastYear = 2000 }));
        Assert.Contains("1990", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfRangeDate_ThrowsNamingDateAndRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(new LocalDate(2101, 1, 1)));
        Assert.Contains("2101-01-01", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2000-01-01 – 2100-12-31", ex.Message, StringComparison.Ordinal);
        var result = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new LocalDate(2100, 12, 30), 5));
        Assert.Equal("days", result.ParamName);
    }

    [Fact]
    public void HostSchedule_ForAFutureYear_MakesItOfficial()
    {
        // R-W3: a host adds 2027 as data; it is no longer provisional and its W Saturday works.
        var json = JsonDocuments.Schedule(
            2027,
            """{"date":"2027-01-01","kind":"holiday","reason":{"vi":"Tết Dương lịch","en":"New Year"},"source":"S"},{"date":"2027-01-04","kind":"swapped","reason":{"vi":"Hoán đổi","en":"Swap"},"source":"S"}""",
            """{"date":"2027-01-09","replaces":"2027-01-04","reason":{"vi":"Làm bù","en":"Make-up"},"source":"S"}""");
        var source = HolidayScheduleSources.Combine(HolidayScheduleSources.Load(JsonDocuments.Stream(json), "host-2027.json"), HolidayScheduleSources.BuiltIn);
        var calendar = WorkingCalendar.Create(new WorkingCalendarOptions { FirstYear = 2026, LastYear = 2027, Schedules = source });
        Assert.False(calendar.IsProvisional(new LocalDate(2027, 3, 1)));
        Assert.False(calendar.IsProvisional(new LocalDate(2026, 12, 28)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 1, 9)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 1, 4)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 2, 8)));
    }
}
