using System.Globalization;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// A date in the Vietnamese lunisolar calendar (<i>ngày âm lịch</i>): lunar year, month (1–12), whether
/// the month is the year's leap month (<i>tháng nhuận</i>), and day (1–30).
/// </summary>
/// <remarks>
/// <para>Values are created with <see cref="Create"/>, which checks the date exists in
/// <see cref="VietnameseLunarCalendar.Default"/>, or returned by
/// <see cref="VietnameseLunarCalendar.FromLocalDate"/>. The <c>default</c> value (year 0) is not a valid
/// date; the calendar rejects it.</para>
/// <para>The lunar year is numbered by the Gregorian year in which it begins: lunar 1/1/2026 (Tết) is
/// 2026-02-17. A leap month follows the ordinary month with the same number, so the order is
/// year, month, leap after ordinary, day.</para>
/// <para><see cref="ToString"/> writes Vietnamese style <c>day/month/year</c> with no padding and an
/// <c>n</c> (<i>nhuận</i>, leap) after a leap month: <c>1/1/2026</c>, <c>15/6n/2025</c>.</para>
/// </remarks>
public readonly struct LunarDate : IEquatable<LunarDate>, IComparable<LunarDate>
{
    internal LunarDate(int year, int month, int day, bool isLeapMonth)
    {
        Year = year;
        Month = month;
        Day = day;
        IsLeapMonth = isLeapMonth;
    }

    /// <summary>The lunar year, numbered by the Gregorian year in which its month 1 starts.</summary>
    public int Year { get; }

    /// <summary>The month number, 1–12 (a leap month has the number of the month it repeats).</summary>
    public int Month { get; }

    /// <summary>The day of the month, 1–30.</summary>
    public int Day { get; }

    /// <summary>Whether the month is the year's leap month (<i>tháng nhuận</i>).</summary>
    public bool IsLeapMonth { get; }

    /// <summary>Creates a lunar date, checking it exists in the Vietnamese calendar.</summary>
    /// <param name="year">The lunar year, within <see cref="VietnameseLunarCalendar.MinYear"/>–<see cref="VietnameseLunarCalendar.MaxYear"/>.</param>
    /// <param name="month">The month number, 1–12.</param>
    /// <param name="day">The day, 1 to the length of the month (29 or 30).</param>
    /// <param name="isLeapMonth">True for the leap month numbered <paramref name="month"/>; the year must have it.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range, the month is
    /// not 1–12, the year has no such leap month, or the month has fewer days than <paramref name="day"/>;
    /// the message names the field and the value.</exception>
    /// <example><c>LunarDate.Create(2026, 1, 1)</c> is Tết 2026; <c>LunarDate.Create(2025, 6, 15, isLeapMonth: true)</c>
    /// is 15/6 nhuận 2025.</example>
    public static LunarDate Create(int year, int month, int day, bool isLeapMonth = false)
    {
        VietnameseLunarCalendar.Default.Validate(year, month, day, isLeapMonth);
        return new LunarDate(year, month, day, isLeapMonth);
    }

    /// <summary>Equal when year, month, leap flag and day are all equal.</summary>
    public bool Equals(LunarDate other)
        => Year == other.Year && Month == other.Month && Day == other.Day && IsLeapMonth == other.IsLeapMonth;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LunarDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Month, Day, IsLeapMonth);

    /// <summary>Chronological order: year, month, the leap month after the ordinary month of the same number, day.</summary>
    public int CompareTo(LunarDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = Month.CompareTo(other.Month);
        if (byMonth != 0)
        {
            return byMonth;
        }

        var byLeap = IsLeapMonth.CompareTo(other.IsLeapMonth);
        return byLeap != 0 ? byLeap : Day.CompareTo(other.Day);
    }

    /// <summary>Vietnamese style <c>day/month/year</c>, with <c>n</c> after a leap month: <c>1/1/2026</c>, <c>15/6n/2025</c>.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month}{(IsLeapMonth ? "n" : string.Empty)}/{Year}");

    /// <summary>Equality.</summary>
    public static bool operator ==(LunarDate left, LunarDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(LunarDate left, LunarDate right) => !left.Equals(right);

    /// <summary>Chronologically before.</summary>
    public static bool operator <(LunarDate left, LunarDate right) => left.CompareTo(right) < 0;

    /// <summary>Chronologically before or equal.</summary>
    public static bool operator <=(LunarDate left, LunarDate right) => left.CompareTo(right) <= 0;

    /// <summary>Chronologically after.</summary>
    public static bool operator >(LunarDate left, LunarDate right) => left.CompareTo(right) > 0;

    /// <summary>Chronologically after or equal.</summary>
    public static bool operator >=(LunarDate left, LunarDate right) => left.CompareTo(right) >= 0;
}
