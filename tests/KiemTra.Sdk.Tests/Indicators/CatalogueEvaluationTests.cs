using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Tests.Infrastructure;

namespace KiemTra.Sdk.Tests.Indicators;

public class CatalogueEvaluationTests
{
    private static readonly IndicatorEvaluator Evaluator = IndicatorEvaluator.Create();

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
}
