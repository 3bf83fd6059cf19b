using KiemTra.Cli.Commands;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Serialization.SystemTextJson;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;
using System.Text;
using System.Text.Json;

namespace KiemTra.Cli.Tests;

public class ReportCommandTests
{
    /// <summary>
    /// The commune Mễ Thuận of the embedded province and the three grassroots party organisations under it that have an
    /// inspection commission (the organisations whose commissions KL34 target (6) counts in its subtree).
    /// </summary>
    private static readonly string[] MeThuan = ["TN.X002", "TN.X002.G01", "TN.X002.G02", "TN.X002.G03"];

    /// <summary>
    /// A register document (WorkRegisterJson) holding only the 2025 returns of <see cref="MeThuan"/>, submitted on
    /// 30/12/2025, covering every kind of data: the four reported and recorded no inspection or supervision at all.
    /// </summary>
    private static string ReturnsOnlyRegisterFile()
    {
        var builder = WorkRegister.CreateBuilder();
        foreach (var o in MeThuan)
        {
            builder.AddAnnualReturn(new AnnualReturn(OrganizationId.From(o), 2025, new LocalDate(2025, 12, 30)));
        }

        return RegisterFile(builder.Build());
    }

    /// <summary>Writes a register to a temporary file through the JSON package, as a host would.</summary>
    private static string RegisterFile(WorkRegister register)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kiemtra-register-{Guid.NewGuid():N}.json");
        using var stream = File.Create(file);
        WorkRegisterJson.Write(register, stream);
        return file;
    }

    [Fact]
    public void Report_EmbeddedProvince_WritesThreeFiles_AndPrintsSummary()
    {
        // R-T6, R-R2: the main job, on the embedded (synthetic) Thái Nguyên province, default period = latest complete year.
        var dir = Path.Combine(Path.GetTempPath(), $"kiemtra-report-{Guid.NewGuid():N}");
        try
        {
            var (code, output, error) = CliRunner.Run("report", "--out", dir);
            Assert.Equal(0, code);
            Assert.Contains("Đảng bộ tỉnh Thái Nguyên — Năm 2025", output, StringComparison.Ordinal);
            Assert.Contains("KL34-2025-04", output, StringComparison.Ordinal);
            Assert.Contains("dữ liệu mô phỏng", output, StringComparison.Ordinal);
            Assert.Contains("[1/3]", error, StringComparison.Ordinal);

            // Issue 13 item 6: no uncited rating gate, so the report no longer declares the province "Không đủ điều kiện".
            Assert.DoesNotContain("Không đủ điều kiện", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Hoàn thành tốt nhiệm vụ", output, StringComparison.Ordinal);

            // Item 8: the unmeasured halves of KL34 targets (2) and (6) are said outright.
            Assert.Contains("KL34-2022-06 — chưa đo: vế “chủ động kiểm tra", output, StringComparison.Ordinal);
            Assert.Contains("KL34-2022-02 — not measured: the clause “complaints and denunciations", output, StringComparison.Ordinal);
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(dir, "report.html")), StringComparison.Ordinal);
            using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "report.json"))))
            {
                Assert.Equal("TN", json.RootElement.GetProperty("scope").GetString());
                Assert.Equal("2025", json.RootElement.GetProperty("period").GetProperty("code").GetString());
            }

            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(Path.Combine(dir, "report.csv"))[..3]);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public void Report_EmbeddedProvince2026_ShowsItsProvincePacks()
    {
        // Issue 13 item 7 (R-T2, R-T3, R-T5): the province packs are not built into the SDK, yet the CLI's embedded
        // province loads them, so its main job keeps showing Thái Nguyên's and the plan's targets (from 2026).
        var dir = Path.Combine(Path.GetTempPath(), $"kiemtra-report-{Guid.NewGuid():N}");
        try
        {
            var (code, output, _) = CliRunner.Run("report", "--period", "2026", "--format", "json", "--out", dir);
            Assert.Equal(0, code);
            foreach (var c in new[] { "TN-CU-01", "TN-TM-01", "TN-UBKT-01A", "TN-UBKT-01B", "PTLD-SO-01", "PTLD-NV-01" })
            {
                Assert.Contains(c, output, StringComparison.Ordinal);
            }
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public void Report_RegisterScopeAndFormat_WritesOnlyTheAskedFormat()
    {
        // R-T6: a register file (--register), a scope below the province and one format: only that file is written.
        var dir = Path.Combine(Path.GetTempPath(), $"kiemtra-report-{Guid.NewGuid():N}");
        var register = RegisterFile(SampleActivity.Work.Register);
        try
        {
            var (code, output, _) = CliRunner.Run("report", "--register", register, "--scope", "TN.X002", "--period", "2025", "--format", "csv", "--out", dir);
            Assert.Equal(0, code);
            Assert.Contains("Đảng bộ xã Mễ Thuận — Năm 2025", output, StringComparison.Ordinal);
            Assert.Equal("report.csv", Path.GetFileName(Assert.Single(Directory.GetFiles(dir))));
            Assert.Contains("Đảng bộ xã Mễ Thuận", Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(dir, "report.csv"))), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(register);
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("report", "--out", "kiemtra-never-written")]
    [InlineData("indicators", "evaluate", "--code", "KL34-2025-04")]
    public void IndicatorCommands_TheEarlierDataSetOption_IsUnrecognised(params string[] command)
    {
        // The earlier indicator data-set format is no longer read: --dataset on report and indicators evaluate is an
        // unknown option (exit 2, one line naming it); the register document (--register FILE) replaced it.
        var (code, _, error) = CliRunner.Run([.. command, "--dataset", "/no/such/file.json"]);
        Assert.Equal(2, code);
        Assert.Contains("'--dataset'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--period", "2025Q5", "2025Q5")]
    [InlineData("--period", "term:2025-2031", "term:2025-2031")]
    [InlineData("--scope", "NO.SUCH.ORG", "NO.SUCH.ORG")]
    [InlineData("--format", "pdf", "pdf")]
    [InlineData("--register", "/no/such/file.json", "/no/such/file.json")]
    public void Report_BadArgument_ExitsWithUsageCode_NamingTheValue(string option, string value, string named)
    {
        var (code, _, error) = CliRunner.Run("report", option, value, "--out", Path.Combine(Path.GetTempPath(), "kiemtra-never-written"));
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorsEvaluate_Json_HasTheContractShape()
    {
        // R-T6: {"code","period","scope","numerator","denominator","value","target","met","missing":[…],"source",…}
        // R-T1: KL34 target (6) 2022–2025 counts the commune and ward commissions too (seed 001 §4.1(3)). Hand count over
        // the register file of ReturnsOnlyRegisterFile, scope Mễ Thuận (TN.X002), 2025: the commune's commission and the
        // commissions of its three grassroots organisations reported 2025 and completed no regular supervision: 0 of 4,
        // all four missed. (The Tỉnh Mẫu hand count of the same target, 2 of 3, is checked in the SDK's
        // EvaluationRulesTests; the CLI no longer reads that earlier format.)
        var register = ReturnsOnlyRegisterFile();
        try
        {
            var (code, output, _) = CliRunner.Run("indicators", "evaluate", "--code", "KL34-2022-06", "--scope", "TN.X002", "--period", "2025", "--register", register, "--json");
            Assert.Equal(0, code);
            Approvals.Verify(output, "EvaluateKl34202206", "json");
            using var json = JsonDocument.Parse(output);
            var root = json.RootElement;
            Assert.Equal(["code", "period", "scope", "numerator", "denominator", "value", "target", "met", "missing", "source", "status", "missingData"], root.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.Equal(0, root.GetProperty("numerator").GetInt64());
            Assert.Equal(4, root.GetProperty("denominator").GetInt64());
            Assert.False(root.GetProperty("met").GetBoolean());
            Assert.Equal(MeThuan.Select(o => $"{o}.UBKT"), root.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
            Assert.Contains("Quảng Ninh", root.GetProperty("source").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("seed", output, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(register);
        }
    }

    [Fact]
    public void ProvinceTargets_ThaiNguyenProject_DoesNotGradeCalendar2025()
    {
        // Issue 13 item 7 (R-T2): Thái Nguyên's targets are that province's pack, loaded for the embedded province whose
        // hierarchy every indicator command evaluates (a --register file too); its project (from 12/2025) does not grade
        // calendar 2025 (NOT_APPLICABLE, never NOT_MET), whatever the register holds.
        var register = ReturnsOnlyRegisterFile();
        try
        {
            var (code, output, _) = CliRunner.Run("indicators", "evaluate", "--code", "TN-CU-03", "--scope", "TN", "--period", "2025", "--register", register, "--json");
            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output);
            Assert.Equal("NOT_APPLICABLE", json.RootElement.GetProperty("status").GetString());
        }
        finally
        {
            File.Delete(register);
        }
    }

    [Fact]
    public void IndicatorsEvaluate_MissingData_IsExplicit()
    {
        // Missing data is never a pass or a fail: value and met are null, missingData names the units. Hand count: the
        // register of ReturnsOnlyRegisterFile holds no return of the commune Ngọc Hà (TN.X001) nor of its four cells
        // (TN.X001.S01–S04), so KL34 target (1) of 2025–2030 over Ngọc Hà has no data at all: MISSING, five units named.
        var register = ReturnsOnlyRegisterFile();
        try
        {
            var (code, output, _) = CliRunner.Run("indicators", "evaluate", "--code", "KL34-2025-01", "--scope", "TN.X001", "--period", "2025", "--register", register, "--json");
            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output);
            var root = json.RootElement;
            Assert.Equal(JsonValueKind.Null, root.GetProperty("value").ValueKind);
            Assert.Equal(JsonValueKind.Null, root.GetProperty("met").ValueKind);
            Assert.Equal("MISSING", root.GetProperty("status").GetString());
            Assert.Equal(["TN.X001", "TN.X001.S01", "TN.X001.S02", "TN.X001.S03", "TN.X001.S04"], root.GetProperty("missingData").GetProperty("units").EnumerateArray().Select(u => u.GetProperty("id").GetString()));
        }
        finally
        {
            File.Delete(register);
        }
    }

    [Fact]
    public void IndicatorsEvaluate_UnknownCode_ExitsWithUsageCode()
    {
        var (code, _, error) = CliRunner.Run("indicators", "evaluate", "--code", "NO-SUCH");
        Assert.Equal(2, code);
        Assert.Contains("NO-SUCH", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_ListsTheCatalog_WithTheEmbeddedProvincePacks_AndWhatIsNotMeasured()
    {
        // R-T1…R-T5: the catalogue, each indicator with its source: the 13 built-in targets (KL 34 as restated by Quảng
        // Ninh's programme) plus the embedded province's packs: Thái Nguyên's 11 (TN-UBKT-01 split in two) and the plan's 4.
        var (code, output, _) = CliRunner.Run("indicators");
        Assert.Equal(0, code);
        foreach (var c in new[] { "KL34-2022-01", "KL34-2025-06", "TN-CU-01", "TN-UBKT-01A", "TN-UBKT-01B", "TN-UBKT-04", "PTLD-SO-01", "PTLD-HN-01", "PTLD-NV-01" })
        {
            Assert.Contains(c, output, StringComparison.Ordinal);
        }

        Assert.Contains("Chưa đo: vế “chủ động kiểm tra tổ chức đảng cấp dưới và đảng viên khi có dấu hiệu vi phạm”", output, StringComparison.Ordinal);
        Assert.DoesNotContain("seed", output, StringComparison.OrdinalIgnoreCase);

        var (jsonCode, json, _) = CliRunner.Run("indicators", "--json");
        Assert.Equal(0, jsonCode);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(13 + 11 + 4, doc.RootElement.GetArrayLength());
        Assert.Equal(4, doc.RootElement.EnumerateArray().Count(i => i.TryGetProperty("notMeasured", out _)));
    }
}
