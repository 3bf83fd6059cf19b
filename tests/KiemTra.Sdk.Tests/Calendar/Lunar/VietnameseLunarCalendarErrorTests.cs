using KiemTra.Sdk.Calendar;
using NodaTime;

namespace KiemTra.Sdk.Tests.Calendar.Lunar;

/// <summary>Bad input gives typed errors naming the field and the value (R-W2).</summary>
public class VietnameseLunarCalendarErrorTests
{
    private static readonly VietnameseLunarCalendar Calendar = VietnameseLunarCalendar.Default;

    [Fact]
    public void Create_Day30InA29DayMonth_NamesDayAndMonthLength()
    {
        // R-W2
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.Create(2025, 12, 30));
        Assert.Equal("day", error.ParamName);
        Assert.Equal(30, error.ActualValue);
        Assert.Contains("day 30 does not exist in lunar month 12 of 2025 (29 days)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Create_MonthOutside1To12_NamesMonth(int month)
    {
        // R-W2
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.Create(2025, month, 1));
        Assert.Equal("month", error.ParamName);
        Assert.Equal(month, error.ActualValue);
        Assert.Contains($"month {month} is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LeapMonthTheYearDoesNotHave_NamesTheRealLeapMonth()
    {
        // R-W2
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.Create(2025, 5, 1, isLeapMonth: true));
        Assert.Equal("isLeapMonth", error.ParamName);
        Assert.Contains("lunar year 2025 has no leap month 5 (its leap month is 6)", error.Message, StringComparison.Ordinal);
        var none = Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.Create(2026, 1, 1, isLeapMonth: true));
        Assert.Contains("the year has no leap month", none.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2200)]
    public void YearOutsideRange_NamesYearAndRange(int year)
    {
        // R-W2
        var create = Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.Create(year, 1, 1));
        Assert.Equal("year", create.ParamName);
        Assert.Contains($"lunar year {year} is outside the supported range 1900–2199", create.Message, StringComparison.Ordinal);

        var newYear = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.NewYear(year));
        Assert.Equal("lunarYear", newYear.ParamName);
        Assert.Equal(year, newYear.ActualValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HungKingsDay(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.GetLeapMonth(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.GetMonthsInYear(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.GetDaysInMonth(year, 1));
    }

    [Fact]
    public void FromLocalDate_BeforeRange_NamesDateAndRange()
    {
        // R-W2
        var date = new LocalDate(1900, 1, 30);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.FromLocalDate(date));
        Assert.Equal("date", error.ParamName);
        Assert.Equal(date, error.ActualValue);
        Assert.Contains($"date 1900-01-30 is outside the supported range 1900-01-31..{Calendar.MaxDate:uuuu-MM-dd}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLocalDate_AfterRange_Throws()
    {
        // R-W2
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.FromLocalDate(Calendar.MaxDate.PlusDays(1)));
    }

    [Fact]
    public void FromLocalDate_NonIsoCalendar_Throws()
    {
        // R-W2
        var julian = new LocalDate(2026, 2, 4, CalendarSystem.Julian);
        Assert.Throws<ArgumentException>(() => Calendar.FromLocalDate(julian));
    }

    [Fact]
    public void ToLocalDate_DefaultLunarDate_IsRejected()
    {
        // R-W2: default(LunarDate) is year 0, which no calendar has.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.ToLocalDate(default));
        Assert.Equal("date", error.ParamName);
    }
}
