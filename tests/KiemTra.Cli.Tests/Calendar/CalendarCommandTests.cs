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
        Assert.Equal(25, root.GetProperty("nonWorkingDays").GetArrayLength());
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
