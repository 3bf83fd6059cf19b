namespace KiemTra.Sdk.Calendar;

/// <content>
/// The Moon's apparent longitude from the lunar theory ELP/MPP02 (J. Chapront and G. Francou, "The lunar theory ELP
/// revisited. Introduction of new planetary perturbations", Astronomy and Astrophysics 404, 735–742, 2003), with the
/// constants the authors fitted to the JPL ephemeris DE405 (data as distributed in the npm package astronomia 4.2.0,
/// MIT), and the true new moon refined from it.
/// </content>
internal static partial class Astronomy
{
    private const double ArcsecondsToRadians = Math.PI / 648000.0;

    /// <summary>Light time Earth–Moon (mean distance 384 400 km / c), in days: the Moon is seen where it was 1.28 s earlier.</summary>
    private const double MoonLightTimeDays = 1.2822 / 86400.0;

    /// <summary>
    /// The Moon's apparent geocentric ecliptic longitude in degrees [0, 360), referred to the true equinox of date, at
    /// the given JDE (TT): ELP/MPP02's longitude V (mean ecliptic of date, inertial departure point) plus the general
    /// precession in longitude p_A (IAU 2006) and the nutation in longitude, evaluated one light time earlier.
    /// </summary>
    /// <remarks>
    /// The series are truncated (see <c>Astronomy.MoonSeries.cs</c>): a term is kept when it can reach 0.002″ over
    /// 1800–2200; the dropped ones add up to at most 0.15″ over 1900–2200, 0.3 s of the Moon's motion. Against an
    /// independent ephemeris the new moons agree within 13.4 s over 1900–2200 (tests), a difference between the theories
    /// rather than a truncation effect.
    /// </remarks>
    internal static double MoonApparentLongitude(double jde)
    {
        var jdeSeen = jde - MoonLightTimeDays;
        var t = (jdeSeen - J2000) / DaysPerJulianCentury;
        var v = MoonLongitudeElp(t);
        var precession = (5028.796195 + (1.1054348 + 0.00007964 * t) * t) * t;
        var nutation = NutationInLongitudeArcseconds((jde - J2000) / DaysPerJulianCentury);
        return NormalizeDegrees((v + (precession + nutation) * ArcsecondsToRadians) / DegreesToRadians);
    }

    /// <summary>ELP/MPP02 longitude V in radians (unreduced) at T Julian centuries (TT) from J2000.0.</summary>
    /// <remarks>
    /// V = W1 + Σₙ Tⁿ Σ A sin(φ0 + φ1 T + φ2 T² + φ3 T³ + φ4 T⁴): W1 (the Moon's mean longitude) and the phases in
    /// radians, the amplitudes A in arcseconds, as the theory's data distributes them (<c>Astronomy.MoonSeries.cs</c>).
    /// </remarks>
    private static double MoonLongitudeElp(double t)
    {
        var w1 = Polynomial(MoonMeanLongitudeW1, t);
        var series = SineSeries(MoonLongitudeT0, t)
            + (t * (SineSeries(MoonLongitudeT1, t) + (t * (SineSeries(MoonLongitudeT2, t) + (t * SineSeries(MoonLongitudeT3, t))))));
        return w1 + (series * ArcsecondsToRadians);
    }

    /// <summary>Σ A sin(φ0 + φ1 T + φ2 T² + φ3 T³ + φ4 T⁴) over a series of (A, φ0, φ1, φ2, φ3, φ4) records.</summary>
    private static double SineSeries(ReadOnlySpan<double> terms, double t)
    {
        var sum = 0.0;
        for (var i = 0; i < terms.Length; i += 6)
        {
            sum += terms[i] * Math.Sin(terms[i + 1] + (t * (terms[i + 2] + (t * (terms[i + 3] + (t * (terms[i + 4] + (t * terms[i + 5]))))))));
        }

        return sum;
    }

    /// <summary>c₀ + c₁ t + c₂ t² + … by Horner's rule.</summary>
    private static double Polynomial(ReadOnlySpan<double> coefficients, double t)
    {
        var value = 0.0;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            value = (value * t) + coefficients[i];
        }

        return value;
    }

    /// <summary>
    /// The JDE (TT) of the true new moon number <paramref name="k"/> as the instant the apparent longitudes of the Moon
    /// (ELP/MPP02) and the Sun (VSOP87) are equal, found by secant steps from Meeus' estimate (<see cref="NewMoon"/>).
    /// </summary>
    /// <remarks>
    /// Meeus' series is within 20 s of this over 1900–2200 (measured against the independent table in the tests);
    /// the steps stop when they move the instant by less than 10⁻⁷ day (9 ms), after three or four.
    /// </remarks>
    internal static double PreciseNewMoon(int k)
    {
        var x0 = NewMoon(k);
        var f0 = Elongation(x0);
        var x1 = x0 - (f0 / (360.0 / SynodicMonth));
        for (var i = 0; i < 6 && Math.Abs(x1 - x0) > 1e-7; i++)
        {
            var f1 = Elongation(x1);
            if (f1 == f0)
            {
                break;
            }

            var next = x1 - (f1 * (x1 - x0) / (f1 - f0));
            (x0, f0, x1) = (x1, f1, next);
        }

        return x1;
    }

    /// <summary>Moon minus Sun apparent longitude in degrees, reduced to [−180, 180).</summary>
    private static double Elongation(double jde)
        => NormalizeDegrees(MoonApparentLongitude(jde) - SunApparentLongitude(jde) + 180.0) - 180.0;
}
