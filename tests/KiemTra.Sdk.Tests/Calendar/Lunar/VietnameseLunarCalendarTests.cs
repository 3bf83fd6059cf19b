using KiemTra.Sdk.Calendar;
using NodaTime;

namespace KiemTra.Sdk.Tests.Calendar.Lunar;

/// <summary>Known dates of the Vietnamese lunar calendar (brief.md §8; requirement R-W2).</summary>
public class VietnameseLunarCalendarTests
{
    private static readonly VietnameseLunarCalendar Calendar = VietnameseLunarCalendar.Default;

    [Theory]
    // R-W2: the UTC+7 divergences from the Chinese calendar named in the brief.
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2030, "2030-02-02")]
    [InlineData(2053, "2053-02-18")]
    // R-W2: the North's 1968 Tết (UTC+7 adopted in 1967), a day before the South's and China's.
    [InlineData(1968, "1968-01-29")]
    // R-W2: recent Tết dates from the official civil-service schedules.
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    public void NewYear_IsTheVietnameseTet(int lunarYear, string expected)
    {
        // R-W2
        Assert.Equal(Parse(expected), Calendar.NewYear(lunarYear));
    }

    [Theory]
    // R-W2: Hùng Kings' day 2009 is a UTC+7 divergence (China: 2009-04-05).
    [InlineData(2009, "2009-04-04")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    public void HungKingsDay_IsLunarTenthOfThirdMonth(int lunarYear, string expected)
    {
        // R-W2
        Assert.Equal(Parse(expected), Calendar.HungKingsDay(lunarYear));
        Assert.Equal(LunarDate.Create(lunarYear, 3, 10), Calendar.FromLocalDate(Parse(expected)));
    }

    [Fact]
    public void FromLocalDate_Tet2026_IsFirstDayOfFirstMonth()
    {
        // R-W2
        var lunar = Calendar.FromLocalDate(new LocalDate(2026, 2, 17));
        Assert.Equal((2026, 1, 1, false), (lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
        Assert.Equal("1/1/2026", lunar.ToString());
    }

    [Fact]
    public void FromLocalDate_DayBeforeTet2026_IsLastDayOfMonth12Of2025()
    {
        // R-W2: lunar year 2025 ends on 29/12 (month 12 has 29 days), the eve of Tết (giao thừa).
        Assert.Equal(LunarDate.Create(2025, 12, 29), Calendar.FromLocalDate(new LocalDate(2026, 2, 16)));
        Assert.Equal(29, Calendar.GetDaysInMonth(2025, 12));
    }

    [Fact]
    public void LeapMonth2025_IsSixth_AndYearHas13Months()
    {
        // R-W2: Ất Tỵ 2025 has a leap sixth month (6 nhuận) from 2025-07-25.
        Assert.Equal(6, Calendar.GetLeapMonth(2025));
        Assert.Equal(13, Calendar.GetMonthsInYear(2025));
        Assert.Equal(new LocalDate(2025, 7, 25), Calendar.ToLocalDate(LunarDate.Create(2025, 6, 1, isLeapMonth: true)));
        Assert.Equal("15/6n/2025", Calendar.FromLocalDate(new LocalDate(2025, 8, 8)).ToString());
    }

    [Fact]
    public void Year2026_HasNoLeapMonth()
    {
        // R-W2
        Assert.Null(Calendar.GetLeapMonth(2026));
        Assert.Equal(12, Calendar.GetMonthsInYear(2026));
    }

    [Fact]
    public void LeapMonth1985_IsSecond_BecauseMonth11Of1984StartedEarlierAtUtcPlus7()
    {
        // R-W2: at UTC+7 the 1984 winter solstice (21 Dec, 23:23) falls before the new moon of 22 Dec, so
        // month 11 began on 23 Nov, Tết came a month earlier than in China, and 1985 has a leap month 2.
        Assert.Equal(2, Calendar.GetLeapMonth(1985));
        Assert.Null(Calendar.GetLeapMonth(1984));
        Assert.Equal(new LocalDate(1984, 11, 23), Calendar.ToLocalDate(LunarDate.Create(1984, 11, 1)));
    }

    [Fact]
    public void Range_CoversLunarYears1900To2199()
    {
        // R-W2
        Assert.Equal(1900, Calendar.MinYear);
        Assert.Equal(2199, Calendar.MaxYear);
        Assert.Equal(new LocalDate(1900, 1, 31), Calendar.MinDate);
        Assert.Equal(Calendar.NewYear(2199).PlusDays(Enumerable.Range(1, 12).Sum(m => Calendar.GetDaysInMonth(2199, m)) + LeapDays(2199) - 1), Calendar.MaxDate);
        Assert.Equal(LunarDate.Create(1900, 1, 1), Calendar.FromLocalDate(Calendar.MinDate));
        Assert.Equal(Calendar.MaxDate, Calendar.ToLocalDate(Calendar.FromLocalDate(Calendar.MaxDate)));
        Assert.Equal(Offset.FromHours(7), Calendar.UtcOffset);
    }

    [Fact]
    public void LunarDate_OrdersLeapMonthAfterOrdinaryMonth()
    {
        // R-W2
        var ordinary = LunarDate.Create(2025, 6, 30);
        var leap = LunarDate.Create(2025, 6, 1, isLeapMonth: true);
        var seventh = LunarDate.Create(2025, 7, 1);
        Assert.True(ordinary < leap);
        Assert.True(leap < seventh);
        Assert.True(seventh > leap && seventh >= leap && leap <= seventh);
        Assert.NotEqual(LunarDate.Create(2025, 6, 1), leap);
        Assert.Equal(LunarDate.Create(2025, 6, 1, true).GetHashCode(), leap.GetHashCode());
        Assert.True(leap.Equals((object)LunarDate.Create(2025, 6, 1, true)));
    }

    [Fact]
    public void Conversions_AllocateNothing()
    {
        // R-W2: after the table is built, conversions read arrays only (no per-call allocation).
        var start = new LocalDate(2020, 1, 1);
        var warm = Calendar.FromLocalDate(start);
        Calendar.ToLocalDate(warm);
        Calendar.GetDaysInMonth(warm.Year, warm.Month, warm.IsLeapMonth);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            var lunar = Calendar.FromLocalDate(start.PlusDays(i));
            Calendar.ToLocalDate(lunar);
            Calendar.GetDaysInMonth(lunar.Year, lunar.Month, lunar.IsLeapMonth);
        }

        // Any per-call allocation would be at least 24 bytes × 3000 calls; allow a few bytes of runtime noise.
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 1000);
    }

    private static int LeapDays(int year)
        => Calendar.GetLeapMonth(year) is int leap ? Calendar.GetDaysInMonth(year, leap, true) : 0;

    internal static LocalDate Parse(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
