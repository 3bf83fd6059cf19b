using System.Text;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Tests.Indicators;
using KiemTra.Sdk.Tests.Infrastructure;

namespace KiemTra.Sdk.Tests.Reporting;

using SampleProvince = KiemTra.Sdk.Tests.Indicators.SampleProvince;

public class ReportWriterTests
{
    [Fact]
    public void JsonReport_SampleProvince2025_MatchesApproved()
    {
        // R-R2: the report as data.
        Approvals.Verify(JsonReportWriter.Write(ReportFixtures.Sample(2025, ReportFixtures.Discipline)), "SampleProvince2025Report", "json");
    }

    [Fact]
    public void HtmlReport_SampleProvince2025_MatchesApproved()
    {
        // R-R2: the report as a document people read.
        Approvals.Verify(HtmlReportWriter.Write(ReportFixtures.Sample(2025, ReportFixtures.Discipline)), "SampleProvince2025Report", "html");
    }

    [Fact]
    public void ConsoleReport_SampleProvince2025_MatchesApproved()
    {
        var output = new StringWriter();
        ConsoleReportWriter.Write(ReportFixtures.Sample(2025), output);
        Approvals.Verify(output.ToString(), "SampleProvince2025Console");
    }

    [Fact]
    public void Csv_StartsWithUtf8Bom_UsesCrlf_AndKeepsVietnamese()
    {
        // R-R2: opens in Excel with Vietnamese text.
        var bytes = CsvReportWriter.Write(ReportFixtures.Sample(2025));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("row,code,indicator,status,numerator,denominator,value,", text, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Đảng bộ phường Hòa Lạc", text, StringComparison.Ordinal);
        Assert.Contains("\"100% các nghị quyết, chỉ thị, quy định, kết luận, hướng dẫn của Đảng về công tác kiểm tra, giám sát được quán triệt, triển khai theo quy định\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("line\nfeed", "\"line\nfeed\"")]
    [InlineData("Hòa Lạc", "Hòa Lạc")]
    public void CsvQuote_FollowsRfc4180(string field, string expected)
        => Assert.Equal(expected, CsvReportWriter.Quote(field));

    [Fact]
    public void Html_IsSelfContained_NoExternalResources()
    {
        // R-R2: a self-contained report: nothing is fetched from anywhere.
        var html = HtmlReportWriter.Write(ReportFixtures.Sample(2025, ReportFixtures.Discipline));
        foreach (var forbidden in new[] { "http:", "https:", "src=", "<script", "<link", "url(", "@import", "<iframe", "<img" })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(3, CountOf(html, "<svg"));
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_EscapesEveryText()
    {
        var hostile = "Chi bộ <script>alert(\"x\")</script> & 'Q'";
        var tree = EvaluationTree.Create(
        [
            new EvaluationOrganization(OrganizationId.From("P"), null, OrganizationKind.Province, "Tỉnh <b>P</b>", []),
            new EvaluationOrganization(OrganizationId.From("P.C"), OrganizationId.From("P"), OrganizationKind.Cell, hostile, []),
        ]);
        var data = IndicatorDataSet.Create(tree, new NodaTime.LocalDate(2027, 1, 15), new ActivityRecords
        {
            Reported = [new ReportedDataRecord(OrganizationId.From("P"), RecordKind.PlanItems, 2025)],
        });
        var report = IndicatorReport.Build(ProvincePacks.EmbeddedProvince, data, OrganizationId.From("P"), ReportingPeriod.Year(2025), ReportFixtures.GeneratedOn);
        var html = HtmlReportWriter.Write(report);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>P</b>", html, StringComparison.Ordinal);
        Assert.Contains("Chi bộ &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Q&#39;", html, StringComparison.Ordinal);
        Assert.Contains("Tỉnh &lt;b&gt;P&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_WithoutDisciplineData_SaysSoInsteadOfDrawing()
    {
        var html = HtmlReportWriter.Write(ReportFixtures.Sample(2025));
        Assert.Contains("Không có số liệu kỷ luật", html, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(html, "<svg"));
    }

    [Fact]
    public void IndicatorJson_HasTheContractFields_AndExplicitMissingData()
    {
        // R-T6: one indicator as JSON; missing data is explicit (value and met null, missingData set).
        var evaluator = IndicatorEvaluator.Create();
        var met = evaluator.Evaluate(ProvincePacks.EmbeddedProvince["TN-UBKT-01B"], SampleProvince.DataSet, SampleProvince.Root, ReportingPeriod.Year(2026));
        var json = JsonReportWriter.Write(met);
        Approvals.Verify(json, "IndicatorJsonMet", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["code", "period", "scope", "numerator", "denominator", "value", "target", "met", "missing", "source", "status", "missingData"], names);

        var missing = evaluator.Evaluate(ProvincePacks.EmbeddedProvince["TN-UBKT-03"], SampleProvince.DataSet, SampleProvince.Root, ReportingPeriod.Year(2026));
        Approvals.Verify(JsonReportWriter.Write(missing), "IndicatorJsonMissingData", "json");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
