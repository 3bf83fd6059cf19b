using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
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
    public void NonWorkingWeekdaysAndMakeUpSaturdays_2023To2026_MatchGoldenFile()
    {
        // R-W2, R-W3: what the calendar answers (not the data file): every weekday off and every working Saturday, explained.
        var lines = new List<string>();
        for (var d = new LocalDate(2023, 1, 1); d.Year <= 2026; d = d.PlusDays(1))
        {
            var weekend = d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            if (weekend == Calendar.IsWorkingDay(d))
            {
                var e = Calendar.Explain(d);
                lines.Add($"{d:uuuu-MM-dd} {d.DayOfWeek,-9} {(e.IsWorkingDay ? "WORK" : "OFF "),-4} {e.Kind,-18} {e.Reason.English} [{e.Source.Instrument}]");
            }
        }

        Approvals.Verify(string.Join('\n', lines), "WorkingCalendar_2023_2026_WeekdaysOff_MakeUpSaturdays");
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
        Assert.Equal(new LocalDate(2026, 1, 2), explanation.Replaces); // worked for Fri 2/1/2026, a swapped day off
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

    [Fact]
    public void ComputedYears_2000To2100_HaveATetBreakOfNWeekdaysAroundLunarNewYear()
    {
        // R-W2: every provisional year: N weekdays off for Tết (4 before 2013-05-01, 5 since), lunar 1/1 inside the break.
        for (var year = 2000; year <= 2100; year++)
        {
            var schedule = Calendar.GetSchedule(year);
            Assert.Equal(year is < 2023 or > 2026, schedule.IsProvisional);
            if (!schedule.IsProvisional)
            {
                continue; // official years are checked day by day against the published lists
            }

            var newYear = VietnameseLunarCalendar.Default.NewYear(year);
            var tet = schedule.DaysOff.Where(d => d.Date >= newYear.PlusDays(-7) && d.Date <= newYear.PlusDays(9) && d.Reason.Vietnamese.Contains("Tết Nguyên đán", StringComparison.Ordinal)).ToList();
            var weekdays = tet.Count(d => d.Date.DayOfWeek < IsoDayOfWeek.Saturday);
            Assert.True(weekdays == (year <= 2013 ? 4 : 5), $"{year}: {weekdays} Tết weekdays off");
            Assert.False(Calendar.IsWorkingDay(newYear));
            Assert.False(Calendar.IsWorkingDay(newYear.PlusDays(-1)));
        }
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

    [Theory]
    [InlineData(1984, "Giáp Tý")]
    [InlineData(2023, "Quý Mão")]
    [InlineData(2024, "Giáp Thìn")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(2027, "Đinh Mùi")]
    public void LunarYearName_IsTheSexagenaryName(int year, string expected)
    {
        Assert.Equal(expected, ProvisionalScheduleBuilder.LunarYearName(year));
    }

    [Fact]
    public void CultureDay_24_11_2026_IsOffByDefault_CitingNq28_AndProvisionalWhileItsTextIsUnread()
    {
        // R-W2: Ngày Văn hóa Việt Nam is a paid holiday from 2026 (Nghị quyết 28/2026/QH16, in force 1/7/2026).
        // Tuesday 24/11/2026 is off in the official 2026 year; its source was reported by official press but not read,
        // so it is "verified": false and the day is flagged provisional.
        var date = new LocalDate(2026, 11, 24);
        Assert.Equal(IsoDayOfWeek.Tuesday, date.DayOfWeek);
        var explanation = Calendar.Explain(date);
        Assert.False(Calendar.IsWorkingDay(date));
        Assert.Equal(DayKind.PublicHoliday, explanation.Kind);
        Assert.StartsWith("Nghị quyết 28/2026/QH16", explanation.Source.Instrument, StringComparison.Ordinal);
        Assert.False(explanation.Source.Verified);
        Assert.True(explanation.IsProvisional);
        Assert.False(Calendar.GetSchedule(2026).IsProvisional);

        // Naming the former optional id (hosts that enabled it before it became law) changes nothing.
        var named = WorkingCalendar.Create(new WorkingCalendarOptions { FirstYear = 2026, LastYear = 2028, EnabledOptionalHolidays = ["vietnamese-culture-day"] });
        Assert.False(named.IsWorkingDay(date));
        Assert.Equal(Calendar.AddWorkingDays(new LocalDate(2026, 11, 10), 30), named.AddWorkingDays(new LocalDate(2026, 11, 10), 30));
    }

    [Fact]
    public void ThirtyWorkingDays_From2026_11_10_Skip24November()
    {
        // R-W2, R-W4: counted by hand from the event (Tue 10/11/2026), "kể từ" starting the day after:
        // Nov 11, 12, 13 (3); 16–20 (8); 23 (9); 24/11 skipped (Ngày Văn hóa Việt Nam); 25, 26, 27 (12); 30 (13);
        // Dec 1–4 (17); 7–11 (22); 14–18 (27); 21, 22, 23 (30) → Wednesday 2026-12-23 (2026-12-22 if 24/11 were worked).
        var due = Calendar.AddWorkingDays(new LocalDate(2026, 11, 10), 30);
        Assert.Equal(new LocalDate(2026, 12, 23), due);
        Assert.Equal(30, Calendar.CountWorkingDays(new LocalDate(2026, 11, 10), due));
        Assert.True(Calendar.IsProvisional(new LocalDate(2026, 11, 10), due)); // spans 24/11, cited but unverified
    }

    [Theory]
    [InlineData(2027, "2027-11-24", DayKind.PublicHoliday)]      // Wednesday
    [InlineData(2028, "2028-11-24", DayKind.PublicHoliday)]      // Friday
    [InlineData(2029, "2029-11-26", DayKind.CompensatoryDayOff)] // 24/11 is a Saturday → Monday 26/11
    [InlineData(2030, "2030-11-25", DayKind.CompensatoryDayOff)] // 24/11 is a Sunday → Monday 25/11
    public void CultureDay_FromA2027_IsComputed_WithItsCompensatoryDay_AndProvisional(int year, string weekdayOff, DayKind kind)
    {
        // R-W2: years without an official schedule include 24/11 (Labour Code Art. 111(3) compensatory day when it falls
        // on a weekly rest day) and stay provisional.
        var date = D(weekdayOff);
        Assert.False(Calendar.IsWorkingDay(date));
        Assert.Equal(kind, Calendar.Explain(date).Kind);
        Assert.False(Calendar.IsWorkingDay(new LocalDate(year, 11, 24)));
        Assert.True(Calendar.IsProvisional(date));
        Assert.True(Calendar.GetSchedule(year).IsProvisional);
    }

    [Fact]
    public void OptionalLunarHoliday_FromHostRules_AppliesInOfficialAndComputedYears()
    {
        // R-W2: host rules (data) may add an optional lunar-date holiday; enabled, it is off and provisional.
        var json = """
            {"format":"kiemtra.statutory-holidays/1","version":"host","sources":{"S":{"instrument":"Luật thử","verified":true},"P":{"instrument":"Đề xuất thử","verified":false}},
             "weeklyRest":{"from":"2000-01-01","source":"S"},"compensation":[{"from":"2021-01-01","source":"S"}],
             "holidays":[{"id":"lunar-new-year","name":{"vi":"Tết","en":"Tết"},"rule":"lunarNewYear","days":5,"from":"2021-01-01","source":"S"},
                         {"id":"test-lunar","name":{"vi":"Rằm tháng Bảy","en":"Full moon of the 7th month"},"rule":"lunar","lunarMonth":7,"lunarDay":15,"optional":true,"from":"2021-01-01","source":"P"}]}
            """;
        var rules = StatutoryHolidayRulesJson.Read(JsonDocuments.Stream(json), "host-rules.json");
        var calendar = WorkingCalendar.Create(new WorkingCalendarOptions { FirstYear = 2026, LastYear = 2027, StatutoryRules = rules, EnabledOptionalHolidays = ["test-lunar"] });
        foreach (var year in new[] { 2026, 2027 })
        {
            var date = VietnameseLunarCalendar.Default.ToLocalDate(LunarDate.Create(year, 7, 15));
            var explanation = calendar.Explain(date);
            Assert.Equal(DayKind.PublicHoliday, explanation.Kind);
            Assert.Equal("Rằm tháng Bảy", explanation.Reason.Vietnamese);
            Assert.False(explanation.IsWorkingDay);
            Assert.True(explanation.IsProvisional);
        }
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
        // Saturday rest for party and state bodies dates from QĐ 188/1999/QĐ-TTg: the built-in rules start in 2000.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.Create(new WorkingCalendarOptions { FirstYear = 1999, LastYear = 2001 }));
        Assert.Contains("1999–2001", ex.Message, StringComparison.Ordinal);
        Assert.Contains("within 2000–", ex.Message, StringComparison.Ordinal);
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
    public void NonIsoDate_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Calendar.IsWorkingDay(new LocalDate(2026, 1, 1, CalendarSystem.Julian)));
        Assert.Contains("ISO", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HostSchedule_ForAFutureYear_MakesItOfficial()
    {
        // R-W3: a host adds 2027 as data (every statutory holiday listed); it is no longer provisional and its W Saturday works.
        var json = JsonDocuments.Schedule(
            2027,
            JsonDocuments.Statutory2027 + """,{"date":"2027-01-04","kind":"swapped","reason":{"vi":"Hoán đổi","en":"Swap"},"source":"S"}""",
            """{"date":"2027-01-09","replaces":"2027-01-04","reason":{"vi":"Làm bù","en":"Make-up"},"source":"S"}""");
        var source = IHolidayScheduleSource.Combine(HolidayScheduleJson.Read(JsonDocuments.Stream(json), "host-2027.json"), IHolidayScheduleSource.BuiltIn);
        var calendar = WorkingCalendar.Create(new WorkingCalendarOptions { FirstYear = 2026, LastYear = 2027, Schedules = source });
        Assert.False(calendar.IsProvisional(new LocalDate(2027, 3, 1)));
        Assert.False(calendar.IsProvisional(new LocalDate(2026, 12, 28)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 1, 9)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 1, 4)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 2, 8)));  // mùng 3 Tết
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 2, 10)));
    }

    [Fact]
    public void HostScheduleListingOnlyTet_IsRefusedByTheLoader_NamingTheMissingHolidayAndYear()
    {
        // R-W3: a 2027 host file with only Tết must not turn 1/1, 30/4, 1/5 and 2/9 into working days in silence.
        var tetOnly = string.Join(',', new[] { "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11" }
            .Select(d => $$"""{"date":"{{d}}","kind":"holiday","reason":{"vi":"Tết","en":"Tết"},"source":"S"}"""));
        var ex = Assert.Throws<DataFormatException>(() => HolidayScheduleJson.Read(JsonDocuments.Stream(JsonDocuments.Schedule(2027, tetOnly)), "host-2027.json"));
        Assert.Equal("/schedules/0/daysOff", ex.Path);
        Assert.Equal("2027-01-01", ex.Value);
        Assert.Contains("host-2027.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("the 2027 schedule leaves out a statutory holiday: New Year's Day (2027-01-01)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Bộ luật Lao động số 45/2019/QH14", ex.Message, StringComparison.Ordinal);
        Assert.Contains("replacesStatutoryRules", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-04-16", "Hùng Kings' Commemoration")]
    [InlineData("2027-09-03", "the day adjacent to National Day (2 September) (2027-09-01 or 2027-09-03)")]
    [InlineData("2027-11-24", "Vietnamese Culture Day (24 November) (2027-11-24)")]
    [InlineData("2027-02-07", "Lunar New Year (Tết) (2027-02-07)")]
    public void HostSchedule_MissingOneStatutoryHoliday_IsRefused_NamingIt(string left, string named)
    {
        // R-W3: each statutory holiday is checked (lunar ones on the lunar calendar; National Day's adjacent day as 1/9 or 3/9).
        var days = JsonDocuments.Statutory2027.Replace($$"""{"date":"{{left}}","kind":"holiday","reason":{"vi":"Ngày lễ","en":"Holiday"},"source":"S"},""", string.Empty, StringComparison.Ordinal)
            .Replace($$""",{"date":"{{left}}","kind":"holiday","reason":{"vi":"Ngày lễ","en":"Holiday"},"source":"S"}""", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(left, days, StringComparison.Ordinal);
        var ex = Assert.Throws<DataFormatException>(() => HolidayScheduleJson.Read(JsonDocuments.Stream(JsonDocuments.Schedule(2027, days)), "host.json"));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
        Assert.Contains("2027", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HostSchedule_ThatReplacesTheStatutoryRulesExplicitly_IsTakenAsWritten()
    {
        // R-W3: the only way to leave out a statutory holiday is the explicit per-year opt-out.
        var json = JsonDocuments.Schedule(2027, """{"date":"2027-02-06","kind":"holiday","reason":{"vi":"Tết","en":"Tết"},"source":"S"}""", replacesStatutoryRules: true);
        var source = IHolidayScheduleSource.Combine(HolidayScheduleJson.Read(JsonDocuments.Stream(json), "host-2027.json"), IHolidayScheduleSource.BuiltIn);
        Assert.True(source.TryGetSchedule(2027, out var schedule) && schedule.ReplacesStatutoryRules);
        var calendar = WorkingCalendar.Create(new WorkingCalendarOptions { FirstYear = 2026, LastYear = 2027, Schedules = source });
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void InMemoryHostSchedule_MissingAStatutoryHoliday_IsRefusedByTheCalendar()
    {
        // R-W3: schedules built in code (not through the loader) are checked when the calendar is built.
        var citation = KiemTra.Sdk.Rules.RuleCitation.Of(RuleSetId.From("T"), "Thông báo thử", null, verified: true);
        var tet = HolidaySchedule.Create(2027, isProvisional: false, citation, [DayExplanation.Create(new LocalDate(2027, 2, 6), DayKind.PublicHoliday, KiemTra.Sdk.LocalizedText.Of("Tết", "Tết"), citation, isProvisional: false)], []);
        var source = IHolidayScheduleSource.Combine(new InMemoryHolidayScheduleSource("host", [tet]), IHolidayScheduleSource.BuiltIn);
        var ex = Assert.Throws<ArgumentException>(() => WorkingCalendar.Create(new WorkingCalendarOptions { FirstYear = 2026, LastYear = 2027, Schedules = source }));
        Assert.Contains("Holiday schedule 2027", ex.Message, StringComparison.Ordinal);
        Assert.Contains("New Year's Day (2027-01-01)", ex.Message, StringComparison.Ordinal);

        var optedOut = HolidaySchedule.Create(2027, isProvisional: false, citation, tet.DaysOff, [], replacesStatutoryRules: true);
        var calendar = WorkingCalendar.Create(new WorkingCalendarOptions { FirstYear = 2026, LastYear = 2027, Schedules = new InMemoryHolidayScheduleSource("host", [optedOut]) });
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 1, 1)));
    }
}
