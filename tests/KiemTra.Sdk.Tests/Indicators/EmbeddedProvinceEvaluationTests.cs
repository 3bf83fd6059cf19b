using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.SampleProvince;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Indicators;

public class EmbeddedProvinceEvaluationTests
{
    private static readonly Lazy<IndicatorDataSet> ThaiNguyen = new(() =>
    {
        var province = SyntheticProvince.Generate();
        var organizations = IndicatorDataSet.Create(province, province.SnapshotDate, Sdk.Register.WorkRegister.Empty);
        return SampleWork.Generate(province, organizations, Sdk.Rules.RuleBook.BuiltIn, Sdk.Deadlines.DeadlineCalculator.Default, Sdk.Inspection.OversightCatalogs.BuiltIn).ToDataSet();
    });

    [Fact]
    public void DataSet_FromThaiNguyen_KeepsEveryOrganisationAndItsBodies()
    {
        // R-H1 counts survive the indexing: 1 province + 96 + 759 + 40 + 5,697 organisations.
        var tree = ThaiNguyen.Value;
        Assert.Equal(1 + 96 + 759 + 40 + 5697, tree.OrganizationCount);
        Assert.Equal(OrganizationKind.Province, tree.KindOf(0));
        Assert.Equal(tree.OrganizationCount, tree.SubtreeEnd(0));
        Assert.True(tree.CountBodies(0, BodyKind.InspectionCommission) == 1);
    }

    [Fact]
    public void ThaiNguyenAdvisoryAgencyTargets_CountFourProvincialAgencies_NotTheCommissionsOffice()
    {
        // R-T2, seed 002 §I.2.2: "cơ quan tham mưu giúp việc Tỉnh ủy (Ban Tổ chức, Ban Tuyên giáo và Dân vận, Ban Nội chính,
        // Văn phòng Tỉnh ủy) và cấp xã (Ban xây dựng đảng và Văn phòng cấp ủy)". The embedded province has 5 provincial
        // agencies (the four plus the commission's office) and 2 in each of its 77 communes and 15 wards (seed 002's
        // counts): 4 + 2 × 92 = 188 units, not 189.
        var tree = ThaiNguyen.Value.Tree;
        var root = tree.IndexOf(OrganizationId.From("TN"));
        var (start, end) = tree.BodiesOf(root);
        var provincial = Enumerable.Range(start, end - start).Select(tree.Body).Where(b => b.Kind == BodyKind.AdvisoryAgency).ToList();
        Assert.Equal(5, provincial.Count);
        var office = Assert.Single(provincial, b => b.Agency == AdvisoryAgencyKind.InspectionCommissionOffice);

        var indicator = ProvincePacks.ThaiNguyen["TN-TM-01"];
        Assert.Equal([AdvisoryAgencyKind.InspectionCommissionOffice], indicator.AppliesTo.ExcludedAgencies.ToArray());
        Assert.False(indicator.AppliesTo.CountsBody(office));
        Assert.Equal(4, provincial.Count(indicator.AppliesTo.CountsBody));
        Assert.All(new[] { "TN-TM-01", "TN-TM-02", "TN-TM-03" }, c => Assert.Equal(indicator.AppliesTo.ExcludedAgencies.ToArray(), ProvincePacks.ThaiNguyen[c].AppliesTo.ExcludedAgencies.ToArray()));

        var result = IndicatorMeasureSet.BuiltIn.Evaluate(indicator, ThaiNguyen.Value, OrganizationId.From("TN"), ReportingPeriod.Year(2026));
        Assert.Equal(188, result.UnitsCounted + result.UnitsMissingData);
    }

    [Fact]
    public void EvaluateAll_EmbeddedThaiNguyen2025_MatchesApproved()
    {
        // R-T1, R-T2, R-T6 on the embedded province (synthetic activity, deterministic seed).
        var evaluation = IndicatorMeasureSet.BuiltIn.EvaluateAll(ProvincePacks.EmbeddedProvince, ThaiNguyen.Value, OrganizationId.From("TN"), ReportingPeriod.Year(2025), listLimit: 3);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"scope {evaluation.Scope} ({evaluation.ScopeName}) period {evaluation.Period.Code} asOf {evaluation.DataAsOf:uuuu-MM-dd}");
        foreach (var r in evaluation.Results)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{r.Indicator.Code} {r.Status} {r.Numerator}/{r.Denominator} units={r.UnitsCounted} missed={r.UnitsMissed} missing={r.UnitsMissingData} first-miss={r.Misses.FirstOrDefault()?.UnitId ?? "-"} first-missing={r.MissingData.FirstOrDefault()?.UnitId ?? "-"}");
        }

        foreach (var g in evaluation.Ratings)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"rating {g.Gate.RatingCode} {(g.MayBeGiven switch { true => "Allowed", false => "Blocked", null => "Undetermined" })} blocking=[{string.Join(",", g.Blocking)}]");
        }

        Approvals.Verify(sb.ToString(), "ThaiNguyen2025");
    }

    [Fact]
    public void ListLimit_KeepsCountsComplete()
    {
        var full = IndicatorMeasureSet.BuiltIn.Evaluate(ProvincePacks.EmbeddedProvince["KL34-2025-04"], ThaiNguyen.Value, OrganizationId.From("TN"), ReportingPeriod.Year(2025));
        var limited = IndicatorMeasureSet.BuiltIn.Evaluate(ProvincePacks.EmbeddedProvince["KL34-2025-04"], ThaiNguyen.Value, OrganizationId.From("TN"), ReportingPeriod.Year(2025), listLimit: 2);
        Assert.Equal(full.UnitsMissed, limited.UnitsMissed);
        Assert.Equal(2, limited.Misses.Length);
        Assert.Equal(full.Numerator, limited.Numerator);
    }

    [Fact]
    public void EvaluateAll_GivesEachIndicatorTheResultOfEvaluatingItAlone()
    {
        // R-T6: a catalogue evaluation counts a built-in measure once for the indicators that share its units and target
        // (KL34 2022 and 2025 restate several targets); every result, its reason and its listed units and facts must be
        // exactly what evaluating that indicator alone gives.
        var period = ReportingPeriod.Term(2025, 2030);
        var evaluator = IndicatorMeasureSet.BuiltIn;
        var all = evaluator.EvaluateAll(ProvincePacks.EmbeddedProvince, ThaiNguyen.Value, OrganizationId.From("TN"), period);
        Assert.Contains(all.Results.GroupBy(r => r.Indicator.Measure), g => g.Count() > 1);

        var alone = all.Results.Select(r => evaluator.Evaluate(r.Indicator, ThaiNguyen.Value, OrganizationId.From("TN"), period)).ToImmutableArray();
        Assert.Equal(EvaluationDump.Of(all with { Results = alone }), EvaluationDump.Of(all));
    }
}
