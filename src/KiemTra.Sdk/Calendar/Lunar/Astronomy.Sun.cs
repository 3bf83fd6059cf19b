namespace KiemTra.Sdk.Calendar;

/// <content>The Sun's apparent geocentric longitude (Meeus ch. 25, with nutation from ch. 22).</content>
internal static partial class Astronomy
{
    /// <summary>
    /// The Sun's apparent ecliptic longitude, in degrees [0, 360), referred to the true equinox of date,
    /// at the given JDE (dynamical time, TT).
    /// </summary>
    /// <remarks>
    /// Solar terms (<i>tiết khí</i>) are defined on the apparent longitude: a principal term
    /// (<i>trung khí</i>) is the instant it reaches a multiple of 30°. Meeus ch. 25 gives the geometric
    /// longitude from the mean longitude and the equation of the centre (eqs. 25.2–25.4 and the C
    /// series), accurate to about 0.01° (a quarter of an hour of solar motion). To that we add the
    /// nutation in longitude Δψ (ch. 22, the four largest terms, good to 0.5″) and the aberration
    /// −20.4898″/R (eq. 25.10) with the radius vector R from eq. 25.5, instead of the
    /// ch. 25 one-line shortcut, so the only remaining error is that of the geometric longitude.
    /// </remarks>
    internal static double SunApparentLongitude(double jde)
    {
        var t = (jde - J2000) / DaysPerJulianCentury;
        var t2 = t * t;

        // Geometric mean longitude and mean anomaly of the Sun (eqs. 25.2, 25.3), eccentricity of the
        // Earth's orbit (eq. 25.4).
        var l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
        var m = 357.52911 + 35999.05029 * t - 0.0001537 * t2;
        var e = 0.016708634 - 0.000042037 * t - 0.0000001267 * t2;

        // Equation of the centre: the difference between the true and mean anomaly for an elliptical
        // orbit of eccentricity e, expanded in the mean anomaly (ch. 25).
        var c = (1.914602 - 0.004817 * t - 0.000014 * t2) * SinDegrees(m)
            + (0.019993 - 0.000101 * t) * SinDegrees(2 * m)
            + 0.000289 * SinDegrees(3 * m);

        var trueLongitude = l0 + c;
        var trueAnomaly = m + c;

        // Radius vector in astronomical units (eq. 25.5), needed for the aberration.
        var radius = 1.000001018 * (1 - e * e) / (1 + e * CosDegrees(trueAnomaly));

        var nutation = NutationInLongitudeArcseconds(t);

        // Annual aberration (eq. 25.10): the light-time displacement of the Sun, 20.4898″ at 1 AU.
        var aberration = -20.4898 / radius;

        return NormalizeDegrees(trueLongitude + (nutation + aberration) / 3600.0);
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
