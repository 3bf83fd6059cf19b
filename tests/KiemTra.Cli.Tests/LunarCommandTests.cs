using System.Text.Json;
using KiemTra.Sdk.Calendar;

namespace KiemTra.Cli.Tests;

/// <summary><c>kiemtra lunar</c>: the output contract other tools read (R-W2).</summary>
public class LunarCommandTests
{
    [Fact]
    public void Years_Json_IsExactlyTheCompactContractArray()
    {
        // R-W2: the exact golden output for a short range (compact, ISO dates, one trailing newline).
        var (code, output, error) = CliRunner.Run("lunar", "--from-year", "2023", "--to-year", "2027", "--json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            """[{"year":2023,"tet":"2023-01-22","hungKings":"2023-04-29"},{"year":2024,"tet":"2024-02-10","hungKings":"2024-04-18"},{"year":2025,"tet":"2025-01-29","hungKings":"2025-04-07"},{"year":2026,"tet":"2026-02-17","hungKings":"2026-04-26"},{"year":2027,"tet":"2027-02-06","hungKings":"2027-04-16"}]""" + Environment.NewLine,
            output);
    }

    [Fact]
    public void Years_Json_1968To2100_HasOneObjectPerYearWithExactlyThreeProperties()
    {
        // R-W2
        var (code, output, _) = CliRunner.Run("lunar", "--from-year", "1968", "--to-year", "2100", "--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(133, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var year = 1968 + i;
            var names = items[i].EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(["year", "tet", "hungKings"], names);
            Assert.Equal(year, items[i].GetProperty("year").GetInt32());
            Assert.Equal(VietnameseLunarCalendar.Default.NewYear(year).ToString("uuuu-MM-dd", null), items[i].GetProperty("tet").GetString());
            Assert.Equal(VietnameseLunarCalendar.Default.HungKingsDay(year).ToString("uuuu-MM-dd", null), items[i].GetProperty("hungKings").GetString());
        }

        Assert.Equal("1968-01-29", items[0].GetProperty("tet").GetString());
    }

    [Fact]
    public void Years_Table_HasBilingualHeaderAndLeapMonth()
    {
        // R-W2
        var (code, output, _) = CliRunner.Run("lunar", "--from-year", "2025", "--to-year", "2026");
        Assert.Equal(0, code);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("Tết Nguyên đán/Lunar New Year", lines[0], StringComparison.Ordinal);
        Assert.Contains("Giỗ Tổ Hùng Vương/Hùng Kings' Day", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2025", lines[1], StringComparison.Ordinal);
        // Tết Ất Tỵ: Wed 29/1/2025; Hùng Kings' Day (lunar 10/3): Mon 7/4/2025; each weekday in both languages.
        Assert.Contains("2025-01-29 (thứ Tư / Wed)", lines[1], StringComparison.Ordinal);
        Assert.Contains("2025-04-07 (thứ Hai / Mon)", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("6", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("-", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Years_Default_IsTheCurrentLunarYearOfTheInjectedClock()
    {
        // R-W2: the fixed clock is 2026-11-22, in lunar year 2026.
        var (code, output, _) = CliRunner.Run("lunar", "--json");
        Assert.Equal(0, code);
        Assert.Equal("""[{"year":2026,"tet":"2026-02-17","hungKings":"2026-04-26"}]""" + Environment.NewLine, output);
    }

    [Fact]
    public void Date_ConvertsGregorianToLunar()
    {
        // R-W2
        var (code, output, _) = CliRunner.Run("lunar", "--date", "2026-02-17");
        Assert.Equal(0, code);
        Assert.Equal("2026-02-17 = 1/1/2026 âm lịch (lunar)" + Environment.NewLine, output);
    }

    [Fact]
    public void Date_Json_IsTheContractObject()
    {
        // R-W2
        var (code, output, _) = CliRunner.Run("lunar", "--date", "2026-02-17", "--json");
        Assert.Equal(0, code);
        Assert.Equal("""{"date":"2026-02-17","lunar":{"year":2026,"month":1,"day":1,"isLeapMonth":false}}""" + Environment.NewLine, output);
    }

    [Fact]
    public void Lunar_Leap_ConvertsLunarToGregorian()
    {
        // R-W2
        var (code, output, _) = CliRunner.Run("lunar", "--lunar", "2025-06-15", "--leap", "--json");
        Assert.Equal(0, code);
        Assert.Equal("""{"date":"2025-08-08","lunar":{"year":2025,"month":6,"day":15,"isLeapMonth":true}}""" + Environment.NewLine, output);
        var text = CliRunner.Run("lunar", "--lunar", "2026-01-01");
        Assert.Equal("1/1/2026 âm lịch (lunar) = 2026-02-17" + Environment.NewLine, text.Out);
    }

    [Theory]
    [InlineData("--from-year 2027 --to-year 2026", "--from-year 2027")]
    [InlineData("--from-year 1899 --to-year 1950", "--from-year 1899")]
    [InlineData("--from-year 2000 --to-year 2200", "--to-year 2200")]
    [InlineData("--date 2026-13-01", "--date '2026-13-01'")]
    [InlineData("--date 1899-12-31", "--date 1899-12-31")]
    [InlineData("--lunar 2025-12-30", "--lunar 2025-12-30")]
    [InlineData("--lunar 2026-01-01 --leap", "--lunar 2026-01-01 --leap")]
    [InlineData("--lunar 2026/01/01", "--lunar '2026/01/01'")]
    [InlineData("--leap", "--leap")]
    [InlineData("--date 2026-02-17 --from-year 2026", "--date")]
    public void BadArguments_ExitWith2_AndNameTheArgumentAndValue(string arguments, string expected)
    {
        // R-W2
        var (code, output, error) = CliRunner.Run(["lunar", .. arguments.Split(' ')]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnparsableYear_ExitsWith2()
    {
        // R-W2
        var (code, _, error) = CliRunner.Run("lunar", "--from-year", "abc");
        Assert.Equal(2, code);
        Assert.Contains("abc", error, StringComparison.Ordinal);
    }
}
