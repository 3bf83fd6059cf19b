using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Tests.Infrastructure;

namespace KiemTra.Sdk.Tests.Indicators;

public class CatalogEvaluationTests
{
    private static readonly IndicatorMeasureSet Evaluator = IndicatorMeasureSet.BuiltIn;

    [Fact]
    public void EvaluateAll_SampleProvince2025_MatchesApproved()
    {
        // R-T1, R-T2, R-T6: every KL34 and Thái Nguyên indicator on the hand-built province, answers known by construction.
        var evaluation = Evaluator.EvaluateAll(ProvincePacks.EmbeddedProvince, SampleProvince.DataSet, SampleProvince.Root, ReportingPeriod.Year(2025));
        Approvals.Verify(EvaluationDump.Of(evaluation), "SampleProvince2025");
    }

    [Fact]
    public void EvaluateAll_SampleProvince2026_MatchesApproved()
    {
        // R-T3, R-T4, R-T5, R-T6: the leadership-method indicators apply from 2026; unreported kinds are MISSING.
        var evaluation = Evaluator.EvaluateAll(ProvincePacks.EmbeddedProvince, SampleProvince.DataSet, SampleProvince.Root, ReportingPeriod.Year(2026));
        Approvals.Verify(EvaluationDump.Of(evaluation), "SampleProvince2026");
    }

    [Fact]
    public void EvaluateAll_SubtreeOfWard_CountsOnlyItsUnits()
    {
        // R-T6: any subtree.
        var evaluation = Evaluator.EvaluateAll(ProvincePacks.EmbeddedProvince, SampleProvince.DataSet, OrganizationId.From("TM.X2"), ReportingPeriod.Year(2025));
        Approvals.Verify(EvaluationDump.Of(evaluation), "SampleProvince2025WardX2");
    }

    [Fact]
    public void EvaluateAll_ReturnsEveryIndicatorOfTheCatalog_OutOfYearsOnesAsNotApplicable()
    {
        // R-T6: every indicator is returned with its status; one outside its validity years is NotApplicable, not dropped
        // (docs/indicators.md, status rule 1). KL34-2022-01..05 run 2022–2025 (catalogue-1-kl34.json), so in 2026 they
        // are NotApplicable and say why.
        var catalog = IndicatorCatalog.BuiltIn;
        var evaluation = Evaluator.EvaluateAll(catalog, SampleProvince.DataSet, SampleProvince.Root, ReportingPeriod.Year(2026));

        Assert.Equal(catalog.Indicators.Select(i => i.Code), evaluation.Results.Select(r => r.Indicator.Code));
        foreach (var code in new[] { "KL34-2022-01", "KL34-2022-02", "KL34-2022-03", "KL34-2022-04", "KL34-2022-05" })
        {
            var result = evaluation.Results.Single(r => r.Indicator.Code == code);
            Assert.Equal(IndicatorStatus.NotApplicable, result.Status);
            Assert.Null(result.Met);
            Assert.Contains("2022–2025", result.Reason.English, StringComparison.Ordinal);
            Assert.Contains("outside", result.Reason.English, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EvaluateAll_GivesEachIndicatorTheStatusEvaluateGivesIt()
    {
        // R-T6: EvaluateAll and Evaluate agree on every indicator, including the NotApplicable ones, for a year when
        // some indicators have lapsed (2026) and one when some have not started (2025).
        foreach (var year in new[] { 2025, 2026 })
        {
            var period = ReportingPeriod.Year(year);
            var all = Evaluator.EvaluateAll(IndicatorCatalog.BuiltIn, SampleProvince.DataSet, SampleProvince.Root, period);
            foreach (var indicator in IndicatorCatalog.BuiltIn.Indicators)
            {
                var alone = Evaluator.Evaluate(indicator, SampleProvince.DataSet, SampleProvince.Root, period);
                var listed = all.Results.Single(r => r.Indicator.Code == indicator.Code);
                Assert.Equal(alone.Status, listed.Status);
                Assert.Equal(alone.Reason, listed.Reason);
            }
        }
    }
}
