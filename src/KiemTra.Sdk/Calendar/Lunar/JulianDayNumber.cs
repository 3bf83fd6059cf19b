using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// Integer Julian Day Numbers (the day count astronomers use, JDN 2451545 = 2000-01-01) for proleptic
/// Gregorian dates, and the civil date of an instant at a fixed UTC offset.
/// </summary>
/// <remarks>
/// The calendar table stores month starts as day numbers so that a conversion is integer arithmetic
/// and a binary search, with no allocation (NodaTime's <see cref="Period"/> is a class).
/// The conversions are the Fliegel–Van Flandern algorithm (Communications of the ACM 11(10), 1968)
/// and its inverse as given by Richards (Explanatory Supplement to the Astronomical Almanac, 2013,
/// ch. 15.11), exact for all Gregorian dates after 4800 BC.
/// </remarks>
internal static class JulianDayNumber
{
    /// <summary>The JDN of a Gregorian date.</summary>
    internal static int FromDate(LocalDate date) => FromDate(date.Year, date.Month, date.Day);

    /// <summary>The JDN of a Gregorian year, month and day.</summary>
    internal static int FromDate(int year, int month, int day)
    {
        // Shift the year to start in March so the leap day is the last day of the shifted year.
        var a = (14 - month) / 12;
        var y = year + 4800 - a;
        var m = month + 12 * a - 3;
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
    }

    /// <summary>The Gregorian date of a JDN.</summary>
    internal static LocalDate ToDate(int jdn)
    {
        var a = jdn + 32044;
        var b = (4 * a + 3) / 146097;
        var c = a - 146097 * b / 4;
        var d = (4 * c + 3) / 1461;
        var e = c - 1461 * d / 4;
        var m = (5 * e + 2) / 153;
        var day = e - (153 * m + 2) / 5 + 1;
        var month = m + 3 - 12 * (m / 10);
        var year = 100 * b + d - 4800 + m / 10;
        return new LocalDate(year, month, day);
    }

    /// <summary>
    /// The JDN of the civil date on which the instant <paramref name="jdUniversal"/> (a JD in UT) falls
    /// at a clock <paramref name="utcOffsetHours"/> ahead of UTC.
    /// </summary>
    /// <remarks>A JD starts at noon, so the civil day starting at local midnight is JD + 0.5 + offset.</remarks>
    internal static int CivilDayAt(double jdUniversal, double utcOffsetHours)
        => (int)Math.Floor(jdUniversal + 0.5 + utcOffsetHours / 24.0);

    /// <summary>The JD (UT) of local midnight starting civil day <paramref name="jdn"/> at the given offset.</summary>
    internal static double MidnightStarting(int jdn, double utcOffsetHours) => jdn - 0.5 - utcOffsetHours / 24.0;
}
