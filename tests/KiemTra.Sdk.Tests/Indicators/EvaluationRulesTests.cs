using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Indicators;

public class EvaluationRulesTests
{
    private static readonly IndicatorMeasureSet Evaluator = IndicatorMeasureSet.BuiltIn;
    private static readonly OrganizationId P = OrganizationId.From("P");

    [Fact]
    public void MissingData_IsNeitherPassNorFail()
    {
        // R-T6: an organisation that did not report is MISSING; value and verdict are withheld.
        var data = Province(reportedBy: ["P"], plans: [Plan("K1", "P", done: true)]);
        var result = Evaluator.Evaluate(ProvincePacks.EmbeddedProvince["KL34-2025-02B"], data, P, ReportingPeriod.Year(2025));
        Assert.Equal(IndicatorStatus.MissingData, result.Status);
        Assert.Null(result.Value);
        Assert.Null(result.Met);
        Assert.Equal(1, result.UnitsMissingData);
        Assert.Equal("P.A", Assert.Single(result.MissingData).UnitId);
        Assert.Equal((1L, 1L), (result.Numerator, result.Denominator));
    }

    [Fact]
    public void ReportedWithNothingToCount_IsNotApplicable_NotAPass()
    {
        var data = Province(reportedBy: ["P", "P.A"], plans: []);
        var result = Evaluator.Evaluate(ProvincePacks.EmbeddedProvince["KL34-2025-02B"], data, P, ReportingPeriod.Year(2025));
        Assert.Equal(IndicatorStatus.NotApplicable, result.Status);
        Assert.Null(result.Met);
    }

    [Fact]
    public void OutsideValidityYears_IsNotApplicable()
    {
        var data = Province(reportedBy: ["P", "P.A"], plans: [Plan("K1", "P", done: true)]);
        var result = Evaluator.Evaluate(ProvincePacks.EmbeddedProvince["PTLD-NV-01"], data, P, ReportingPeriod.Year(2025));
        Assert.Equal(IndicatorStatus.NotApplicable, result.Status);
        Assert.Contains("2026–2030", result.Reason.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void QuarterOfAYearlyTarget_IsInProgress_WithItsValue()
    {
        var data = Province(reportedBy: ["P", "P.A"], plans: [Plan("K1", "P", done: true), Plan("K2", "P.A", done: false)]);
        var result = Evaluator.Evaluate(ProvincePacks.EmbeddedProvince["KL34-2025-02B"], data, P, ReportingPeriod.Quarter(2025, 2));
        Assert.Equal(IndicatorStatus.InProgress, result.Status);
        Assert.Equal(0.5m, result.Value);
        Assert.Null(result.Met);
    }

    [Fact]
    public void FullYear_MetAndNotMet_ByExactComparison()
    {
        var met = Evaluator.Evaluate(ProvincePacks.EmbeddedProvince["KL34-2025-02B"], Province(["P", "P.A"], [Plan("K1", "P", true), Plan("K2", "P.A", true)]), P, ReportingPeriod.Year(2025));
        Assert.Equal(IndicatorStatus.Met, met.Status);
        Assert.True(met.Met);
        var missed = Evaluator.Evaluate(ProvincePacks.EmbeddedProvince["KL34-2025-02B"], Province(["P", "P.A"], [Plan("K1", "P", true), Plan("K2", "P.A", false)]), P, ReportingPeriod.Year(2025));
        Assert.Equal(IndicatorStatus.NotMet, missed.Status);
        Assert.False(missed.Met);
        Assert.Equal("K2", Assert.Single(Assert.Single(missed.Misses).Facts).RecordId);
    }

    [Fact]
    public void Kl34Target6_2025_CountsTheCommuneAndWardCommissions_NotOnlyGrassrootsCommittees()
    {
        // R-T1, seed 001 §4.1(3): commune, ward and township committees' commissions are grassroots commissions. Hand count in
        // sample-province.json for 2025: TM.X1.UBKT (commune) completed regular supervision KH-X1-01 on 2025-06-01;
        // TM.X2.THPT.UBKT (grassroots committee) KH-THPT-01 on 2025-04-01; TM.X2.UBKT (ward) only a thematic one (KH-X2-01).
        // The provincial and police commissions are not grassroots and do not count: 2 of 3.
        var result = IndicatorMeasureSet.BuiltIn.Evaluate(IndicatorCatalog.BuiltIn["KL34-2022-06"], SampleProvince.DataSet, SampleProvince.Root, ReportingPeriod.Year(2025));
        Assert.Equal(IndicatorStatus.NotMet, result.Status);
        Assert.Equal(2, result.Numerator);
        Assert.Equal(3, result.Denominator);
        Assert.Equal("TM.X2.UBKT", Assert.Single(result.Misses).UnitId);
    }

    [Fact]
    public void ThaiNguyenProject_Calendar2025_IsNotApplicable_NeverNotMet()
    {
        // R-T2 (seed 002 Phần thứ ba: "từ tháng 12 năm 2025 đến năm 2030"): the sample province issued no yearly programme
        // in 2025 at some units, yet a project that starts in December 2025 does not grade calendar 2025.
        var evaluator = IndicatorMeasureSet.BuiltIn;
        foreach (var indicator in ProvincePacks.ThaiNguyen.Indicators.Where(i => i.PeriodKind == ReportingPeriodKind.Year))
        {
            var result = evaluator.Evaluate(indicator, SampleProvince.DataSet, SampleProvince.Root, ReportingPeriod.Year(2025));
            Assert.Equal(IndicatorStatus.NotApplicable, result.Status);
            Assert.Contains("2026–2030", result.Reason.Vietnamese, StringComparison.Ordinal);
        }

        Assert.NotEqual(IndicatorStatus.NotApplicable, evaluator.Evaluate(ProvincePacks.ThaiNguyen["TN-UBKT-01B"], SampleProvince.DataSet, SampleProvince.Root, ReportingPeriod.Year(2026)).Status);
    }

    [Fact]
    public void Target95Percent_IsMetAtExactly95()
    {
        // R-T3: "từ 95% trở lên" — 95/100 meets, 94/100 does not.
        Assert.True(ProvincePacks.EmbeddedProvince["PTLD-SO-01"].Target.IsMetBy(95, 100));
        Assert.False(ProvincePacks.EmbeddedProvince["PTLD-SO-01"].Target.IsMetBy(94, 100));
    }

    [Fact]
    public void Property_IntegerComparison_AgreesWithDecimalValue()
    {
        // The evaluator compares n/d with the target by integer multiplication; it must agree with the decimal value.
        var targets = new[] { 1.0m, 0.95m, 0.5m, 0.8m, 0.333m }
            .SelectMany(v => Enum.GetValues<TargetComparator>().Select(c => IndicatorTarget.Of(v, c, IndicatorUnit.Percent)))
            .Append(IndicatorTarget.Of(3m, TargetComparator.AtLeast, IndicatorUnit.Count))
            .Append(IndicatorTarget.Of(1m, TargetComparator.EqualTo, IndicatorUnit.Boolean))
            .ToArray();
        var gen = from d in Gen.Choose(1, 2000)
                  from n in Gen.Choose(0, d)
                  from t in Gen.Elements(targets)
                  select (n, d, t);
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x => x.t.IsMetBy(x.n, x.d) == x.t.IsMetBy(x.t.ValueOf(x.n, x.d))), maxTests: 2000);
    }

    [Fact]
    public void UnknownScope_IsAnArgumentException_NamingIt()
    {
        var data = Province(["P"], []);
        var ex = Assert.Throws<ArgumentException>(() => Evaluator.Evaluate(ProvincePacks.EmbeddedProvince["KL34-2025-02B"], data, OrganizationId.From("Q"), ReportingPeriod.Year(2025)));
        Assert.Contains("'Q'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataSet_RejectsReferencesToUnknownOrganisationsAndBodies()
    {
        var tree = Tree();
        var unknownOrg = Assert.Throws<ArgumentException>(() => IndicatorDataSet.Create(tree, new LocalDate(2026, 1, 1), new ActivityRecords { PlanItems = [Plan("K1", "X", true)] }));
        Assert.Contains("'X'", unknownOrg.Message, StringComparison.Ordinal);
        var foreignBody = Assert.Throws<ArgumentException>(() => IndicatorDataSet.Create(tree, new LocalDate(2026, 1, 1), new ActivityRecords { PlanItems = [Plan("K1", "P", true) with { BodyId = "P.A.CU" }] }));
        Assert.Contains("'P.A.CU'", foreignBody.Message, StringComparison.Ordinal);
        var duplicate = Assert.Throws<ArgumentException>(() => IndicatorDataSet.Create(tree, new LocalDate(2026, 1, 1), new ActivityRecords { PlanItems = [Plan("K1", "P", true), Plan("K1", "P.A", true)] }));
        Assert.Contains("'K1' is repeated", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubtreeSums_AddUp_AcrossChildren()
    {
        // R-T6: a scope's counts are its own units plus its children's subtrees (checked on the sample province, every indicator, 2025).
        var data = SampleProvince.DataSet;
        var period = ReportingPeriod.Year(2025);
        foreach (var indicator in ProvincePacks.EmbeddedProvince.Indicators.Where(i => i.AppliesDuring(2025, 2025) && !i.AppliesTo.SubordinatesOnly))
        {
            var whole = Evaluator.Evaluate(indicator, data, SampleProvince.Root, period);
            var own = Evaluator.Evaluate(indicator, Isolated(data, SampleProvince.Root), SampleProvince.Root, period);
            var children = Evaluator.Breakdown(indicator, data, SampleProvince.Root, period);
            Assert.Equal(whole.Numerator, own.Numerator + children.Sum(c => c.Numerator));
            Assert.Equal(whole.Denominator, own.Denominator + children.Sum(c => c.Denominator));
        }
    }

    [Fact]
    public void Property_NumeratorNeverExceedsDenominator_AndMetMatchesTarget()
    {
        // R-T6: for random completion patterns the counts are consistent and the verdict follows the comparator.
        Properties.Check(Prop.ForAll(Gen.ListOf(Gen.Elements(true, false)).Where(l => l.Count is > 0 and < 30).ToArbitrary(), completions =>
        {
            var plans = completions.Select((done, i) => Plan($"K{i}", i % 2 == 0 ? "P" : "P.A", done)).ToArray();
            var result = Evaluator.Evaluate(ProvincePacks.EmbeddedProvince["KL34-2025-02B"], Province(["P", "P.A"], plans), P, ReportingPeriod.Year(2025));
            var done = completions.Count(c => c);
            return result.Numerator == done && result.Denominator == completions.Count
                && result.Met == (done == completions.Count)
                && result.UnitsMissed == new[] { 0, 1 }.Count(parity => completions.Where((_, i) => i % 2 == parity).Any(c => !c));
        }), maxTests: 200);
    }

    private static IndicatorDataSet Isolated(IndicatorDataSet data, OrganizationId root)
    {
        var o = data.Tree[data.Tree.IndexOf(root)];
        var tree = EvaluationTree.Create([o with { Parent = null }]);
        var r = data.Records;
        bool Own(OrganizationId id) => id == root;
        var assignments = r.LocalityAssignments.Where(a => Own(a.Organization)).Select(a => a with { Locality = root }).ToImmutableArray();
        var ids = assignments.Select(a => a.Id).ToHashSet();
        return IndicatorDataSet.Create(tree, data.AsOf, new ActivityRecords
        {
            PlanItems = r.PlanItems.Where(p => Own(p.Organization)).Select(p => p with { Target = null }).ToImmutableArray(),
            GovernanceDocuments = r.GovernanceDocuments.Where(d => Own(d.Organization)).ToImmutableArray(),
            Directives = r.Directives.Where(d => Own(d.Organization)).ToImmutableArray(),
            InspectionStaff = r.InspectionStaff.Where(d => Own(d.Organization)).ToImmutableArray(),
            ConclusionFollowUps = r.ConclusionFollowUps.Where(d => Own(d.Organization)).ToImmutableArray(),
            LocalityAssignments = assignments,
            MeetingAttendance = r.MeetingAttendance.Where(m => ids.Contains(m.AssignmentId)).ToImmutableArray(),
            DigitalTransformation = r.DigitalTransformation.Where(d => Own(d.Organization)).ToImmutableArray(),
            Meetings = r.Meetings.Where(d => Own(d.Organization)).ToImmutableArray(),
            Tasks = r.Tasks.Where(d => Own(d.Organization)).ToImmutableArray(),
            Reported = r.Reported.Where(d => Own(d.Organization)).ToImmutableArray(),
        });
    }

    private static EvaluationTree Tree() => EvaluationTree.Create(
    [
        new EvaluationOrganization(P, null, OrganizationKind.Province, "Tỉnh P", [new EvaluationBody("P.CU", BodyKind.Committee, "Tỉnh ủy P")]),
        new EvaluationOrganization(OrganizationId.From("P.A"), P, OrganizationKind.Commune, "Xã A", [new EvaluationBody("P.A.CU", BodyKind.Committee, "Đảng ủy xã A")]),
    ]);

    private static IndicatorDataSet Province(string[] reportedBy, PlanItemRecord[] plans) => IndicatorDataSet.Create(Tree(), new LocalDate(2026, 1, 31), new ActivityRecords
    {
        PlanItems = [.. plans],
        Reported = [.. reportedBy.Select(o => new ReportedDataRecord(OrganizationId.From(o), RecordKind.PlanItems, 2025))],
    });

    private static PlanItemRecord Plan(string id, string org, bool done)
        => new(id, OrganizationId.From(org), null, ActivityKind.ComplianceInspection, null, new LocalDate(2025, 6, 30), done ? new LocalDate(2025, 6, 1) : null);
}
