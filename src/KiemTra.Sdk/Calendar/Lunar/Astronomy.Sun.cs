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
    /// Nutation in longitude Δψ in arcseconds (Meeus ch. 22, the abbreviated series "accurate to 0.5″"),
    /// for T Julian centuries from J2000.0.
    /// </summary>
    /// <remarks>
    /// Nutation moves the equinox from which longitudes are measured by up to ±17″; the solar terms are
    /// reckoned from the true equinox of date, so it must be included.
    /// </remarks>
    internal static double NutationInLongitudeArcseconds(double t)
    {
        // Longitude of the Moon's ascending node, mean longitudes of the Sun and of the Moon (ch. 22).
        var omega = 125.04452 - 1934.136261 * t;
        var sunMeanLongitude = 280.4665 + 36000.7698 * t;
        var moonMeanLongitude = 218.3165 + 481267.8813 * t;

        return -17.20 * SinDegrees(omega)
            - 1.32 * SinDegrees(2 * sunMeanLongitude)
            - 0.23 * SinDegrees(2 * moonMeanLongitude)
            + 0.21 * SinDegrees(2 * omega);
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
