using System.Globalization;
using System.Text;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Calendar.Lunar;

/// <summary>Tết, Hùng Kings' day and the leap month of every supported lunar year, as a golden file (R-W2).</summary>
public class VietnameseLunarCalendarGoldenTests
{
    [Fact]
    public void TetHungKingsAndLeapMonth_EveryYear1900To2199_MatchApprovedFile()
    {
        // R-W2: one line per year: "year tet hungKings leapMonth" (leap month "-" when none).
        var calendar = VietnameseLunarCalendar.Default;
        var text = new StringBuilder();
        for (var year = calendar.MinYear; year <= calendar.MaxYear; year++)
        {
            var leap = calendar.GetLeapMonth(year)?.ToString(CultureInfo.InvariantCulture) ?? "-";
            text.Append(CultureInfo.InvariantCulture, $"{year} {calendar.NewYear(year):uuuu-MM-dd} {calendar.HungKingsDay(year):uuuu-MM-dd} {leap}\n");
        }

        Approvals.Verify(text.ToString(), "VietnameseLunarCalendar.Years1900To2199");
    }

    [Theory]
    [InlineData("1985 1985-01-21 1985-04-29 2")]
    [InlineData("2007 2007-02-17 2007-04-26 -")]
    [InlineData("2009 2009-01-26 2009-04-04 5")]
    [InlineData("2023 2023-01-22 2023-04-29 2")]
    [InlineData("2024 2024-02-10 2024-04-18 -")]
    [InlineData("2025 2025-01-29 2025-04-07 6")]
    [InlineData("2026 2026-02-17 2026-04-26 -")]
    [InlineData("2027 2027-02-06 2027-04-16 -")]
    [InlineData("2030 2030-02-02 2030-04-12 -")]
    [InlineData("2053 2053-02-18 2053-04-28 -")]
    public void ApprovedFile_ContainsTheKnownDates(string line)
    {
        // R-W2: the approved file itself agrees with the dates known from official schedules and the brief.
        var path = Path.Combine(SourceDirectory(), "Approved", "VietnameseLunarCalendar.Years1900To2199.approved.txt");
        Assert.Contains(line, File.ReadAllLines(path));
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
