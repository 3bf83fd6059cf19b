using FsCheck;
using FsCheck.Fluent;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Calendar.Lunar;

/// <summary>Invariants of the lunar calendar over its whole range (R-W2).</summary>
public class VietnameseLunarCalendarPropertyTests
{
    private static readonly VietnameseLunarCalendar Calendar = VietnameseLunarCalendar.Default;

    private static int RangeDays => Period.Between(Calendar.MinDate, Calendar.MaxDate, PeriodUnits.Days).Days;

    private static Arbitrary<LocalDate> DatesInRange =>
        Gen.Choose(0, RangeDays).Select(Calendar.MinDate.PlusDays).ToArbitrary();

    private static Arbitrary<int> YearsInRange => Gen.Choose(Calendar.MinYear, Calendar.MaxYear).ToArbitrary();

    [Fact]
    public void FromLocalDateThenToLocalDate_IsIdentity_Property()
    {
        // R-W2
        Properties.Check(Prop.ForAll(DatesInRange, date => Calendar.ToLocalDate(Calendar.FromLocalDate(date)) == date));
    }

    [Fact]
    public void CreateFromConvertedParts_GivesTheSameLunarDate_Property()
    {
        // R-W2: every lunar date the calendar produces is accepted by Create.
        Properties.Check(Prop.ForAll(DatesInRange, date =>
        {
            var lunar = Calendar.FromLocalDate(date);
            return LunarDate.Create(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth) == lunar;
        }));
    }

    [Fact]
    public void NextDay_AdvancesLunarDayByOne_OrStartsTheNextMonthAtDay1_Property()
    {
        // R-W2
        var days = Gen.Choose(0, RangeDays - 1).Select(Calendar.MinDate.PlusDays).ToArbitrary();
        Properties.Check(Prop.ForAll(days, date =>
        {
            var today = Calendar.FromLocalDate(date);
            var tomorrow = Calendar.FromLocalDate(date.PlusDays(1));
            var sameMonth = tomorrow.Year == today.Year && tomorrow.Month == today.Month && tomorrow.IsLeapMonth == today.IsLeapMonth;
            return sameMonth
                ? tomorrow.Day == today.Day + 1
                : tomorrow.Day == 1 && today.Day == Calendar.GetDaysInMonth(today.Year, today.Month, today.IsLeapMonth) && today < tomorrow;
        }));
    }

    [Fact]
    public void EveryDayOfTheRange_RoundTrips_AndLunarDayAdvancesByOneOrRestartsAtMonthStart()
    {
        // R-W2: exhaustive over the ~110 000 days 1900-01-31 .. end of lunar 2199.
        var previous = Calendar.FromLocalDate(Calendar.MinDate);
        Assert.Equal(LunarDate.Create(Calendar.MinYear, 1, 1), previous);
        var days = 1;
        for (var date = Calendar.MinDate.PlusDays(1); date <= Calendar.MaxDate; date = date.PlusDays(1))
        {
            var lunar = Calendar.FromLocalDate(date);
            Assert.Equal(date, Calendar.ToLocalDate(lunar));
            if (lunar.Day == 1)
            {
                // A new month follows the previous month's last day, in order.
                Assert.Equal(Calendar.GetDaysInMonth(previous.Year, previous.Month, previous.IsLeapMonth), previous.Day);
                Assert.True(previous < lunar);
            }
            else
            {
                Assert.Equal((previous.Year, previous.Month, previous.IsLeapMonth, previous.Day + 1), (lunar.Year, lunar.Month, lunar.IsLeapMonth, lunar.Day));
            }

            previous = lunar;
            days++;
        }

        Assert.InRange(days, 109_000, 110_000);
    }

    [Fact]
    public void MonthLengths_Are29Or30_AndYearsHave12Or13Months_Property()
    {
        // R-W2
        Properties.Check(Prop.ForAll(YearsInRange, year =>
        {
            var leap = Calendar.GetLeapMonth(year);
            var months = Calendar.GetMonthsInYear(year);
            var lengthsOk = Enumerable.Range(1, 12).All(m => Calendar.GetDaysInMonth(year, m) is 29 or 30)
                && (leap is not int l || Calendar.GetDaysInMonth(year, l, true) is 29 or 30);
            var leapOk = months == 13 ? leap is >= 1 and <= 12 : months == 12 && leap is null;
            return lengthsOk && leapOk;
        }));
    }

    [Fact]
    public void EveryYear_HasConsistentLengthAndLeapMonth()
    {
        // R-W2: exhaustive; a year has 353–355 days (12 months) or 383–385 days (13 months).
        for (var year = Calendar.MinYear; year <= Calendar.MaxYear; year++)
        {
            var next = year < Calendar.MaxYear ? Calendar.NewYear(year + 1) : Calendar.MaxDate.PlusDays(1);
            var length = Period.Between(Calendar.NewYear(year), next, PeriodUnits.Days).Days;
            var months = Calendar.GetMonthsInYear(year);
            Assert.True(months == 12 ? length is >= 353 and <= 355 : length is >= 383 and <= 385, $"year {year}: {months} months, {length} days");
            Assert.Equal(months == 13, Calendar.GetLeapMonth(year) is not null);
        }
    }

    [Fact]
    public void Tet_FallsBetween21JanuaryAnd20February_Property()
    {
        // R-W2: month 1 is the second (or, after a leap month 11 or 12, third) new moon after the winter solstice.
        Properties.Check(Prop.ForAll(YearsInRange, year =>
        {
            var tet = Calendar.NewYear(year);
            return tet >= new LocalDate(year, 1, 21) && tet <= new LocalDate(year, 2, 20);
        }));
    }

    [Fact]
    public void Create_RejectsDaysBeyondTheMonthLength_Property()
    {
        // R-W2
        var arguments = Gen.Choose(Calendar.MinYear, Calendar.MaxYear)
            .SelectMany(year => Gen.Choose(1, 12), (year, month) => (year, month))
            .SelectMany(ym => Gen.Elements(0, -1, 31, 100, Calendar.GetDaysInMonth(ym.year, ym.month) + 1), (ym, day) => (ym.year, ym.month, day))
            .ToArbitrary();
        Properties.Check(Prop.ForAll(arguments, a =>
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.Create(a.year, a.month, a.day));
            return error.ParamName == "day" && Equals(error.ActualValue, a.day);
        }));
    }

    [Fact]
    public void Create_RejectsLeapMonthsTheYearDoesNotHave_Property()
    {
        // R-W2
        var arguments = Gen.Choose(Calendar.MinYear, Calendar.MaxYear)
            .SelectMany(year => Gen.Choose(1, 12), (year, month) => (year, month))
            .Where(a => Calendar.GetLeapMonth(a.year) != a.month)
            .ToArbitrary();
        Properties.Check(Prop.ForAll(arguments, a =>
            Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.Create(a.year, a.month, 1, isLeapMonth: true)).ParamName == "isLeapMonth"));
    }

    [Fact]
    public void Create_RejectsYearsOutsideTheRange_Property()
    {
        // R-W2
        var years = Gen.OneOf(Gen.Choose(-10_000, Calendar.MinYear - 1), Gen.Choose(Calendar.MaxYear + 1, 10_000)).ToArbitrary();
        Properties.Check(Prop.ForAll(years, year =>
            Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.Create(year, 1, 1)).ParamName == "year"));
    }
}
