using System.Text.Json;
using KiemTra.Sdk.Tests.Infrastructure;

namespace KiemTra.Cli.Tests;

public class CasesAndWarningsCommandTests
{
    [Fact]
    public void CasesStats_PrintsTheDisciplineSummaryInTheShapeOfSeed002()
    {
        // R-D7: "Thi hành kỷ luật … tổ chức đảng (…) và … đảng viên (…), có … đảng viên là cấp ủy viên."
        var (code, output, error) = CliRunner.Run("cases", "stats");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Matches(@"Thi hành kỷ luật \d+ tổ chức đảng \(.*\) và \d+ đảng viên \(Khiển trách \d+; Cảnh cáo \d+; Cách chức \d+; Khai trừ \d+\), có \d+ đảng viên là cấp ủy viên\.", output);
        Assert.Contains("Cần đôn đốc / chase list:", output, StringComparison.Ordinal);
        Assert.Matches(@"Theo chương trình, kế hoạch / planned: \d{1,3}(\.\d{3})*/\d{1,3}(\.\d{3})* hoàn thành / done", output); // R-I2 (Vietnamese numbers: 1.234)
        Assert.Matches(@"Khiếu nại kỷ luật / complaints: [\d.]+ \(thụ lý / accepted [\d.]+, đã giải quyết / resolved [\d.]+\)", output); // R-D5
        Assert.DoesNotContain("Người tố cáo mẫu", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CasesStats_Json_IsDeterministicAndConsistent()
    {
        // R-D7, R-F1
        var (code, first, _) = CliRunner.Run("cases", "stats", "--json");
        var (_, second, _) = CliRunner.Run("cases", "stats", "--json");
        Assert.Equal(0, code);
        Assert.Equal(first, second);
        using var json = JsonDocument.Parse(first);
        var discipline = json.RootElement.GetProperty("discipline");
        var byForm = discipline.GetProperty("membersByForm").EnumerateObject().Sum(p => p.Value.GetInt32());
        Assert.Equal(discipline.GetProperty("members").GetInt32(), byForm);
        Assert.True(discipline.GetProperty("members").GetInt32() > 100);
        Assert.Equal(2026, json.RootElement.GetProperty("year").GetInt32());
        Assert.Equal("2026-10-31", json.RootElement.GetProperty("to").GetString()); // the register's extraction date
        Assert.DoesNotContain("Người tố cáo mẫu", first, StringComparison.Ordinal);
    }

    [Fact]
    public void CasesStats_Json_AddsPlanCompletionAndComplaints()
    {
        // R-I2, R-D5: additive fields; plan completion from the register's links, every filed complaint accepted or not, resolved or pending.
        var (code, output, _) = CliRunner.Run("cases", "stats", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var plan = json.RootElement.GetProperty("plan");
        Assert.InRange(plan.GetProperty("done").GetInt64(), 1, plan.GetProperty("planned").GetInt64());
        var complaints = json.RootElement.GetProperty("complaints");
        var filed = complaints.GetProperty("filed").GetInt32();
        Assert.True(filed >= 1);
        Assert.Equal(filed, complaints.GetProperty("accepted").GetInt32() + complaints.GetProperty("notAccepted").GetInt32());
        Assert.Equal(complaints.GetProperty("accepted").GetInt32(), complaints.GetProperty("resolved").GetInt32() + complaints.GetProperty("pending").GetInt32());
        Assert.Equal(complaints.GetProperty("resolved").GetInt32(), complaints.GetProperty("byOutcome").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Approvals.Verify(output, "CasesStats_2026", "json");
    }

    [Fact]
    public void Warnings_Json_ListsEveryBuiltInRuleKind()
    {
        // R-S5
        var (code, output, _) = CliRunner.Run("warnings", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var codes = json.RootElement.EnumerateArray().Select(f => f.GetProperty("code").GetString()!).Distinct().Order().ToArray();
        Assert.Equal(["EW-ACTION-WHILE-DISCIPLINED", "EW-HIGH-RISK-UNSUPERVISED", "EW-NOT-COVERED-IN-TERM", "EW-OVERDUE-CONCLUSION", "EW-REPEATED-DENUNCIATIONS"], codes);
        Assert.Equal("Error", json.RootElement[0].GetProperty("severity").GetString());
        Assert.DoesNotContain("Người tố cáo mẫu", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_Text_CountsByCode()
    {
        var (code, output, _) = CliRunner.Run("warnings", "--year", "2025");
        Assert.Equal(0, code);
        Assert.Contains("Cảnh báo sớm / early warnings, năm / year 2025", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027")]
    [InlineData("2019")]
    public void BadYear_ExitsWithUsageError_NamingTheArgument(string year)
    {
        var (code, _, error) = CliRunner.Run("cases", "stats", "--year", year);
        Assert.Equal(2, code);
        Assert.Contains($"--year {year}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
