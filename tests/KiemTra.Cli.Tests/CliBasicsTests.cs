namespace KiemTra.Cli.Tests;

public class CliBasicsTests
{
    [Fact]
    public void About_PrintsZoneAndToday_FromInjectedClock()
    {
        var (code, output, _) = CliRunner.Run("about");
        Assert.Equal(0, code);
        Assert.Contains("Asia/Ho_Chi_Minh", output, StringComparison.Ordinal);
        Assert.Contains("2026-11-22", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_ExitsWithUsageCode_AndNamesIt()
    {
        var (code, _, error) = CliRunner.Run("no-such-command");
        Assert.Equal(2, code);
        Assert.Contains("no-such-command", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
