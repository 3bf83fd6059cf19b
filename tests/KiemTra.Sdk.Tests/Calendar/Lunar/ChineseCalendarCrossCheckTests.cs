using System.Globalization;
using KiemTra.Sdk.Calendar;
using NodaTime;

namespace KiemTra.Sdk.Tests.Calendar.Lunar;

/// <summary>
/// Cross-check with .NET's <see cref="ChineseLunisolarCalendar"/>, which applies the same rules at UTC+8
/// (supported lunar years 1901–2100): the two calendars must agree except where an astronomical event
/// falls between 16:00 and 17:00 UTC, i.e. 23:00–24:00 in Vietnam but already the next day in China.
/// </summary>
public class ChineseCalendarCrossCheckTests
{
    private static readonly VietnameseLunarCalendar Vietnamese = VietnameseLunarCalendar.Default;
    private static readonly ChineseLunisolarCalendar Chinese = new();

    /// <summary>
    /// Every lunar year 1901–2100 whose Tết differs between UTC+7 and UTC+8. These are the UTC+7/UTC+8
    /// divergences: each is explained in <see cref="TetDivergence_IsATimeZoneBoundaryCase"/>.
    /// </summary>
    public static readonly int[] TetDivergenceYears = [1903, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053];

    /// <summary>Every lunar year 1901–2100 whose Hùng Kings' day (10/3) differs between UTC+7 and UTC+8.</summary>
    public static readonly int[] HungKingsDivergenceYears = [1916, 1917, 1939, 1975, 2009, 2037, 2038, 2085, 2086, 2095, 2100];

    public static TheoryData<int> TetDivergences => [.. TetDivergenceYears];

    public static TheoryData<int> HungKingsDivergences => [.. HungKingsDivergenceYears];

    [Fact]
    public void Tet_AgreesWithChineseCalendar_ExceptInTheListedDivergenceYears()
    {
        // R-W2
        var differing = Enumerable.Range(1901, 200).Where(year => Vietnamese.NewYear(year) != ChineseNewYear(year)).ToArray();
        Assert.Equal(TetDivergenceYears, differing);
    }

    [Fact]
    public void HungKingsDay_AgreesWithChineseCalendar_ExceptInTheListedDivergenceYears()
    {
        // R-W2
        var differing = Enumerable.Range(1901, 200).Where(year => Vietnamese.HungKingsDay(year) != ChineseHungKingsDay(year)).ToArray();
        Assert.Equal(HungKingsDivergenceYears, differing);
    }

    [Theory]
    [MemberData(nameof(TetDivergences))]
    public void TetDivergence_IsATimeZoneBoundaryCase(int year)
    {
        // R-W2: either the new moon that starts month 1 happens between 16:00 and 17:00 UTC (Tết a day
        // apart), or the winter solstice before it does (month 11 starts a month apart, as in 1984–85).
        var vietnamese = Vietnamese.NewYear(year);
        var chinese = ChineseNewYear(year);
        var daysApart = Period.Between(vietnamese, chinese, PeriodUnits.Days).Days;

        if (daysApart == 1)
        {
            Assert.True(IsInChinaNextDayHour(NewMoonUniversalOnCivilDay(vietnamese)), $"new moon of {vietnamese} is not at 16–17h UTC");
        }
        else
        {
            Assert.InRange(daysApart, 29, 30);
            var solstice = Astronomy.DynamicalToUniversal(Astronomy.SolarLongitudeTime(270, JulianDayNumber.FromDate(year - 1, 12, 21)));
            Assert.True(IsInChinaNextDayHour(solstice), $"winter solstice of {year - 1} is not at 16–17h UTC");
        }
    }

    [Theory]
    [MemberData(nameof(HungKingsDivergences))]
    public void HungKingsDivergence_IsATimeZoneBoundaryCase(int year)
    {
        // R-W2: either month 3 starts with a new moon between 16:00 and 17:00 UTC, or the leap month differs
        // because a principal term falls between 16:00 and 17:00 UTC on the last day of a month.
        var month3 = Vietnamese.ToLocalDate(LunarDate.Create(year, 3, 1));
        if (IsInChinaNextDayHour(NewMoonUniversalOnCivilDay(month3)))
        {
            return;
        }

        Assert.NotEqual(Vietnamese.GetLeapMonth(year), ChineseLeapMonth(year));
        var from = Vietnamese.NewYear(year).PlusDays(-60);
        var to = Vietnamese.HungKingsDay(year).PlusDays(30);
        var boundaryTerm = Enumerable.Range(0, Period.Between(from, to, PeriodUnits.Days).Days)
            .Select(from.PlusDays)
            .Where(day => Vietnamese.FromLocalDate(day).Day == 1)
            .Any(monthStart => IsInChinaNextDayHour(PrincipalTermNear(monthStart)));
        Assert.True(boundaryTerm, $"no principal term at 16–17h UTC at a month boundary of {year}");
    }

    private static bool IsInChinaNextDayHour(double jdUniversal)
    {
        // A JD starts at noon: the UT hour of day is (frac(JD + 0.5)) × 24.
        var hour = (jdUniversal + 0.5 - Math.Floor(jdUniversal + 0.5)) * 24;
        return hour is >= 16 and < 17;
    }

    private static double NewMoonUniversalOnCivilDay(LocalDate day)
    {
        var jdn = JulianDayNumber.FromDate(day);
        var k = Astronomy.FirstNewMoonAtOrAfter(jdn - 2.0);
        var universal = Astronomy.DynamicalToUniversal(Astronomy.NewMoon(k));
        Assert.Equal(jdn, JulianDayNumber.CivilDayAt(universal, 7));
        return universal;
    }

    private static double PrincipalTermNear(LocalDate monthStart)
    {
        var midnight = Astronomy.UniversalToDynamical(JulianDayNumber.MidnightStarting(JulianDayNumber.FromDate(monthStart), 7));
        var nearest = Math.Round(Astronomy.SunApparentLongitude(midnight) / 30) * 30 % 360;
        return Astronomy.DynamicalToUniversal(Astronomy.SolarLongitudeTime(nearest, midnight));
    }

    private static LocalDate ChineseNewYear(int year) => ToLocalDate(Chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0));

    private static LocalDate ChineseHungKingsDay(int year)
    {
        // .NET numbers months 1–13 in a leap year: GetLeapMonth is the index of the leap month, so the
        // ordinary third month is index 4 when the leap month repeats month 1 or 2.
        var leapIndex = Chinese.GetLeapMonth(year);
        var month = leapIndex is > 0 and <= 3 ? 4 : 3;
        return ToLocalDate(Chinese.ToDateTime(year, month, 10, 0, 0, 0, 0));
    }

    private static int? ChineseLeapMonth(int year)
    {
        var leapIndex = Chinese.GetLeapMonth(year);
        return leapIndex == 0 ? null : leapIndex - 1;
    }

    private static LocalDate ToLocalDate(DateTime value) => new(value.Year, value.Month, value.Day);
}
