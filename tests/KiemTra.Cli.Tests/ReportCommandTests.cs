using KiemTra.Sdk.Tests.Infrastructure;
using System.Text;
using System.Text.Json;

namespace KiemTra.Cli.Tests;

public class ReportCommandTests
{
    private static string SampleDataset => Path.Combine(AppContext.BaseDirectory, "TestData", "sample-province.json");

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
    public void Report_DatasetScopeAndFormat_WritesOnlyTheAskedFormat()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"kiemtra-report-{Guid.NewGuid():N}");
        try
        {
            var (code, output, _) = CliRunner.Run("report", "--dataset", SampleDataset, "--scope", "TM.X2", "--period", "2025", "--format", "csv", "--out", dir);
            Assert.Equal(0, code);
            Assert.Contains("Đảng bộ phường Hòa Lạc — Năm 2025", output, StringComparison.Ordinal);
            Assert.Equal("report.csv", Path.GetFileName(Assert.Single(Directory.GetFiles(dir))));
            Assert.Contains("Đảng bộ phường Hòa Lạc", Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(dir, "report.csv"))), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--period", "2025Q5", "2025Q5")]
    [InlineData("--period", "term:2025-2031", "term:2025-2031")]
    [InlineData("--scope", "NO.SUCH.ORG", "NO.SUCH.ORG")]
    [InlineData("--format", "pdf", "pdf")]
    [InlineData("--dataset", "/no/such/file.json", "/no/such/file.json")]
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
        // R-T1: KL34 target (6) 2022–2025 counts the commune and ward commissions too (seed 001 §4.1(3)). Hand count in
        // sample-province.json, 2025: TM.X1.UBKT (commune, KH-X1-01) and TM.X2.THPT.UBKT (grassroots, KH-THPT-01) completed a
        // regular supervision; TM.X2.UBKT (ward) only a thematic one: 2 of 3, TM.X2.UBKT missed.
        var (code, output, _) = CliRunner.Run("indicators", "evaluate", "--code", "KL34-2022-06", "--scope", "TM", "--period", "2025", "--dataset", SampleDataset, "--json");
        Assert.Equal(0, code);
        Approvals.Verify(output, "EvaluateKl34202206", "json");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["code", "period", "scope", "numerator", "denominator", "value", "target", "met", "missing", "source", "status", "missingData"], root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(2, root.GetProperty("numerator").GetInt64());
        Assert.Equal(3, root.GetProperty("denominator").GetInt64());
        Assert.False(root.GetProperty("met").GetBoolean());
        Assert.Equal("TM.X2.UBKT", root.GetProperty("missing")[0].GetProperty("id").GetString());
        Assert.Contains("Quảng Ninh", root.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("seed", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ProvinceTargets_OnlyWithTheEmbeddedProvince_OrWhenTheHostLoadsThePack()
    {
        // Issue 13 item 7 (R-T2): Thái Nguyên's targets are that province's pack. Another organisation's data set
        // (--dataset) does not get them; loading the pack with --indicators brings them, and its project (from 12/2025)
        // does not grade calendar 2025 (NOT_APPLICABLE, never NOT_MET).
        var withoutPack = CliRunner.Run("indicators", "evaluate", "--code", "TN-CU-03", "--scope", "TM", "--period", "2025", "--dataset", SampleDataset);
        Assert.Equal(2, withoutPack.ExitCode);
        Assert.Contains("TN-CU-03", withoutPack.Error, StringComparison.Ordinal);

        var pack = Path.Combine(AppContext.BaseDirectory, "TestData", "thai-nguyen", "indicators", "DA-GSTX-TN-2025-chi-tieu.json");
        var (code, output, _) = CliRunner.Run("indicators", "evaluate", "--code", "TN-CU-03", "--scope", "TM", "--period", "2025", "--dataset", SampleDataset, "--indicators", pack, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("NOT_APPLICABLE", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void IndicatorsEvaluate_MissingData_IsExplicit()
    {
        // Missing data is never a pass or a fail: value and met are null, missingData names the units.
        var (code, output, _) = CliRunner.Run("indicators", "evaluate", "--code", "KL34-2025-01", "--scope", "TM", "--period", "2025", "--dataset", SampleDataset, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("met").ValueKind);
        Assert.Equal("MISSING", root.GetProperty("status").GetString());
        Assert.Equal("TM.CA", root.GetProperty("missingData").GetProperty("units")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void IndicatorsEvaluate_UnknownCode_ExitsWithUsageCode()
    {
        var (code, _, error) = CliRunner.Run("indicators", "evaluate", "--code", "NO-SUCH", "--dataset", SampleDataset);
        Assert.Equal(2, code);
        Assert.Contains("NO-SUCH", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_ListsTheCatalogue_WithTheEmbeddedProvincePacks_AndWhatIsNotMeasured()
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

        // With another organisation's data set, only the national built-in catalogue.
        var (_, own, _) = CliRunner.Run("indicators", "evaluate", "--code", "KL34-2025-04", "--dataset", SampleDataset, "--json");
        Assert.DoesNotContain("TN-", own, StringComparison.Ordinal);
    }
}
