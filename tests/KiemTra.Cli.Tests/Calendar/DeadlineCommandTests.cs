using System.Text.Json;
using KiemTra.Sdk.Tests.Infrastructure;

namespace KiemTra.Cli.Tests.Calendar;

/// <summary><c>kiemtra deadline</c> and <c>kiemtra deadlines</c>: output contracts (R-W1, R-W4).</summary>
public sealed class DeadlineCommandTests : IDisposable
{
    private readonly List<string> inputs = [];

    public void Dispose()
    {
        foreach (var path in inputs)
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Deadline_WorkingDays_Json_MatchesGoldenFile()
    {
        // R-W1, R-W4: Fri 13/2/2026 + 30 working days skips Tết Bính Ngọ: due Fri 3/4/2026.
        var (code, output, error) = CliRunner.Run("deadline", "--event", "2026-02-13", "--working-days", "30", "--json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Approvals.Verify(output, "Deadline_2026-02-13_30_working", "json");
        using var document = JsonDocument.Parse(output);
        Assert.Equal(["event", "unit", "count", "due", "provisional", "skipped"], document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-04-03", document.RootElement.GetProperty("due").GetString());
    }

    [Fact]
    public void Deadline_CalendarDays_Json_RollsForwardOverCompensatoryDay()
    {
        // R-W4: Fri 24/4/2026 + 3 days = Mon 27/4 (compensatory) → Tue 28/4.
        var (code, output, _) = CliRunner.Run("deadline", "--event", "2026-04-24", "--days", "3", "--json");
        Assert.Equal(0, code);
        Assert.Equal(
            """{"event":"2026-04-24","unit":"calendar","count":3,"due":"2026-04-28","provisional":false,"skipped":[{"date":"2026-04-27","reason":"Nghỉ bù cho Giỗ Tổ Hùng Vương (Chủ nhật 26/4) trùng ngày nghỉ hằng tuần (Compensatory day off for Hùng Kings' Commemoration (Sunday 26 April) falling on a weekly rest day)"}]}""" + Environment.NewLine,
            output);
    }

    [Fact]
    public void Deadline_Text_MatchesGoldenFile()
    {
        // R-W4: the explanation in Vietnamese and English with every day skipped.
        var (code, output, _) = CliRunner.Run("deadline", "--event", "2027-02-03", "--working-days", "5");
        Assert.Equal(0, code);
        Approvals.Verify(output, "Deadline_2027-02-03_5_working_Text");
    }

    [Fact]
    public void Deadline_Text_KeepsEachLanguageInItsOwnSentence_AndWeekdays()
    {
        // R-W4, R-R4 (issue 14): Fri 13/2/2026 + 30 working days = Fri 3/4/2026; Sat 14/2 is the first day skipped.
        var (code, output, _) = CliRunner.Run("deadline", "--event", "2026-02-13", "--working-days", "30");
        Assert.Equal(0, code);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Hạn cuối / due: 2026-04-03 (thứ Sáu / Fri)", lines[0]);
        Assert.StartsWith("Thời hạn 30 ngày làm việc kể từ ngày xảy ra sự kiện (13/02/2026), theo thời hạn nhập tại dòng lệnh; ", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("command line", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("30 working days from the event (2026-02-13) under the limit given on the command line; ", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("dòng lệnh", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("  - 2026-02-14 (thứ Bảy / Sat)  ", lines[3], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--event", "2026-02-13")]
    [InlineData("--event", "2026-02-13", "--days", "5", "--working-days", "3")]
    [InlineData("--event", "13/02/2026", "--days", "5")]
    [InlineData("--event", "2026-02-13", "--days", "0")]
    [InlineData("--event", "2100-12-30", "--working-days", "30")]
    public void Deadline_BadArguments_ExitWithUsageCode(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(["deadline", .. args]);
        Assert.Equal(2, code);
        Assert.StartsWith("kiemtra: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_Batch_AddsDueAndProvisional_InOrder_KeepingOtherFields()
    {
        // R-W4: the same array, in order, with "due" and "provisional" added.
        var path = WriteInput("""[{"event":"2026-02-13","unit":"working","count":30},{"id":"B-7","event":"2026-04-24","unit":"calendar","count":3},{"event":"2027-02-03","unit":"working","count":5}]""");
        var (code, output, error) = CliRunner.Run("deadlines", "--input", path);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            """[{"event":"2026-02-13","unit":"working","count":30,"due":"2026-04-03","provisional":false},{"id":"B-7","event":"2026-04-24","unit":"calendar","count":3,"due":"2026-04-28","provisional":false},{"event":"2027-02-03","unit":"working","count":5,"due":"2027-02-17","provisional":true}]""" + Environment.NewLine,
            output);
    }

    [Theory]
    [InlineData("""{"event":"2026-02-13"}""", "must be a JSON array")]
    [InlineData("""[{"event":"2026-02-13","unit":"working","count":30},{"unit":"working","count":3}]""", "[1].event: thiếu trường bắt buộc / missing required field")]
    [InlineData("""[{"event":"2026-02-13","unit":"weeks","count":3}]""", "[0].unit = \"weeks\"")]
    [InlineData("""[{"event":"2026-02-13","unit":"working","count":"3"}]""", "[0].count = \"3\": sai kiểu")]
    [InlineData("""[{"event":"2026-02-13","unit":"working","count":2.5}]""", "[0].count = 2.5")]
    [InlineData("""[{"event":"2026-02-31","unit":"working","count":3}]""", "[0].event '2026-02-31'")]
    [InlineData("""[{"event":"2026-02-13","unit":"working","count":0}]""", "[0].count = 0")]
    [InlineData("""[3]""", "[0] = 3")]
    [InlineData("""[{"event":"2026-02-13",""", "malformed JSON")]
    public void Deadlines_MalformedInput_ExitsWithOneMessageNamingTheEntry(string json, string expected)
    {
        // R-W4: bad input is named (index, field, value), never silently dropped.
        var path = WriteInput(json);
        var (code, output, error) = CliRunner.Run("deadlines", "--input", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Deadlines_MissingFile_ExitsWithUsageCode()
    {
        var (code, _, error) = CliRunner.Run("deadlines", "--input", "/no/such/cases.json");
        Assert.Equal(2, code);
        Assert.Contains("/no/such/cases.json", error, StringComparison.Ordinal);
    }

    private string WriteInput(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kiemtra-cases-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        inputs.Add(path);
        return path;
    }
}
