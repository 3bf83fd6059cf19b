namespace KiemTra.Sdk.Calendar;

/// <content>ΔT = TT − UT, to convert dynamical time to civil (universal) time.</content>
internal static partial class Astronomy
{
    /// <summary>Seconds in a day, to turn ΔT into a Julian Day offset.</summary>
    private const double SecondsPerDay = 86400.0;

    /// <summary>
    /// ΔT = TT − UT in seconds at the given JD (either scale: ΔT changes by well under a second per day).
    /// </summary>
    /// <remarks>
    /// The polynomial expressions of Espenak and Meeus (NASA, "Five Millennium Canon of Solar Eclipses",
    /// 2006, section "Polynomial expressions for ΔT"), which fit the observed values from 1860 to 2005
    /// within about a second and extrapolate beyond (Meeus ch. 10 explains why ΔT cannot be predicted:
    /// the Earth's rotation slows irregularly). From 2005 to 2025 the fitted curve runs a few seconds
    /// above the observed ΔT (about 69 s in 2025); far in the future the uncertainty grows to minutes
    /// by 2200. Both errors are small against the day boundaries the calendar decides, and the
    /// calendar's documentation lists the closest cases.
    /// </remarks>
    internal static double DeltaTSeconds(double jd)
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
