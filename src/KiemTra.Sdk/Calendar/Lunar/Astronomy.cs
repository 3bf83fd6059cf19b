namespace KiemTra.Sdk.Calendar;

/// <summary>
/// The few astronomical quantities the lunisolar calendar needs, computed from the published
/// formulas of Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed., Willmann-Bell, 1998).
/// </summary>
/// <remarks>
/// Times are Julian Days (JD). Dynamical time (TT, the uniform time scale of the orbital theories) is
/// written "JDE" as in Meeus; universal time (UT, the civil time scale) is converted with
/// <see cref="DeltaTSeconds"/>. The class is split into one file per concept:
/// <c>Astronomy.NewMoon.cs</c>, <c>Astronomy.Sun.cs</c>, <c>Astronomy.DeltaT.cs</c>.
/// </remarks>
internal static partial class Astronomy
{
    /// <summary>JD 2451545.0 = 2000 January 1.5 TT, the standard epoch J2000.0 (Meeus ch. 21).</summary>
    internal const double J2000 = 2451545.0;

    /// <summary>Days in a Julian century, the unit of time T in Meeus' series.</summary>
    internal const double DaysPerJulianCentury = 36525.0;

    private const double DegreesToRadians = Math.PI / 180.0;

    /// <summary>Sine of an angle given in degrees (Meeus writes every argument in degrees).</summary>
    private static double SinDegrees(double degrees) => Math.Sin(degrees * DegreesToRadians);

    /// <summary>Reduces an angle to [0, 360) degrees (Meeus ch. 1, "reduce angles").</summary>
    internal static double NormalizeDegrees(double degrees)
    {
        var reduced = degrees % 360.0;
        return reduced < 0 ? reduced + 360.0 : reduced;
    }
}
