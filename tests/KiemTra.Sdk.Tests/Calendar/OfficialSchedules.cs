using NodaTime;

namespace KiemTra.Sdk.Tests.Calendar;

/// <summary>
/// The official days off of 2023–2026 copied by hand from <c>shared/domain/vn-civil-service-2023-2026.md</c>
/// ("Off" column, weekends included, and the W Saturdays): the independent expectation the built-in data is checked against.
/// </summary>
internal static class OfficialSchedules
{
    public static readonly IReadOnlyDictionary<int, (string From, string To)[]> Off = new Dictionary<int, (string, string)[]>
    {
        [2023] = [("2022-12-31", "2023-01-02"), ("2023-01-20", "2023-01-26"), ("2023-04-29", "2023-05-03"), ("2023-09-01", "2023-09-04")],
        [2024] = [("2023-12-30", "2024-01-01"), ("2024-02-08", "2024-02-14"), ("2024-04-18", "2024-04-18"), ("2024-04-27", "2024-05-01"), ("2024-08-31", "2024-09-03")],
        [2025] = [("2025-01-01", "2025-01-01"), ("2025-01-25", "2025-02-02"), ("2025-04-05", "2025-04-07"), ("2025-04-30", "2025-05-04"), ("2025-08-30", "2025-09-02")],
        [2026] = [("2026-01-01", "2026-01-04"), ("2026-02-14", "2026-02-22"), ("2026-04-25", "2026-04-27"), ("2026-04-30", "2026-05-03"), ("2026-08-29", "2026-09-02"), ("2026-11-24", "2026-11-24")],
    };

    public static readonly IReadOnlyDictionary<int, string[]> MakeUpSaturdays = new Dictionary<int, string[]>
    {
        [2023] = [],
        [2024] = ["2024-05-04"],
        [2025] = ["2025-04-26"],
        [2026] = ["2026-01-10", "2026-08-22"],
    };

    /// <summary>Swapped weekdays (a weekday off given back by a W Saturday): the only days the statutory rules cannot predict.</summary>
    public static readonly IReadOnlyDictionary<int, string[]> Swapped = new Dictionary<int, string[]>
    {
        [2023] = [],
        [2024] = ["2024-04-29"],
        [2025] = ["2025-05-02"],
        [2026] = ["2026-01-02", "2026-08-31"],
    };

    public static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    public static SortedSet<LocalDate> DaysOff(int year)
    {
        var set = new SortedSet<LocalDate>();
        foreach (var (from, to) in Off[year])
        {
            for (var d = D(from); d <= D(to); d = d.PlusDays(1))
            {
                set.Add(d);
            }
        }

        return set;
    }

    public static SortedSet<LocalDate> WeekdaysOff(int year)
        => new(DaysOff(year).Where(d => d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)));
}
