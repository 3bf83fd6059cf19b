namespace KiemTra.Cli.Tests.HostData;

/// <summary>
/// The global options <c>--holidays</c>, <c>--rule-set</c> and <c>--indicators</c>: the CLI hosts the SDK through
/// <c>AddKiemTraSdk</c>, so an organisation's own files change every command's answers, and a bad file stops the run
/// with one line naming the option, the file and the entry.
/// </summary>
public sealed class HostDataOptionsTests : IDisposable
{
    private readonly HostDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Holidays_HostDayOff_MovesTheWorkingDayDeadline()
    {
        // R-W3: a year's schedule is data the host updates. One working day after Monday 23/11/2026 is Wednesday 25/11
        // under the built-in schedule (24/11 is a statutory holiday from 2026, R-W2); with the host's day off on 25/11 it
        // is Thursday 26/11, and both days off are explained.
        var schedule = _folder.Schedule2026WithProvincialDayOff25November();

        var builtIn = CliRunner.Run("deadline", "--event", "2026-11-23", "--working-days", "1", "--json");
        var host = CliRunner.Run("deadline", "--event", "2026-11-23", "--working-days", "1", "--json", "--holidays", schedule);

        Assert.Equal(0, builtIn.ExitCode);
        Assert.Contains("\"due\":\"2026-11-25\"", builtIn.Out, StringComparison.Ordinal);
        Assert.Equal(0, host.ExitCode);
        Assert.Contains("\"due\":\"2026-11-26\"", host.Out, StringComparison.Ordinal);
        Assert.Contains("{\"date\":\"2026-11-25\",\"reason\":\"Ngày nghỉ riêng của tỉnh (kiểm thử) (Provincial day off (test))\"}", host.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_HostDayOff_IsListedByCalendar_WithItsSource()
    {
        // R-W3
        var schedule = _folder.Schedule2026WithProvincialDayOff25November();

        var builtIn = CliRunner.Run("calendar", "--year", "2026", "--json");
        var host = CliRunner.Run("calendar", "--year", "2026", "--json", "--holidays", schedule);

        Assert.DoesNotContain("2026-11-25", builtIn.Out, StringComparison.Ordinal);
        Assert.Equal(0, host.ExitCode);
        Assert.Contains("{\"date\":\"2026-11-25\",\"reason\":\"Ngày nghỉ riêng của tỉnh (kiểm thử) (Provincial day off (test))\",\"source\":\"Thông báo minh họa", host.Out, StringComparison.Ordinal);

        // The rest of the official year is still there (the host file carries it).
        Assert.Contains("{\"date\":\"2026-09-02\"", host.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_IsRecognisedBeforeTheCommandToo()
    {
        var schedule = _folder.Schedule2026WithProvincialDayOff25November();

        var before = CliRunner.Run("--holidays", schedule, "deadline", "--event", "2026-11-23", "--working-days", "1", "--json");
        var after = CliRunner.Run("deadline", "--event", "2026-11-23", "--working-days", "1", "--json", "--holidays", schedule);

        Assert.Equal(0, before.ExitCode);
        Assert.Equal(after.Out, before.Out);
    }

    [Fact]
    public void Indicators_HostCatalog_IsListedAfterTheBuiltInOnes_AndEvaluates()
    {
        // R-T6: any indicator of the catalogue, the host's included, evaluates over a subtree and a period.
        var catalog = _folder.OneIndicatorCatalog();

        var builtIn = CliRunner.Run("indicators");
        var list = CliRunner.Run("indicators", "--indicators", catalog);
        var evaluation = CliRunner.Run("indicators", "evaluate", "--code", "HOST-01", "--period", "2025", "--indicators", catalog);

        Assert.DoesNotContain("HOST-01", builtIn.Out, StringComparison.Ordinal);
        Assert.Equal(0, list.ExitCode);
        Assert.StartsWith(builtIn.Out, list.Out, StringComparison.Ordinal);
        Assert.Contains("HOST-01", list.Out[builtIn.Out.Length..], StringComparison.Ordinal);
        Assert.Equal(0, evaluation.ExitCode);
        Assert.StartsWith("HOST-01 — Cấp ủy ban hành chương trình kiểm tra, giám sát (kiểm thử)", evaluation.Out, StringComparison.Ordinal);
        Assert.Contains("chưa kiểm chứng", evaluation.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_UnknownCodeWithoutTheHostFile_IsStillAUsageError()
    {
        var result = CliRunner.Run("indicators", "evaluate", "--code", "HOST-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("HOST-01", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void About_WithoutHostData_PrintsNoHostLines()
    {
        var result = CliRunner.Run("about");

        Assert.Equal(2, result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("host data", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void LamDongPack_LoadsThroughTheThreeOptions()
    {
        // The province pack of samples/ProvinceRulePack uses the SDK's formats, so the CLI takes it as is.
        string[] pack =
        [
            "--holidays", HostDataFolder.LamDong("calendar", "lam-dong-2026.json"),
            "--rule-set", HostDataFolder.LamDong("rules", "LD-DUUBND-KH-NQ05-2026.json"),
            "--indicators", HostDataFolder.LamDong("indicators", "LD-DUUBND-NQ05-2026-chi-tieu.json"),
        ];

        var about = CliRunner.Run(["about", .. pack]);
        var deadline = CliRunner.Run(["deadline", "--event", "2026-12-18", "--working-days", "1", "--json", .. pack]);
        var nationalDeadline = CliRunner.Run("deadline", "--event", "2026-12-18", "--working-days", "1", "--json");
        var indicators = CliRunner.Run(["indicators", "--json", .. pack]);

        Assert.Equal(0, about.ExitCode);
        Assert.Contains("Bộ quy tắc / rule set: LD-DUUBND-KH-NQ05-2026, 3 mục / entries [chưa kiểm chứng / unverified]", about.Out, StringComparison.Ordinal);
        // 13 national built-in + 15 of the embedded province's packs (issue 13 item 7) + the pack's 3.
        Assert.Contains("Chỉ tiêu / indicators: 31 (15 của tỉnh mẫu / from the embedded province's packs; 3 của tổ chức / from the host)", about.Out, StringComparison.Ordinal);

        // R-W3: the pack's illustrative swap makes Monday 21/12 a day off, so one working day after Friday 18/12 is Tuesday 22/12.
        Assert.Contains("\"due\":\"2026-12-21\"", nationalDeadline.Out, StringComparison.Ordinal);
        Assert.Equal(0, deadline.ExitCode);
        Assert.Contains("\"due\":\"2026-12-22\"", deadline.Out, StringComparison.Ordinal);

        Assert.Equal(0, indicators.ExitCode);
        foreach (var code in new[] { "LD-NQ05-01", "LD-NQ05-02", "LD-NQ05-03" })
        {
            Assert.Contains($"{{\"code\":\"{code}\"", indicators.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MissingFile_ExitsWithUsageCode_NamingTheOptionAndTheFile()
    {
        var missing = Path.Combine(_folder.Path, "khong-co.json");

        var (code, output, error) = CliRunner.Run("calendar", "--rule-set", missing);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        // Issue 15 item 9: every bad path is "option path: reason" from the one file helper.
        AssertOneLine(error, $"kiemtra: --rule-set {missing}: ", "file not found");
    }

    [Theory]
    [InlineData("--holidays", "{\"format\":\"kiemtra.holiday-schedules/1\",\"schedules\":[", "bad.json: : not valid JSON")]
    [InlineData("--holidays", "{\"format\":\"kiemtra.holiday-schedules/1\",\"version\":\"x\",\"sources\":{\"S\":{\"instrument\":\"X\",\"verified\":true}},\"schedules\":[{\"year\":1800,\"source\":\"S\",\"daysOff\":[],\"makeUpWorkdays\":[]}]}", "/schedules/0/year (line 1)")]
    [InlineData("--holidays", "{\"format\":\"kiemtra.holiday-schedules/1\",\"version\":\"x\",\"sources\":{\"S\":{\"instrument\":\"X\",\"verified\":true}},\"schedules\":[{\"year\":2027,\"source\":\"S\",\"replacesStatutoryRules\":true,\"daysOff\":[],\"makeUpWorkdays\":[]},{\"year\":2027,\"source\":\"S\",\"replacesStatutoryRules\":true,\"daysOff\":[],\"makeUpWorkdays\":[]}]}", "/schedules/1/year (line 1)")]
    [InlineData("--holidays", "{\"format\":\"kiemtra.holiday-schedules/1\",\"version\":\"x\",\"sources\":{\"S\":{\"instrument\":\"X\",\"verified\":true}},\"schedules\":[{\"year\":2027,\"source\":\"S\",\"daysOff\":[],\"makeUpWorkdays\":[]}]}", "/schedules/0/daysOff (line 1)")] // R-W3: statutory holiday left out
    [InlineData("--rule-set", "{\"id\": 42}", "42")]
    [InlineData("--indicators", "[1, 2]", "expected an object")]
    public void BadFile_ExitsWithUsageCode_InOneLineNamingOptionFileAndEntry(string option, string content, string entry)
    {
        var file = _folder.Write("bad.json", content);

        // Every command validates the host data before it answers, even one that does not use it.
        var (code, output, error) = CliRunner.Run("lunar", "--date", "2026-02-17", option, file);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        AssertOneLine(error, $"kiemtra: {option}: ", "bad.json");
        Assert.Contains(entry, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_CodeAlreadyInTheCatalog_ExitsWithUsageCode_NamingTheCodeAndTheFile()
    {
        var catalog = _folder.OneIndicatorCatalog();
        var again = _folder.Write("again.json", File.ReadAllText(catalog));

        var (code, _, error) = CliRunner.Run("indicators", "--indicators", catalog, "--indicators", again);

        Assert.Equal(2, code);
        AssertOneLine(error, "kiemtra: --indicators: ", again);
        Assert.Contains("'HOST-01'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankPath_ExitsWithUsageCode_NamingTheOption()
    {
        var (code, _, error) = CliRunner.Run("about", "--holidays", " ");

        Assert.Equal(2, code);
        AssertOneLine(error, "kiemtra: --holidays ' ': ", "file path");
    }

    private static void AssertOneLine(string error, string prefix, string names)
    {
        Assert.StartsWith(prefix, error, StringComparison.Ordinal);
        Assert.Contains(names, error, StringComparison.Ordinal);
        Assert.Equal(error.TrimEnd().Length, error.TrimEnd().ReplaceLineEndings(string.Empty).Length);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
