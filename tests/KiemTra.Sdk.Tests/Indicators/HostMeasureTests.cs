using KiemTra.Samples.ProvinceRulePack;
using KiemTra.Samples.ProvinceRulePack.Measures;
using KiemTra.SampleProvince;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Indicators;

/// <summary>
/// A measure a host writes over public types only (issue #16 item 6): the sample
/// <see cref="RecommendationsAllOnTimeMeasure"/> of samples/ProvinceRulePack, on a hand-built register and on the
/// embedded province, and the public surface it uses (scope, <see cref="IndicatorDataSet.OfKind"/>, register positions).
/// </summary>
public class HostMeasureTests
{
    private static readonly OrganizationId Province = OrganizationId.From("P");
    private static readonly OrganizationId A = OrganizationId.From("P.A");
    private static readonly OrganizationId B = OrganizationId.From("P.B");
    private static readonly OrganizationId C = OrganizationId.From("P.C");
    private static readonly OrganizationId D = OrganizationId.From("P.D");
    private static readonly OrganizationId E = OrganizationId.From("P.E");
    private static readonly LocalDate AsOf = new(2025, 12, 31);
    private static readonly IndicatorMeasureSet Measures = IndicatorMeasureSet.BuiltIn.With(new RecommendationsAllOnTimeMeasure());

    private static readonly IndicatorDefinition Indicator = IndicatorOf(IndicatorApplicability.Of([OrganizationKind.Commune]));

    private static IndicatorDefinition IndicatorOf(IndicatorApplicability appliesTo) => IndicatorDefinition.Create(
        "P-KN-01",
        LocalizedText.Of("Tỷ lệ đảng bộ xã thực hiện đúng hạn mọi kiến nghị", "Share of communes completing every recommendation on time"),
        IndicatorTarget.Of(0.9m, TargetComparator.AtLeast, IndicatorUnit.Percent),
        RecommendationsAllOnTimeMeasure.MeasureName,
        LocalizedText.Of("Đảng bộ xã thực hiện đúng hạn mọi kiến nghị đến hạn", "Communes that completed every recommendation due on time"),
        LocalizedText.Of("Đảng bộ xã có kiến nghị đến hạn", "Communes with a recommendation due"),
        ReportingPeriodKind.Year, 2025, 2030,
        appliesTo,
        RuleCitation.Of(RuleSetId.From("P-KN"), "Ví dụ của tỉnh (dựng tay)", null, verified: false),
        [],
        Measures);

    /// <summary>
    /// Province P with five communes. A: two recommendations, both completed before their deadline. B: one on time, one
    /// completed after its deadline. C: only a recommendation due in 2026. D: one late, but D filed no return for 2025.
    /// E: one never completed. A cell under A has a recommendation completed late: cells are not units.
    /// </summary>
    private static IndicatorDataSet HandBuilt()
    {
        var tree = EvaluationTree.Create(
        [
            new EvaluationOrganization(Province, null, OrganizationKind.Province, "Đảng bộ tỉnh P", []),
            new EvaluationOrganization(A, Province, OrganizationKind.Commune, "Đảng bộ xã A", []),
            new EvaluationOrganization(OrganizationId.From("P.A.CB1"), A, OrganizationKind.Cell, "Chi bộ thôn 1", []),
            new EvaluationOrganization(B, Province, OrganizationKind.Commune, "Đảng bộ xã B", []),
            new EvaluationOrganization(C, Province, OrganizationKind.Commune, "Đảng bộ xã C", []),
            new EvaluationOrganization(D, Province, OrganizationKind.Commune, "Đảng bộ xã D", []),
            new EvaluationOrganization(E, Province, OrganizationKind.Commune, "Đảng bộ xã E", []),
        ]);

        // Issued in March with 30 calendar days: due in early April, whatever day the deadline moves to.
        var march = new LocalDate(2025, 3, 3);
        var register = WorkRegister.CreateBuilder()
            .AddRecommendation(Rec("KN-A1", A, march).Complete(new LocalDate(2025, 3, 20)))
            .AddRecommendation(Rec("KN-A2", A, march).Complete(new LocalDate(2025, 3, 25)))
            .AddRecommendation(Rec("KN-B1", B, march).Complete(new LocalDate(2025, 3, 20)))
            .AddRecommendation(Rec("KN-B2", B, march).Complete(new LocalDate(2025, 6, 2)))
            .AddRecommendation(Rec("KN-C1", C, new LocalDate(2025, 12, 15)))
            .AddRecommendation(Rec("KN-D1", D, march).Complete(new LocalDate(2025, 6, 2)))
            .AddRecommendation(Rec("KN-E1", E, march))
            .AddRecommendation(Rec("KN-CB1", OrganizationId.From("P.A.CB1"), march).Complete(new LocalDate(2025, 6, 2)));
        foreach (var o in new[] { Province, A, B, C, E, OrganizationId.From("P.A.CB1") })
        {
            register.AddAnnualReturn(new AnnualReturn(o, 2025, new LocalDate(2025, 12, 30)));
        }

        return IndicatorDataSet.Create(tree, AsOf, register.Build());
    }

    private static Recommendation Rec(string id, OrganizationId addressee, LocalDate issued) =>
        Recommendation.Create(RecommendationId.From(id), RecommendationSource.PartyInspection, $"TB-{id}", addressee, $"Khắc phục theo kết luận {id}", issued,
            DeadlineRule.Create("conclusion.time-limit", RuleDurationUnit.CalendarDays, 30, LocalizedText.Of("ngày ban hành kết luận", "issue of the conclusion"),
                RuleCitation.Of(RuleSetId.From("TB-UBKT-2025"), "Thông báo kết luận của Ủy ban Kiểm tra", null, true)),
            DeadlineCalculator.Default);

    [Fact]
    public void SampleMeasure_HandBuiltProvince_CountsCommunesWithEveryRecommendationOnTime()
    {
        // Hand count: A on time (1/1); B one late (0/1); E one not completed (0/1); C nothing due in 2025 (no unit);
        // D no return (missing data); the cell is not a commune. 1 of 3 units, 1 missing.
        var result = Measures.Evaluate(Indicator, HandBuilt(), Province, ReportingPeriod.Year(2025));

        Assert.Equal(1, result.Numerator);
        Assert.Equal(3, result.Denominator);
        Assert.Equal(3, result.UnitsCounted);
        Assert.Equal(2, result.UnitsMissed);
        Assert.Equal(1, result.UnitsMissingData);
        Assert.Equal(["P.B", "P.E"], result.Misses.Select(u => u.UnitId).Order(StringComparer.Ordinal).ToArray());
        var b = Assert.Single(result.Misses, u => u.UnitId == "P.B");
        Assert.Equal(["KN-B1", "KN-B2"], b.Facts.Select(f => f.RecordId).ToArray());
        Assert.Equal([true, false], b.Facts.Select(f => f.Counted).ToArray());
        Assert.Equal("P.D", Assert.Single(result.MissingData).UnitId);
    }

    [Fact]
    public void SampleMeasure_ScopeOfOneCommune_CountsOnlyThatSubtree()
    {
        // The measure walks [ScopeStart, ScopeEnd): evaluated for commune A alone it sees A's unit only (1/1).
        var result = Measures.Evaluate(Indicator, HandBuilt(), A, ReportingPeriod.Year(2025));

        Assert.Equal(1, result.Numerator);
        Assert.Equal(1, result.Denominator);
        Assert.Equal(0, result.UnitsMissingData);
    }

    [Fact]
    public void Breakdown_GivesEachChildSubtreeItsOwnResult_WithStatusAndNoListedUnits()
    {
        // R-T6: the coverage view is one IndicatorResult per child of the scope, by the same status rules. Hand count
        // (see HandBuilt): A 1/1 met (its cell is not a commune); B 0/1 and E 0/1 not met; C nothing due in 2025, not
        // applicable; D filed no return, missing data. No unit is listed; the counts are complete.
        var rows = Measures.Breakdown(Indicator, HandBuilt(), Province, ReportingPeriod.Year(2025));

        Assert.Equal([A, B, C, D, E], rows.Select(r => r.Scope).ToArray());
        Assert.Equal(
            [IndicatorStatus.Met, IndicatorStatus.NotMet, IndicatorStatus.NotApplicable, IndicatorStatus.MissingData, IndicatorStatus.NotMet],
            rows.Select(r => r.Status).ToArray());
        Assert.Equal([1L, 0, 0, 0, 0], rows.Select(r => r.Numerator).ToArray());
        Assert.Equal([1L, 1, 0, 0, 1], rows.Select(r => r.Denominator).ToArray());
        Assert.Equal([0, 1, 0, 0, 1], rows.Select(r => r.UnitsMissed).ToArray());
        Assert.Equal([0, 0, 0, 1, 0], rows.Select(r => r.UnitsMissingData).ToArray());
        Assert.Equal("Đảng bộ xã B", rows[1].ScopeName);
        Assert.All(rows, r => Assert.True(r.Misses.IsEmpty && r.MissingData.IsEmpty));
    }

    [Fact]
    public void Breakdown_OutsideTheIndicatorsYears_IsNotApplicableForEveryChild()
    {
        // R-T6: as Evaluate, an indicator outside its years (2025–2030 here) counts nothing and says why.
        var rows = Measures.Breakdown(Indicator, HandBuilt(), Province, ReportingPeriod.Year(2024));

        Assert.Equal(5, rows.Length);
        Assert.All(rows, r => Assert.Equal((IndicatorStatus.NotApplicable, 0L, 0L), (r.Status, r.Numerator, r.Denominator)));
        Assert.Contains("2025–2030", rows[0].Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void DataSetFromTheHierarchy_NamesOrganisationsAndBodiesByIndex()
    {
        // The public way to the organisations is the hierarchy: a commune with an inspection commission has the bodies X.CU
        // (committee) and X.UBKT (commission); a cell has its cell body X.C1.CB; a cell under the commune comes after it.
        var asOf = new LocalDate(2025, 6, 30);
        var dataset = new PartyDatasetBuilder("Xã X", asOf, "hand-built")
            .AddOrganization(OrganizationId.From("X"), "Đảng bộ xã X", OrganizationKind.Commune, null, new LocalDate(2020, 1, 1), [BodyKind.InspectionCommission])
            .AddOrganization(OrganizationId.From("X.C1"), "Chi bộ thôn 1", OrganizationKind.Cell, OrganizationId.From("X"), new LocalDate(2020, 1, 1))
            .Build();

        var data = IndicatorDataSet.Create(dataset, asOf, WorkRegister.Empty);
        var x = data.IndexOf(OrganizationId.From("X"));
        var c1 = data.IndexOf(OrganizationId.From("X.C1"));
        var (start, end) = data.BodiesOf(x);

        Assert.Equal((0, 1), (x, c1));
        Assert.Equal((OrganizationId.From("X.C1"), "Chi bộ thôn 1"), (data.IdOf(c1), data.NameOf(c1)));
        Assert.Equal(["X.CU", "X.UBKT"], Enumerable.Range(start, end - start).Select(b => data.BodyIdOf(b).Value).ToArray());
        Assert.Equal([BodyKind.Committee, BodyKind.InspectionCommission], Enumerable.Range(start, end - start).Select(data.BodyKindOf).ToArray());
        Assert.Equal(x, data.OrganizationOfBody(data.BodyIndexOf(BodyId.From("X.UBKT"))));
        Assert.Equal(BodyId.From("X.C1.CB"), data.BodyIdOf(data.BodiesOf(c1).Start));
    }

    [Fact]
    public void RecommendationsTo_GivesPositionsInTheRegisterOfThatAddresseeOnly()
    {
        var data = HandBuilt();
        var b = data.IndexOf(B);

        var ids = data.RecommendationsTo(b).ToArray().Select(p => data.Register!.Recommendations[p].Id.Value).ToArray();

        Assert.Equal(["KN-B1", "KN-B2"], ids);
        Assert.Throws<ArgumentOutOfRangeException>(() => data.RecommendationsTo(data.OrganizationCount).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => data.RecommendationsTo(-1).Length);
    }

    [Fact]
    public void OfKind_GivesTheKindsIndicesInTheRange_AndNoneForAnEmptyOrReversedRange()
    {
        var data = HandBuilt();
        var a = data.IndexOf(A);

        Assert.Equal(5, data.OfKind(OrganizationKind.Commune, 0, data.OrganizationCount).Length);
        Assert.Equal([a], data.OfKind(OrganizationKind.Commune, a, data.SubtreeEnd(a)).ToArray());
        Assert.Equal([data.IndexOf(OrganizationId.From("P.A.CB1"))], data.OfKind(OrganizationKind.Cell, a, data.SubtreeEnd(a)).ToArray());
        Assert.Equal(0, data.OfKind(OrganizationKind.Commune, data.OrganizationCount, 0).Length);
    }

    [Fact]
    public void WithRegister_KeepsTheOrganisations_ReadsOnlyTheNewRegister_AndLeavesTheFirstUnchanged()
    {
        // A host re-evaluates a changed register over the same organisations (the index is reused, not rebuilt).
        var data = HandBuilt();
        var later = new LocalDate(2026, 3, 31);
        var register = WorkRegister.CreateBuilder().AddRecommendation(Rec("KN-E2", E, new LocalDate(2026, 1, 5))).Build();

        var next = data.WithRegister(later, register);

        Assert.Equal(data.OrganizationCount, next.OrganizationCount);
        Assert.Equal(Enumerable.Range(0, data.OrganizationCount).Select(data.IdOf), Enumerable.Range(0, next.OrganizationCount).Select(next.IdOf));
        Assert.Equal((later, register), (next.AsOf, next.Register));
        Assert.Equal(["KN-E2"], next.RecommendationsTo(next.IndexOf(E)).ToArray().Select(p => next.Register.Recommendations[p].Id.Value).ToArray());
        Assert.Equal(0, next.RecommendationsTo(next.IndexOf(B)).Length);
        Assert.Equal((AsOf, 2), (data.AsOf, data.RecommendationsTo(data.IndexOf(B)).Length));
    }

    [Fact]
    public void WithRegister_AFactNamingAnOrganisationNotInTheDataSet_IsRefusedNamingIt()
    {
        var register = WorkRegister.CreateBuilder().AddRecommendation(Rec("KN-Z1", OrganizationId.From("P.Z"), new LocalDate(2025, 3, 3))).Build();

        var error = Assert.Throws<ArgumentException>(() => HandBuilt().WithRegister(AsOf, register));

        Assert.Contains("P.Z", error.Message, StringComparison.Ordinal);
    }

    private static readonly Lazy<IndicatorDataSet> Embedded = new(() =>
    {
        var province = SyntheticProvince.Generate();
        var organizations = IndicatorDataSet.Create(province, province.SnapshotDate, WorkRegister.Empty);
        return SampleWork.Generate(province, organizations, RuleBook.BuiltIn, DeadlineCalculator.Default, Sdk.Inspection.OversightCatalogs.BuiltIn).ToDataSet();
    });

    [Fact]
    public void RegisterPositions_EmbeddedProvince_GiveEachFactOnceUnderItsOwnOrganisation()
    {
        // The four lookups read the data set's indices as positions in the register's lists: every fact is found exactly
        // once, under the organisation the fact itself names.
        var data = Embedded.Value;
        var register = data.Register!;
        Check(register.Recommendations.Count, data.RecommendationsTo, p => register.Recommendations[p].Addressee);
        Check(register.Assignments.Count, data.AssignmentsBy, p => register.Assignments[p].AssignedBy.Organization);
        Check(register.Meetings.Count, data.MeetingsOf, p => register.Meetings[p].Organization);
        Check(register.Tasks.Count, data.TasksOf, p => register.Tasks[p].Organization);

        void Check(int count, Func<int, ReadOnlySpan<int>> lookup, Func<int, OrganizationId> organizationOf)
        {
            Assert.True(count > 0, "the embedded province records facts of every kind looked up");
            var seen = new List<int>();
            for (var o = 0; o < data.OrganizationCount; o++)
            {
                foreach (var p in lookup(o))
                {
                    Assert.Equal(data.IdOf(o), organizationOf(p));
                    seen.Add(p);
                }
            }

            Assert.Equal(Enumerable.Range(0, count), seen.Order());
        }
    }

    [Fact]
    public void SampleMeasure_EmbeddedProvince2026_MatchesAnIndependentCount()
    {
        var data = Embedded.Value;

        // Every organisation is a unit here: the sample's recommendations are addressed mostly to cells.
        var result = Measures.Evaluate(IndicatorOf(IndicatorApplicability.Of([])), data, OrganizationId.From("TN"), ReportingPeriod.Year(2026));

        // Independently: group the register's recommendations by addressee with LINQ, keep those due from 1 January 2026
        // to the extraction date, and count the organisations that reported for 2026.
        var windowEnd = data.AsOf < new LocalDate(2026, 12, 31) ? data.AsOf : new LocalDate(2026, 12, 31);
        var reported = Enumerable.Range(0, data.OrganizationCount).Where(i => data.HasReported(i, RecordKind.ConclusionFollowUps, 2026)).Select(i => data.IdOf(i)).ToHashSet();
        var due = data.Register!.Recommendations
            .Where(r => r.Deadline.Due >= new LocalDate(2026, 1, 1) && r.Deadline.Due <= windowEnd && reported.Contains(r.Addressee))
            .GroupBy(r => r.Addressee)
            .ToList();
        var allOnTime = due.Count(g => g.All(r => r.CompletedOn is { } done && done <= r.Deadline.Due));

        Assert.True(due.Count >= 20, $"the embedded province should have organisations with recommendations due in 2026; it has {due.Count}");
        Assert.True(allOnTime > 0 && allOnTime < due.Count, $"the sample should have organisations on both sides; {allOnTime} of {due.Count}");
        Assert.Equal(allOnTime, result.Numerator);
        Assert.Equal(due.Count, result.Denominator);
        Assert.Equal(data.OrganizationCount - reported.Count, result.UnitsMissingData);
    }

    [Fact]
    public void ApplyTo_TwoPacks_AddsTheSampleMeasureOnce()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "ProvinceRulePack");
        var options = new KiemTraSdkOptions();

        ProvinceRulePackManifest.Load(Path.Combine(folder, "thai-nguyen")).ApplyTo(options);
        ProvinceRulePackManifest.Load(Path.Combine(folder, "phuong-thuc-lanh-dao")).ApplyTo(options);

        Assert.Single(options.IndicatorMeasures, m => m.Name == RecommendationsAllOnTimeMeasure.MeasureName);
    }
}
