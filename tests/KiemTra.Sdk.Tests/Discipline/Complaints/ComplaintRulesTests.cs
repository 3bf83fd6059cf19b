using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;
using KiemTra.Sdk.Tests.Organization;
using static KiemTra.Sdk.Tests.Discipline.DisciplineFixtures;

namespace KiemTra.Sdk.Tests.Discipline.Complaints;

public class ComplaintRulesTests
{
    private static readonly LocalDate Decided = new(2026, 3, 2);
    private static readonly LocalDate Received = new(2026, 3, 5);
    private static readonly DisciplineDecision Warning = MemberDecision("D-C1", DisciplineForm.Warning, Decided);
    private static readonly ComplaintRules Rules = ComplaintRules.Create(RuleBook.BuiltIn, Decided, DeadlineCalculator.Default);

    private static DisciplineComplaint Filed(LocalDate? receivedOn, LocalDate filedOn, bool bySubject = true, bool signed = true, bool central = false) =>
        DisciplineComplaint.Create("KN-1", Warning, receivedOn, filedOn, bySubject, signed, central);

    [Fact]
    public void OneMonthWindow_FromReceipt_CharterArticle39()
    {
        // R-D5: received 5/3/2026 → one month → 5/4/2026 (Sunday) → Monday 6/4/2026.
        var deadline = Rules.FilingDeadline(Received, ComplaintWindowReading.OneMonth);
        Assert.Equal(new LocalDate(2026, 4, 6), deadline.Due);
        Assert.Equal("Điều 39", deadline.Rule.Citation.Article);
        Assert.True(deadline.Rule.Citation.Verified);
    }

    [Fact]
    public void ThirtyWorkingDayReading_IsAvailableButUnverified()
    {
        // R-D5 [unverified reading]
        var deadline = Rules.FilingDeadline(Received, ComplaintWindowReading.ThirtyWorkingDays);
        Assert.Equal(RuleDurationUnit.WorkingDays, deadline.Rule.Unit);
        Assert.False(deadline.Rule.Citation.Verified);
        Assert.True(deadline.Due > Rules.FilingDeadline(Received, ComplaintWindowReading.OneMonth).Due);
    }

    [Fact]
    public void ComplaintWithinTheWindow_IsAccepted_AndSaysTheDecisionIsCompliedWithMeanwhile()
    {
        // R-D5
        var result = Rules.Assess(Filed(Received, new LocalDate(2026, 4, 6)), ComplaintWindowReading.OneMonth);
        Assert.True(result.IsAdmissible);
        Assert.Contains("vẫn phải chấp hành", result.Explanation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void ComplaintAfterTheWindow_IsOutOfTime()
    {
        // R-D5
        var result = Rules.Assess(Filed(Received, new LocalDate(2026, 4, 7)), ComplaintWindowReading.OneMonth);
        Assert.Equal([ComplaintInadmissibility.OutOfTime], result.Reasons);
        Assert.Contains("06/04/2026", result.Explanation.Vietnamese, StringComparison.Ordinal);
        // The same day is within the 30-working-day reading: the reading matters and is named by the caller.
        Assert.True(Rules.Assess(Filed(Received, new LocalDate(2026, 4, 7)), ComplaintWindowReading.ThirtyWorkingDays).IsAdmissible);
    }

    [Fact]
    public void ComplaintBeforeReceivingTheDecision_OnBehalfOfAnother_Unsigned_AreAllReported()
    {
        // R-D5: every ground is listed, not only the first.
        var result = Rules.Assess(Filed(null, Received, bySubject: false, signed: false), ComplaintWindowReading.OneMonth);
        Assert.Equal([ComplaintInadmissibility.BeforeReceivingDecision, ComplaintInadmissibility.OnBehalfOfAnother, ComplaintInadmissibility.Unsigned], result.Reasons);
        Assert.Contains(result.Rules, r => !r.Verified);
    }

    [Fact]
    public void ComplaintAfterTheCentralCommitteeResolved_IsNotAccepted()
    {
        // R-D5: up to the Central Committee, whose decision is final.
        var result = Rules.Assess(Filed(Received, Received.PlusDays(3), central: true), ComplaintWindowReading.OneMonth);
        Assert.Equal([ComplaintInadmissibility.AlreadyResolvedByCentralCommittee], result.Reasons);
    }

    [Fact]
    public void ResolutionDeadline_NinetyOrOneHundredEightyWorkingDays_Unverified()
    {
        // R-D5 [unverified]
        var province = Rules.ResolutionDeadline(new LocalDate(2026, 4, 6), ComplaintResolverLevel.ProvinceAndBelow);
        var central = Rules.ResolutionDeadline(new LocalDate(2026, 4, 6), ComplaintResolverLevel.Central);
        Assert.Equal(90, province.Rule.Count);
        Assert.Equal(180, central.Rule.Count);
        Assert.False(province.Rule.Citation.Verified);
    }

    [Fact]
    public void Cells_DoNotResolveComplaints_AndEachRoundGoesOneLevelUp_CountedInTheHierarchy()
    {
        // R-D5: the sub-committee HB.P1.BV.K1 decided; its grassroots committee HB.P1.BV is one level up, the ward HB.P1 two.
        var dataset = HandBuiltProvince.Build();
        var decider = OrganizationId.From("HB.P1.BV.K1");
        var on = new LocalDate(2026, 4, 1);
        ResolverCheck Check(string org, BodyKind body, int round) => Rules.CheckResolver(dataset, new ActingBody(OrganizationId.From(org), body), decider, on, round);

        var cell = Check("HB.P1.BV", BodyKind.Cell, 1);
        Assert.False(cell.IsAllowed);
        Assert.Contains("chi bộ không giải quyết khiếu nại", cell.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.True(Check("HB.P1.BV", BodyKind.InspectionCommission, 1).IsAllowed);
        Assert.False(Check("HB.P1", BodyKind.InspectionCommission, 1).IsAllowed);
        Assert.Contains("2 level(s) above", Check("HB.P1", BodyKind.InspectionCommission, 1).Reason.English, StringComparison.Ordinal);
        Assert.True(Check("HB.P1", BodyKind.StandingCommittee, 2).IsAllowed);
        Assert.True(Check("HB", BodyKind.StandingCommittee, 3).IsAllowed);
        Assert.False(Check("HB.P1.BV", BodyKind.AdvisoryAgency, 1).IsAllowed);
    }

    [Fact]
    public void Resolver_MustBeAboveTheDecider_AndBothMustExistOnTheDate()
    {
        // R-D5, R-H1: a sibling is not "above"; an organisation dissolved before the date resolves nothing.
        var dataset = HandBuiltProvince.Build();
        var sibling = Rules.CheckResolver(dataset, new ActingBody(OrganizationId.From("HB.X1"), BodyKind.InspectionCommission), OrganizationId.From("HB.P1.BV"), new LocalDate(2026, 4, 1), 1);
        Assert.False(sibling.IsAllowed);
        Assert.Contains("is not above HB.P1.BV", sibling.Reason.English, StringComparison.Ordinal);
        var dissolved = Rules.CheckResolver(dataset, new ActingBody(OrganizationId.From("HB.X1"), BodyKind.InspectionCommission), OrganizationId.From("HB.X1.CB3"), new LocalDate(2026, 4, 1), 1);
        Assert.False(dissolved.IsAllowed);
        Assert.Contains("HB.X1.CB3 does not exist on", dissolved.Reason.English, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => Rules.CheckResolver(dataset, new ActingBody(OrganizationId.From("HB.ZZ"), BodyKind.InspectionCommission), OrganizationId.From("HB.P1.BV"), new LocalDate(2026, 4, 1), 1));
    }

    [Fact]
    public void Upheld_NeedsNoFollowOn()
    {
        // R-D5
        var resolution = Rules.Resolve(Filed(Received, Received.PlusDays(10)), ComplaintOutcome.Upheld, null, new LocalDate(2026, 6, 1), FormPolicy);
        Assert.Equal(DisciplineForm.Warning, resolution.ResultingForm);
        Assert.False(resolution.RequiresAdministrativeReview);
    }

    [Theory]
    [InlineData(ComplaintOutcome.Changed)]
    [InlineData(ComplaintOutcome.Annulled)]
    public void ChangedOrAnnulled_TriggersReviewOfTheAdministrativeForm(ComplaintOutcome outcome)
    {
        // R-D5 (001 §2.2(4) i3)
        var newForm = outcome == ComplaintOutcome.Changed ? DisciplineForm.Reprimand : (DisciplineForm?)null;
        var resolution = Rules.Resolve(Filed(Received, Received.PlusDays(10)), outcome, newForm, new LocalDate(2026, 6, 1), FormPolicy);
        Assert.True(resolution.RequiresAdministrativeReview);
        Assert.Contains("xem xét lại hình thức kỷ luật hành chính", resolution.FollowOn!.Vietnamese, StringComparison.Ordinal);
        Assert.Equal("CTHD-KL34-QN-2022", resolution.FollowOnRule!.RuleSetId); // Quảng Ninh's programme, not KL 34 itself
        Assert.False(resolution.FollowOnRule.Verified);
    }

    [Fact]
    public void Changed_RequiresAnApplicableDifferentForm()
    {
        // R-D5, R-D1
        var complaint = Filed(Received, Received.PlusDays(10));
        Assert.Throws<ArgumentException>(() => Rules.Resolve(complaint, ComplaintOutcome.Changed, DisciplineForm.Warning, Received.PlusDays(20), FormPolicy));
        Assert.Throws<ArgumentException>(() => Rules.Resolve(complaint, ComplaintOutcome.Changed, null, Received.PlusDays(20), FormPolicy));
        Assert.Throws<DisciplineFormNotApplicableException>(() => Rules.Resolve(complaint, ComplaintOutcome.Changed, DisciplineForm.Dissolution, Received.PlusDays(20), FormPolicy));
    }
}

public class ComplaintStatisticsTests
{
    [Fact]
    public void FourMembersAllUpheld_AsInSeed002()
    {
        // R-D5, R-D7: "giải quyết khiếu nại kỷ luật đảng 04 đảng viên, kết quả giữ nguyên hình thức kỷ luật".
        var rules = ComplaintRules.Create(RuleBook.BuiltIn, new LocalDate(2026, 3, 2), DeadlineCalculator.Default);
        var resolutions = Enumerable.Range(1, 4).Select(i =>
        {
            var decision = MemberDecision($"D-S{i}", DisciplineForm.Warning, new LocalDate(2026, 3, 2));
            var complaint = DisciplineComplaint.Create($"KN-S{i}", decision, new LocalDate(2026, 3, 5), new LocalDate(2026, 3, 20), true, true);
            return rules.Resolve(complaint, ComplaintOutcome.Upheld, null, new LocalDate(2026, 6, 1), FormPolicy);
        });
        var stats = ComplaintStatistics.Compute(resolutions);
        Assert.Equal(4, stats.Members);
        Assert.Equal(4, stats.ByOutcome[ComplaintOutcome.Upheld]);
        Assert.Equal("Giải quyết khiếu nại kỷ luật đảng 4 đảng viên và 0 tổ chức đảng; kết quả: giữ nguyên 4, thay đổi hình thức 0, xóa bỏ 0.", stats.Summary.Vietnamese);
    }
}
