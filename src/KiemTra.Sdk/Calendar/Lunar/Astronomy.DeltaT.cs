namespace KiemTra.Sdk.Calendar;

/// <content>ΔT = TT − UT, to convert dynamical time to civil (universal) time.</content>
internal static partial class Astronomy
{
    /// <summary>Seconds in a day, to turn ΔT into a Julian Day offset.</summary>
    private const double SecondsPerDay = 86400.0;

    /// <summary>
    /// ΔT = TT − UT in seconds at the given JD (either scale: ΔT changes by well under a second per day): the model the
    /// calendar uses, chosen on the observations (see <c>docs/lunar-calendar.md</c>, "ΔT").
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Before 2005: the polynomials of Espenak and Meeus (NASA, "Five Millennium Canon of Solar Eclipses", 2006),
    /// which fit the observed values within about a second (<see cref="DeltaTEspenakMeeus2006"/>).</item>
    /// <item>2005.0–2025.5: the observed values (IERS Earth orientation data, TT − UT1 on 1 January of each year and
    /// 2025-07-01), interpolated linearly; Espenak–Meeus' 2005–2050 parabola is already 5 s too high in 2025 and
    /// still rising at 0.6 s a year while the observed ΔT has stayed near 69 s since 2019.</item>
    /// <item>After 2025.5: the long-term length-of-day model of Stephenson, Morrison and Hohenkerk (2016) as updated by
    /// Morrison et al. (2021) (lod = 1.72 t − 3.5 sin(2π(t + 0.75)/14) ms, t in centuries from 1825), integrated and
    /// joined continuously to the last observation: 78 s in 2077, 87 s in 2100, 166 s in 2199, against Espenak–Meeus'
    /// 150 s, 203 s and 440 s.</item>
    /// </list>
    /// </remarks>
    internal static double DeltaTSeconds(double jd)
    {
        var y = 2000.0 + (jd - J2000) / 365.25;
        if (y < ObservedDeltaTFirstYear)
        {
            return DeltaTEspenakMeeus2006(jd);
        }

        var observed = ObservedDeltaT;
        var last = ObservedDeltaTFirstYear + observed.Length - 2;   // the last value is 2025.5, half a year after the one before
        if (y < last)
        {
            var i = (int)(y - ObservedDeltaTFirstYear);
            var fraction = y - ObservedDeltaTFirstYear - i;
            return observed[i] + (fraction * (observed[i + 1] - observed[i]));
        }

        if (y < last + 0.5)
        {
            return observed[^2] + (2 * (y - last) * (observed[^1] - observed[^2]));
        }

        // Integrated long-term lod, continuous with 69.14 s at 2025.5.
        var u = (y - 1825.0) / 100.0;
        return -150.60933108239487 + (31.4115 * u * u) + (284.8435805251424 * Math.Cos(0.4487989505128276 * (u + 0.75)));
    }

    /// <summary>The first year of <see cref="ObservedDeltaT"/>.</summary>
    private const int ObservedDeltaTFirstYear = 2005;

    /// <summary>
    /// Observed ΔT in seconds on 1 January 2005, 2006, …, 2025, then on 1 July 2025 (IERS EOP C04 / Bulletin A:
    /// ΔT = 32.184 s + (TAI − UTC) − (UT1 − UTC)), rounded to 0.01 s.
    /// </summary>
    private static ReadOnlySpan<double> ObservedDeltaT =>
    [
        64.69, 64.85, 65.15, 65.46, 65.78, 66.07, 66.32, 66.60, 66.91, 67.28, 67.64,
        68.10, 68.59, 68.97, 69.22, 69.36, 69.36, 69.29, 69.20, 69.18, 69.14, 69.14,
    ];

    /// <summary>
    /// ΔT in seconds by the polynomials of Espenak and Meeus (2006), kept to measure how much a month start depends on
    /// the ΔT model (<see cref="LunarMonthTable"/>) and for the years before 2005.
    /// </summary>
    internal static double DeltaTEspenakMeeus2006(double jd)
    {
        // Decimal year, as in the source (y = year + (month − 0.5)/12 is the mid-month approximation;
        // a Julian-year fraction is equivalent at this precision).
        var y = 2000.0 + (jd - J2000) / 365.25;

        if (y < 1860)
        {
            // 1800–1860 (only reached when callers look before the supported range).
            var t = y - 1800;
            return 13.72 - 0.332447 * t + 0.0068612 * t * t + 0.0041116 * t * t * t - 0.00037436 * Math.Pow(t, 4)
                + 0.0000121272 * Math.Pow(t, 5) - 0.0000001699 * Math.Pow(t, 6) + 0.000000000875 * Math.Pow(t, 7);
        }

        if (y < 1900)
        {
            var t = y - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t - 0.0004473624 * Math.Pow(t, 4)
                + Math.Pow(t, 5) / 233174;
        }

        if (y < 1920)
        {
            var t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.Pow(t, 4);
        }

        if (y < 1941)
        {
            var t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }

        if (y < 1961)
        {
            var t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }

        if (y < 1986)
        {
            var t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }

        if (y < 2005)
        {
            var t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * Math.Pow(t, 4)
                + 0.00002373599 * Math.Pow(t, 5);
        }

        if (y < 2050)
        {
            var t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }

        var u = (y - 1820) / 100;
        if (y < 2150)
        {
            // The source's bridge from the 2005–2050 fit to the long-term parabola.
            return -20 + 32 * u * u - 0.5628 * (2150 - y);
        }

        // Long-term parabola (Morrison and Stephenson 2004).
        return -20 + 32 * u * u;
    }

    /// <summary>Converts a JDE (TT) to a JD in universal time.</summary>
    internal static double DynamicalToUniversal(double jde) => jde - DeltaTSeconds(jde) / SecondsPerDay;

    /// <summary>Converts a JD in universal time to a JDE (TT).</summary>
    internal static double UniversalToDynamical(double jd) => jd + DeltaTSeconds(jd) / SecondsPerDay;
}
