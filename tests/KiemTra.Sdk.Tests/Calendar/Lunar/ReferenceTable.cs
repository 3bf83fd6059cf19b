using System.Globalization;
using System.Runtime.CompilerServices;

namespace KiemTra.Sdk.Tests.Calendar.Lunar;

/// <summary>
/// The independent table <c>Data/reference-new-moons-terms-1899-2201.csv</c> (astronomy-engine 2.1.19, see
/// <c>tools/README.md</c>) and the calendar months it implies under the same rules, derived here without the library's
/// table code: a month starts on the UTC+7 civil day of a new moon; month 11 holds the 270° term; in a 13-month span the
/// first month after month 11 with no principal term is the leap month.
/// </summary>
internal static class ReferenceTable
{
    public static readonly IReadOnlyList<double> NewMoonsTt;
    public static readonly IReadOnlyList<(double JdTt, int Longitude)> TermsTt;

    static ReferenceTable()
    {
        var newMoons = new List<double>();
        var terms = new List<(double, int)>();
        foreach (var line in File.ReadLines(PathOf("reference-new-moons-terms-1899-2201.csv")))
        {
            if (line.StartsWith('#') || line.StartsWith("kind", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split(',');
            var jd = double.Parse(parts[1], CultureInfo.InvariantCulture);
            if (parts[0] == "N")
            {
                newMoons.Add(jd);
            }
            else
            {
                terms.Add((jd, int.Parse(parts[2], CultureInfo.InvariantCulture)));
            }
        }

        NewMoonsTt = newMoons;
        TermsTt = terms;
    }

    /// <summary>One month: its first day (JDN), lunar year, number and leap flag.</summary>
    public readonly record struct Month(int StartJdn, int Year, int Number, bool IsLeap);

    /// <summary>The months of lunar years <paramref name="firstYear"/>–<paramref name="lastYear"/> with ΔT given as a function of the JDE.</summary>
    public static List<Month> Months(int firstYear, int lastYear, Func<double, double> deltaTSeconds)
    {
        int CivilDay(double jdTt) => (int)Math.Floor(jdTt - (deltaTSeconds(jdTt) / 86400.0) + 0.5 + (7.0 / 24.0));

        var starts = NewMoonsTt.Select(CivilDay).ToList();
        var termDays = TermsTt.Select(t => (Day: CivilDay(t.JdTt), t.Longitude)).ToList();
        bool Contains(int i, Func<int, bool> longitude) => termDays.Any(t => t.Day >= starts[i] && t.Day < starts[i + 1] && longitude(t.Longitude));

        var elevens = Enumerable.Range(0, starts.Count - 1).Where(i => Contains(i, l => l == 270)).ToList();
        var months = new List<Month>();
        for (var s = 0; s + 1 < elevens.Count; s++)
        {
            var (first, next) = (elevens[s], elevens[s + 1]);
            var leap = next - first == 13 ? Enumerable.Range(first + 1, next - first - 1).First(i => !Contains(i, _ => true)) : -1;
            var solsticeYear = KiemTra.Sdk.Calendar.JulianDayNumber.ToDate(starts[first]).Year;
            var number = 10;
            for (var i = first; i < next; i++)
            {
                if (i != leap)
                {
                    number = number == 12 ? 1 : number + 1;
                }

                var year = number >= 11 ? solsticeYear : solsticeYear + 1;
                if (year >= firstYear && year <= lastYear)
                {
                    months.Add(new Month(starts[i], year, number, i == leap));
                }
            }
        }

        return months;
    }

    private static string PathOf(string file, [CallerFilePath] string caller = "")
        => Path.Combine(Path.GetDirectoryName(caller)!, "Data", file);
}
