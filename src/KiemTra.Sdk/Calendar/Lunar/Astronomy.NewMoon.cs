namespace KiemTra.Sdk.Calendar;

/// <content>The instant of a true new moon (Meeus ch. 49, "Phases of the Moon").</content>
internal static partial class Astronomy
{
    /// <summary>Mean length of the synodic month in days (Meeus eq. 49.1).</summary>
    internal const double SynodicMonth = 29.530588861;

    /// <summary>
    /// The JDE (dynamical time, TT) of the true new moon number <paramref name="k"/>, where k = 0 is the
    /// new moon of 2000 January 6 and k increases by one per lunation (negative before 2000).
    /// </summary>
    /// <remarks>
    /// Meeus ch. 49: the mean phase (eq. 49.1) plus the periodic terms for a new moon and the fourteen
    /// additional planetary corrections A1–A14. Meeus compares the result with the ELP-2000/82 lunar
    /// theory and gives a mean error of a few seconds and a maximum under 20 seconds over 1980–2020,
    /// far below the minutes that could move a new moon across local midnight in any but a handful of
    /// cases; the calendar's documentation lists how close the closest cases are.
    /// </remarks>
    internal static double NewMoon(int k)
    {
        // T in Julian centuries from J2000.0, expressed through k (Meeus eq. 49.3).
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;

        // Mean new moon (eq. 49.1).
        var jde = 2451550.09766 + SynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

        // Eccentricity of the Earth's orbit factor (eq. 47.6): terms involving the Sun's anomaly M are
        // multiplied by E (and E² for 2M) because that anomaly's amplitude shrinks as the orbit circularises.
        var e = 1 - 0.002516 * t - 0.0000074 * t2;

        // Sun's mean anomaly (eq. 49.4), Moon's mean anomaly (49.5), argument of latitude (49.6) and
        // longitude of the ascending node of the lunar orbit (49.7), all in degrees.
        var m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
        var mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
        var f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
        var omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

        // Periodic terms for the new moon (table in ch. 49, "New Moon" column), in days.
        var correction =
            -0.40720 * SinDegrees(mp)
            + 0.17241 * e * SinDegrees(m)
            + 0.01608 * SinDegrees(2 * mp)
            + 0.01039 * SinDegrees(2 * f)
            + 0.00739 * e * SinDegrees(mp - m)
            - 0.00514 * e * SinDegrees(mp + m)
            + 0.00208 * e * e * SinDegrees(2 * m)
            - 0.00111 * SinDegrees(mp - 2 * f)
            - 0.00057 * SinDegrees(mp + 2 * f)
            + 0.00056 * e * SinDegrees(2 * mp + m)
            - 0.00042 * SinDegrees(3 * mp)
            + 0.00042 * e * SinDegrees(m + 2 * f)
            + 0.00038 * e * SinDegrees(m - 2 * f)
            - 0.00024 * e * SinDegrees(2 * mp - m)
            - 0.00017 * SinDegrees(omega)
            - 0.00007 * SinDegrees(mp + 2 * m)
            + 0.00004 * SinDegrees(2 * mp - 2 * f)
            + 0.00004 * SinDegrees(3 * m)
            + 0.00003 * SinDegrees(mp + m - 2 * f)
            + 0.00003 * SinDegrees(2 * mp + 2 * f)
            - 0.00003 * SinDegrees(mp + m + 2 * f)
            + 0.00003 * SinDegrees(mp - m + 2 * f)
            - 0.00002 * SinDegrees(mp - m - 2 * f)
            - 0.00002 * SinDegrees(3 * mp + m)
            + 0.00002 * SinDegrees(4 * mp);

        // Additional corrections for all phases from the planetary arguments A1–A14 (ch. 49), in days:
        // the perturbations of the Moon by Venus, Jupiter and the Earth's figure.
        var planetary =
            0.000325 * SinDegrees(299.77 + 0.107408 * k - 0.009173 * t2)
            + 0.000165 * SinDegrees(251.88 + 0.016321 * k)
            + 0.000164 * SinDegrees(251.83 + 26.651886 * k)
            + 0.000126 * SinDegrees(349.42 + 36.412478 * k)
            + 0.000110 * SinDegrees(84.66 + 18.206239 * k)
            + 0.000062 * SinDegrees(141.74 + 53.303771 * k)
            + 0.000060 * SinDegrees(207.14 + 2.453732 * k)
            + 0.000056 * SinDegrees(154.84 + 7.306860 * k)
            + 0.000047 * SinDegrees(34.52 + 27.261239 * k)
            + 0.000042 * SinDegrees(207.19 + 0.121824 * k)
            + 0.000040 * SinDegrees(291.34 + 1.844379 * k)
            + 0.000037 * SinDegrees(161.72 + 24.198154 * k)
            + 0.000035 * SinDegrees(239.56 + 25.513099 * k)
            + 0.000023 * SinDegrees(331.55 + 3.592518 * k);

        return jde + correction + planetary;
    }

    /// <summary>
    /// The lunation number k of the first new moon at or after the given JDE (Meeus eq. 49.2 inverted),
    /// so callers can enumerate the new moons of a date range.
    /// </summary>
    internal static int FirstNewMoonAtOrAfter(double jde)
    {
        // The mean phase is within about ±0.6 day of the true one, so start one lunation early and step.
        var k = (int)Math.Floor((jde - 2451550.09766) / SynodicMonth) - 1;
        while (NewMoon(k) < jde)
        {
            k++;
        }

        return k;
    }
}
