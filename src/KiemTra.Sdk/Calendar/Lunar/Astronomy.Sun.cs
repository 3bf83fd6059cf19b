namespace KiemTra.Sdk.Calendar;

/// <content>The Sun's apparent geocentric longitude (Meeus ch. 25 "higher accuracy", with VSOP87 and ch. 22 nutation).</content>
internal static partial class Astronomy
{
    /// <summary>
    /// The Sun's apparent ecliptic longitude, in degrees [0, 360), referred to the true equinox of date,
    /// at the given JDE (dynamical time, TT).
    /// </summary>
    /// <remarks>
    /// Solar terms (<i>tiết khí</i>) are defined on the apparent longitude: a principal term
    /// (<i>trung khí</i>) is the instant it reaches a multiple of 30°. This is the "higher accuracy"
    /// method of Meeus ch. 25: the geocentric longitude of the Sun is the Earth's heliocentric VSOP87
    /// longitude plus 180° (ch. 32), converted to the FK5 system (−0.09033″, eq. 32.3), plus the nutation
    /// in longitude Δψ (ch. 22) and the annual aberration −20.4898″/R (eq. 25.10). The result is good to
    /// about a second of arc, so a principal term is dated to within about half a minute; the simple
    /// ch. 25 formula (0.01°, up to a quarter of an hour) is not enough, because some terms fall within
    /// minutes of midnight at UTC+7 (the autumn equinox of 1938 and 2033, for example).
    /// </remarks>
    internal static double SunApparentLongitude(double jde)
    {
        var tau = (jde - J2000) / (10 * DaysPerJulianCentury);
        var t = tau * 10;

        var earthLongitude = EarthHeliocentricLongitude(tau) / DegreesToRadians;
        var geometric = earthLongitude + 180.0;

        const double Fk5CorrectionArcseconds = -0.09033;
        var nutation = NutationInLongitudeArcseconds(t);
        var aberration = -20.4898 / EarthRadiusVector(tau);

        return NormalizeDegrees(geometric + (Fk5CorrectionArcseconds + nutation + aberration) / 3600.0);
    }

    /// <summary>
    /// Nutation in longitude Δψ in arcseconds for T Julian centuries from J2000.0 (TT): the terms of the
    /// IAU 1980 theory (Meeus ch. 22, table 22.A) with amplitudes of 0.002″ and more.
    /// </summary>
    /// <remarks>
    /// Nutation moves the equinox from which longitudes are measured by up to ±17″ (≈7 minutes of the
    /// Sun's motion); the solar terms are reckoned from the true equinox of date, so it must be included.
    /// Meeus' four-term shortcut is good to 0.5″ (12 s of time), which matters when a principal term falls
    /// within half a minute of midnight (as in September 1938); these 26 terms leave an error of about
    /// 0.01″.
    /// </remarks>
    internal static double NutationInLongitudeArcseconds(double t)
    {
        var t2 = t * t;
        var t3 = t2 * t;

        // Fundamental arguments (Meeus ch. 22): mean elongation of the Moon from the Sun (D), mean anomaly
        // of the Sun (M) and of the Moon (M'), Moon's argument of latitude (F), longitude of the ascending
        // node of the Moon's mean orbit (Ω), in degrees.
        var d = 297.85036 + 445267.111480 * t - 0.0019142 * t2 + t3 / 189474;
        var m = 357.52772 + 35999.050340 * t - 0.0001603 * t2 - t3 / 300000;
        var mp = 134.96298 + 477198.867398 * t + 0.0086972 * t2 + t3 / 56250;
        var f = 93.27191 + 483202.017538 * t - 0.0036825 * t2 + t3 / 327270;
        var omega = 125.04452 - 1934.136261 * t + 0.0020708 * t2 + t3 / 450000;

        // Σ (coefficient in 0.0001″) × sin(argument), table 22.A, largest terms first.
        var sum =
            (-171996 - 174.2 * t) * SinDegrees(omega)
            + (-13187 - 1.6 * t) * SinDegrees(-2 * d + 2 * f + 2 * omega)
            + (-2274 - 0.2 * t) * SinDegrees(2 * f + 2 * omega)
            + (2062 + 0.2 * t) * SinDegrees(2 * omega)
            + (1426 - 3.4 * t) * SinDegrees(m)
            + (712 + 0.1 * t) * SinDegrees(mp)
            + (-517 + 1.2 * t) * SinDegrees(-2 * d + m + 2 * f + 2 * omega)
            + (-386 - 0.4 * t) * SinDegrees(2 * f + omega)
            - 301 * SinDegrees(mp + 2 * f + 2 * omega)
            + (217 - 0.5 * t) * SinDegrees(-2 * d - m + 2 * f + 2 * omega)
            - 158 * SinDegrees(-2 * d + mp)
            + (129 + 0.1 * t) * SinDegrees(-2 * d + 2 * f + omega)
            + 123 * SinDegrees(-mp + 2 * f + 2 * omega)
            + 63 * SinDegrees(2 * d)
            + (63 + 0.1 * t) * SinDegrees(mp + omega)
            - 59 * SinDegrees(2 * d - mp + 2 * f + 2 * omega)
            + (-58 - 0.1 * t) * SinDegrees(-mp + omega)
            - 51 * SinDegrees(mp + 2 * f + omega)
            + 48 * SinDegrees(-2 * d + 2 * mp)
            + 46 * SinDegrees(-2 * mp + 2 * f + omega)
            - 38 * SinDegrees(2 * d + 2 * f + 2 * omega)
            - 31 * SinDegrees(2 * mp + 2 * f + 2 * omega)
            + 29 * SinDegrees(2 * mp)
            + 29 * SinDegrees(-2 * d + mp + 2 * f + 2 * omega)
            + 26 * SinDegrees(2 * f)
            - 22 * SinDegrees(-2 * d + 2 * f);

        return sum / 10000.0;
    }

    /// <summary>Mean motion of the Sun in longitude, degrees per day (360° per tropical year).</summary>
    private const double SunMeanMotion = 360.0 / 365.242189;

    /// <summary>
    /// The JDE (TT) at which the Sun's apparent longitude reaches <paramref name="targetLongitude"/>
    /// degrees, the one nearest to <paramref name="jdeGuess"/> (within about half a year).
    /// </summary>
    /// <remarks>
    /// Solves λ(t) = target by Newton-like steps with the Sun's mean motion as the derivative (the method
    /// of Meeus ch. 27 for equinoxes and solstices, generalised to any longitude); the apparent motion
    /// varies by only ±3% over the year, so each step gains about two digits and six steps reach far
    /// below a second.
    /// </remarks>
    internal static double SolarLongitudeTime(double targetLongitude, double jdeGuess)
    {
        var jde = jdeGuess;
        for (var i = 0; i < 8; i++)
        {
            var difference = NormalizeDegrees(targetLongitude - SunApparentLongitude(jde) + 180.0) - 180.0;
            jde += difference / SunMeanMotion;
            if (Math.Abs(difference) < 1e-7)
            {
                break;
            }
        }

        return jde;
    }
}
