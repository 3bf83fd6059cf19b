using System.Text.Json;
using KiemTra.Sdk.Tests.Infrastructure;

namespace KiemTra.Cli.Tests.Calendar;

/// <summary><c>kiemtra calendar</c>: the output contract other tools read (R-W2, R-W3).</summary>
public class CalendarCommandTests
{
    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void Calendar_Json_MatchesGoldenFile(int year)
    {
        // R-W3: every day off of the official schedule (weekends inside breaks included) and every make-up Saturday.
        var (code, output, error) = CliRunner.Run("calendar", "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Approvals.Verify(output, $"Calendar_{year}", "json");
    }

    [Fact]
    public void Calendar_Json_2026_HasExactContractShape()
    {
        // R-W3: {"year","provisional","nonWorkingDays":[{"date","reason","source"}],"makeUpWorkdays":[...]}, one compact line.
        var (_, output, _) = CliRunner.Run("calendar", "--year", "2026", "--json");
        Assert.Single(output.TrimEnd('\n').Split('\n'));
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(["year", "provisional", "nonWorkingDays", "makeUpWorkdays"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2026, root.GetProperty("year").GetInt32());
        Assert.False(root.GetProperty("provisional").GetBoolean());
        Assert.All(root.GetProperty("nonWorkingDays").EnumerateArray(), d => Assert.Equal(["date", "reason", "source"], d.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["2026-01-10", "2026-08-22"], root.GetProperty("makeUpWorkdays").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(26, root.GetProperty("nonWorkingDays").GetArrayLength()); // 25 before 24/11 became a holiday (R-W2)
    }

    [Fact]
    public void Calendar_Json_2026_Lists24November_AsADayOff_CitingNq28()
    {
        // R-W2: Ngày Văn hóa Việt Nam, Tuesday 24/11/2026, a paid holiday from 2026 (Nghị quyết 28/2026/QH16).
        var (code, output, _) = CliRunner.Run("calendar", "--year", "2026", "--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        var day = Assert.Single(document.RootElement.GetProperty("nonWorkingDays").EnumerateArray(), d => d.GetProperty("date").GetString() == "2026-11-24");
        Assert.StartsWith("Nghị quyết 28/2026/QH16", day.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_30WorkingDaysFrom2026_11_10_Skips24November()
    {
        // R-W2, R-W4: hand count (see WorkingCalendarTests): 9 working days 11–23/11, 24/11 off, 21 more → Wed 2026-12-23.
        var (code, output, _) = CliRunner.Run("deadline", "--event", "2026-11-10", "--working-days", "30", "--json");
        Assert.Equal(0, code);
        Assert.Contains("\"due\":\"2026-12-23\"", output, StringComparison.Ordinal);
        Assert.Contains("{\"date\":\"2026-11-24\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_Text_2025_MatchesGoldenFile()
    {
        // R-W3
        var (code, output, _) = CliRunner.Run("calendar", "--year", "2025");
        Assert.Equal(0, code);
        Approvals.Verify(output, "Calendar_2025_Text");
    }

    [Fact]
    public void Calendar_DefaultsToTheClocksYear()
    {
        // R-W5: no implicit now: the injected clock (2026-11-22) decides the default year.
        var (code, output, _) = CliRunner.Run("calendar", "--json");
        Assert.Equal(0, code);
        Assert.StartsWith("{\"year\":2026,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_YearOutOfRange_ExitsWithUsage_NamingIt()
    {
        var (code, _, error) = CliRunner.Run("calendar", "--year", "1999");
        Assert.Equal(2, code);
        Assert.Contains("--year 1999", error, StringComparison.Ordinal);
    }
}
