namespace KiemTra.Sdk.Calendar;

/// <summary>
/// The precomputed months of the lunisolar calendar for a range of lunar years: where each month starts
/// and which (year, month, leap) it is. Built once from the astronomy, then read-only.
/// </summary>
/// <remarks>
/// The rules (the Chinese calendar's since the 1645 reform, the Vietnamese calendar's with the clock of
/// UTC+7): a month starts on the civil day containing a new moon (<i>sóc</i>); month 11 is the month
/// containing the winter solstice (apparent solar longitude 270°); when 13 months separate two
/// month-11 starts, the first of them after month 11 that contains no principal term (<i>trung khí</i>,
/// a longitude multiple of 30°) is a leap month (<i>tháng nhuận</i>) and repeats the preceding
/// month's number. "Contains" is decided on civil days at the calendar's offset: a term belongs to the
/// day on which it happens there.
/// </remarks>
internal sealed class LunarMonthTable
{
    private readonly int[] monthStarts;
    private readonly int[] monthLabels;
    private readonly int[] yearFirstMonth;
    private readonly byte[] leapMonths;

    private readonly float[] monthStartMargins;
    private readonly bool[] monthStartUncertain;

    private LunarMonthTable(int minYear, int maxYear, int[] monthStarts, int[] monthLabels, int[] yearFirstMonth, byte[] leapMonths, float[] monthStartMargins, bool[] monthStartUncertain)
    {
        this.monthStartMargins = monthStartMargins;
        this.monthStartUncertain = monthStartUncertain;
        MinYear = minYear;
        MaxYear = maxYear;
        this.monthStarts = monthStarts;
        this.monthLabels = monthLabels;
        this.yearFirstMonth = yearFirstMonth;
        this.leapMonths = leapMonths;
    }

    /// <summary>The first lunar year in the table.</summary>
    internal int MinYear { get; }

    /// <summary>The last lunar year in the table.</summary>
    internal int MaxYear { get; }

    /// <summary>The JDN of lunar 1/1 of <see cref="MinYear"/>.</summary>
    internal int FirstDay => monthStarts[0];

    /// <summary>The JDN of the last day of <see cref="MaxYear"/>.</summary>
    internal int LastDay => monthStarts[^1] - 1;

    /// <summary>Number of months in the table.</summary>
    internal int MonthCount => monthStarts.Length - 1;

    /// <summary>The JDN of the first day of month <paramref name="index"/> (0-based over the whole table).</summary>
    internal int MonthStart(int index) => monthStarts[index];

    /// <summary>The number of days of month <paramref name="index"/>.</summary>
    internal int MonthLength(int index) => monthStarts[index + 1] - monthStarts[index];

    /// <summary>
    /// Signed seconds between the new moon that starts month <paramref name="index"/> and the nearest local midnight
    /// (positive: after it; the new moon of the month after the last has index <see cref="MonthCount"/>).
    /// </summary>
    internal double MonthStartMarginSeconds(int index) => monthStartMargins[index];

    /// <summary>Whether the first day of month <paramref name="index"/> may move by one day (see <see cref="Build"/>).</summary>
    internal bool MonthStartIsUncertain(int index) => monthStartUncertain[index];

    /// <summary>The lunar year of month <paramref name="index"/>.</summary>
    internal int MonthYear(int index) => monthLabels[index] >> 5;

    /// <summary>The month number (1–12) of month <paramref name="index"/>.</summary>
    internal int MonthNumber(int index) => (monthLabels[index] >> 1) & 0xF;

    /// <summary>Whether month <paramref name="index"/> is a leap month.</summary>
    internal bool MonthIsLeap(int index) => (monthLabels[index] & 1) != 0;

    /// <summary>The leap month number of a lunar year in range, or 0 if the year has none.</summary>
    internal int LeapMonth(int year) => leapMonths[year - MinYear];

    /// <summary>Number of months (12 or 13) of a lunar year in range.</summary>
    internal int MonthsInYear(int year) => yearFirstMonth[year - MinYear + 1] - yearFirstMonth[year - MinYear];

    /// <summary>
    /// The table index of a month, or −1 if the year has no such leap month. The year must be in range
    /// and the month in 1–12.
    /// </summary>
    internal int IndexOf(int year, int month, bool isLeapMonth)
    {
        var leap = leapMonths[year - MinYear];
        if (isLeapMonth && leap != month)
        {
            return -1;
        }

        // Months after the leap month (and the leap month itself) sit one slot further on.
        var shift = leap != 0 && (month > leap || (month == leap && isLeapMonth)) ? 1 : 0;
        return yearFirstMonth[year - MinYear] + month - 1 + shift;
    }

    /// <summary>The index of the month containing day <paramref name="jdn"/>, which must be in range.</summary>
    internal int IndexContaining(int jdn)
    {
        var found = Array.BinarySearch(monthStarts, jdn);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>
    /// Computes the table for lunar years <paramref name="minYear"/> to <paramref name="maxYear"/> with new
    /// moons and solar terms dated on the civil clock <paramref name="utcOffsetHours"/> ahead of UTC.
    /// </summary>
    /// <exception cref="InvalidOperationException">The astronomy produced a year that breaks the calendar's
    /// invariants (a bug, never expected).</exception>
    internal static LunarMonthTable Build(int minYear, int maxYear, double utcOffsetHours)
    {
        // New moons from before the month 11 preceding lunar year minYear to after the month 11 that
        // follows lunar year maxYear's last month: the sui (the months from one winter solstice to the next)
        // of maxYear to maxYear + 1 decides whether maxYear ends with a leap month 11 or 12.
        var fromJd = JulianDayNumber.FromDate(minYear - 1, 10, 1);
        var toJd = JulianDayNumber.FromDate(maxYear + 2, 2, 1);
        var firstK = Astronomy.FirstNewMoonAtOrAfter(fromJd);
        var starts = new List<int>(12 * (maxYear - minYear + 4));
        var margins = new List<float>(starts.Capacity);
        var uncertain = new List<bool>(starts.Capacity);
        for (var k = firstK; ; k++)
        {
            var jde = Astronomy.NewMoon(k);
            var jdUniversal = Astronomy.DynamicalToUniversal(jde);
            if (jdUniversal > toJd)
            {
                break;
            }

            // Meeus' series is within 20 s of the full computation: only a new moon near local midnight can change day,
            // so only those are recomputed from ELP/MPP02 and VSOP87 (the rest keep a margin of at least ~100 s).
            var margin = SecondsFromNearestMidnight(jdUniversal, utcOffsetHours);
            var ephemerisTolerance = MeeusToleranceSeconds;
            if (Math.Abs(margin) < RefinementWindowSeconds)
            {
                ephemerisTolerance = EphemerisToleranceSeconds;
                jde = Astronomy.PreciseNewMoon(k);
                jdUniversal = Astronomy.DynamicalToUniversal(jde);
                margin = SecondsFromNearestMidnight(jdUniversal, utcOffsetHours);
            }

            // The day is uncertain when the margin is within what the computation cannot rule out: the ephemeris
            // tolerance plus, for dates after the last observed ΔT, the spread between the chosen ΔT model and
            // Espenak–Meeus 2006 (the model most published tables use).
            var deltaTSpread = Math.Abs(Astronomy.DeltaTSeconds(jde) - Astronomy.DeltaTEspenakMeeus2006(jde));
            var tolerance = ephemerisTolerance + (jde > LastObservedDeltaTJde ? deltaTSpread : 0);
            starts.Add(JulianDayNumber.CivilDayAt(jdUniversal, utcOffsetHours));
            margins.Add((float)margin);
            uncertain.Add(Math.Abs(margin) < tolerance);
        }

        // The Sun's apparent longitude at the local midnight that begins each month: a term falls inside
        // month i exactly when the longitude passes it between the midnight starting month i and the one
        // starting month i+1.
        var longitudes = new double[starts.Count];
        for (var i = 0; i < starts.Count; i++)
        {
            var midnightUniversal = JulianDayNumber.MidnightStarting(starts[i], utcOffsetHours);
            longitudes[i] = Astronomy.SunApparentLongitude(Astronomy.UniversalToDynamical(midnightUniversal));
        }

        var monthElevens = new List<int>();
        for (var i = 0; i + 1 < starts.Count; i++)
        {
            if (ContainsLongitude(longitudes[i], longitudes[i + 1], 270.0))
            {
                monthElevens.Add(i);
            }
        }

        // Label every month between consecutive month-11 starts.
        var labels = new int[starts.Count];
        var labelled = new bool[starts.Count];
        for (var s = 0; s + 1 < monthElevens.Count; s++)
        {
            var first = monthElevens[s];
            var next = monthElevens[s + 1];
            var length = next - first;
            if (length is not (12 or 13))
            {
                throw new InvalidOperationException($"Lunar calendar invariant broken: {length} months between the month-11 starts on JDN {starts[first]} and {starts[next]}.");
            }

            var leapIndex = -1;
            if (length == 13)
            {
                for (var i = first + 1; i < next; i++)
                {
                    if (!HasPrincipalTerm(longitudes[i], longitudes[i + 1]))
                    {
                        leapIndex = i;
                        break;
                    }
                }

                if (leapIndex < 0)
                {
                    throw new InvalidOperationException($"Lunar calendar invariant broken: 13 months from JDN {starts[first]} and none without a principal term.");
                }
            }

            // Month 11 starts in November or December of Gregorian year g; months 11 and 12 belong to
            // lunar year g, the months from 1 on to lunar year g + 1.
            var solsticeYear = JulianDayNumber.ToDate(starts[first]).Year;
            var number = 10;
            for (var i = first; i < next; i++)
            {
                var isLeap = i == leapIndex;
                if (!isLeap)
                {
                    number = number == 12 ? 1 : number + 1;
                }

                var year = number >= 11 ? solsticeYear : solsticeYear + 1;
                labels[i] = Label(year, number, isLeap);
                labelled[i] = true;
            }
        }

        // Keep the months of lunar years minYear..maxYear, plus the start of the next year as a sentinel.
        var firstIndex = Array.IndexOf(labels, Label(minYear, 1, false));
        var endIndex = Array.IndexOf(labels, Label(maxYear + 1, 1, false));
        if (firstIndex < 0 || endIndex < 0 || !labelled[firstIndex] || !labelled[endIndex])
        {
            throw new InvalidOperationException($"Lunar calendar invariant broken: lunar years {minYear}–{maxYear} are not covered by the computed months.");
        }

        var count = endIndex - firstIndex;
        var monthStarts = new int[count + 1];
        var monthLabels = new int[count];
        var monthMargins = new float[count + 1];
        var monthUncertain = new bool[count + 1];
        for (var i = 0; i <= count; i++)
        {
            monthStarts[i] = starts[firstIndex + i];
            monthMargins[i] = margins[firstIndex + i];
            monthUncertain[i] = uncertain[firstIndex + i];
            if (i < count)
            {
                monthLabels[i] = labels[firstIndex + i];
            }
        }

        var years = maxYear - minYear + 1;
        var yearFirstMonth = new int[years + 1];
        var leapMonths = new byte[years];
        var newYears = 0;
        for (var i = 0; i < count; i++)
        {
            var label = monthLabels[i];
            var yearOffset = (label >> 5) - minYear;
            var month = (label >> 1) & 0xF;
            if ((label & 1) != 0)
            {
                leapMonths[yearOffset] = (byte)month;
            }
            else if (month == 1)
            {
                yearFirstMonth[yearOffset] = i;
                newYears++;
            }
        }

        yearFirstMonth[years] = count;
        if (newYears != years)
        {
            throw new InvalidOperationException($"Lunar calendar invariant broken: found {newYears} lunar new years for {years} years.");
        }

        return new LunarMonthTable(minYear, maxYear, monthStarts, monthLabels, yearFirstMonth, leapMonths, monthMargins, monthUncertain);
    }

    /// <summary>
    /// New moons whose Meeus instant is nearer local midnight than this are recomputed with the full theories: six
    /// times the largest difference (19 s) between Meeus' series and the independent table over 1900–2200.
    /// </summary>
    internal const double RefinementWindowSeconds = 120.0;

    /// <summary>What a new moon from Meeus' series alone may be off by: 19 s at most against the independent table, with room.</summary>
    internal const double MeeusToleranceSeconds = 35.0;

    /// <summary>
    /// What the computed new moons may be off by, in seconds: two independent ephemerides (this library's ELP/MPP02 +
    /// VSOP87, and astronomy-engine's, in the tests' reference table) differ by at most 13.4 s over 1900–2200, and by
    /// 1 s from JPL's DE431 for 1967-07-08.
    /// </summary>
    internal const double EphemerisToleranceSeconds = 15.0;

    /// <summary>The JDE of 2025-07-01, the last observed ΔT the model uses; beyond it ΔT is a prediction.</summary>
    private const double LastObservedDeltaTJde = 2460857.5;

    /// <summary>Signed seconds from the nearest local midnight: positive after it, negative before it.</summary>
    private static double SecondsFromNearestMidnight(double jdUniversal, double utcOffsetHours)
    {
        var local = jdUniversal + 0.5 + (utcOffsetHours / 24.0);
        return (local - Math.Round(local, MidpointRounding.AwayFromZero)) * 86400.0;
    }

    private static int Label(int year, int month, bool isLeap) => (((year << 4) | month) << 1) | (isLeap ? 1 : 0);

    /// <summary>Whether the Sun's longitude passes <paramref name="target"/> while going from
    /// <paramref name="start"/> to <paramref name="end"/> (all in degrees; start inclusive).</summary>
    private static bool ContainsLongitude(double start, double end, double target)
        => Astronomy.NormalizeDegrees(target - start) < Astronomy.NormalizeDegrees(end - start);

    /// <summary>Whether a month whose start and end longitudes are given contains a principal term
    /// (a multiple of 30°): the 30° sector changes between the two.</summary>
    private static bool HasPrincipalTerm(double start, double end)
        => (int)Math.Floor(start / 30.0) != (int)Math.Floor(end / 30.0);
}
