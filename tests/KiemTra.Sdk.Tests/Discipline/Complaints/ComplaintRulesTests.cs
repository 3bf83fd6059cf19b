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
    private static readonly DisciplineRules Rules = DisciplineRules.FromRules(RuleBook.BuiltIn, Decided);
    private static readonly DeadlineCalculator Calculator = DeadlineCalculator.Default;

    // How many of the five grounds for not accepting a complaint the reason names (every ground is named, not only the first).
    private static int Grounds(Ruling ruling) =>
        new[] { "quá thời hạn", "khi chưa nhận được quyết định", "Khiếu nại hộ", "không ký tên", "Ban Chấp hành Trung ương giải quyết" }
            .Count(g => ruling.Reason.Vietnamese.Contains(g, StringComparison.Ordinal));

    private static DisciplineComplaint Filed(LocalDate? receivedOn, LocalDate filedOn, bool bySubject = true, bool signed = true, bool central = false) =>
        DisciplineComplaint.Create(ComplaintId.From("KN-1"), Warning, receivedOn, filedOn, bySubject, signed, central);

    // A host's province pack that reads the Charter's month as 30 working days (party Q&A, unverified): a rule set amending
    // the Charter's with the same key, so the rule book, not the caller, decides which window applies.
    private static readonly RuleSet WorkingDayReading = RuleSet.Create(
            RuleSetId.From("HOST-KN-30NLV"),
            "Hướng dẫn của Ủy ban kiểm tra Tỉnh ủy (mẫu)",
            LocalizedText.Of("Cách tính thời hạn khiếu nại kỷ luật", "How the complaint window is counted"),
            "Ủy ban kiểm tra Tỉnh ủy",
            new LocalDate(2025, 6, 1),
            new LocalDate(2025, 6, 1),
            verified: false,
            "Host data: the month read as 30 working days.",
            [RuleEntry.Create("discipline.complaint.filing-window", RuleValue.OfDuration(RuleDuration.Of(30, RuleDurationUnit.WorkingDays)), null, verified: false)])
        .WithAmends(RuleSetId.From("DIEU-LE-2011"));

    private static readonly DisciplineRules WorkingDayRules = DisciplineRules.FromRules(RuleBook.BuiltIn.WithRuleSets([WorkingDayReading]), Decided);

    [Fact]
    public void OneMonthWindow_FromReceipt_CharterArticle39()
    {
        // R-D5: received 5/3/2026 → one month → 5/4/2026 (Sunday) → Monday 6/4/2026.
        var deadline = Rules.ComplaintFilingDeadline(Received, Calculator);
        Assert.Equal(new LocalDate(2026, 4, 6), deadline.Due);
        Assert.Equal(RuleDurationUnit.Months, deadline.Rule.Unit);
        Assert.Equal("Điều 39", deadline.Rule.Citation.Article);
        Assert.True(deadline.Rule.Citation.Verified);
        Assert.Contains("Thời hạn 1 tháng kể từ ngày nhận quyết định kỷ luật", deadline.Explanation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void FilingWindow_IsTheCharterMonth_AndTheQandAReadingShipsAsUnverifiedData_NotAppliedUnlessAHostAmends()
    {
        // R-D5: the book applies one window (the Charter's month); the other reading is shipped as data marked unverified,
        // and the host's amending set above takes exactly that value.
        var shipped = RuleBook.BuiltIn.Resolve("discipline.complaint.filing-window.working-days", Decided);
        Assert.False(shipped.Entry.Verified);
        Assert.Equal(RuleValue.OfDuration(RuleDuration.Of(30, RuleDurationUnit.WorkingDays)), shipped.Entry.Value);
        Assert.Equal(shipped.Entry.Value, WorkingDayReading.Entries.Single(e => e.Key == "discipline.complaint.filing-window").Value);
        Assert.Equal(RuleDurationUnit.Months, Rules.ComplaintFilingDeadline(Received, Calculator).Rule.Unit);
    }

    [Fact]
    public void ARuleSetReadingTheMonthAsThirtyWorkingDays_GivesTheOtherDeadline_FlaggedUnverified()
    {
        // R-D5 [unverified reading]: received Thursday 5/3/2026; 30 working days from Friday 6/3, Saturdays and Sundays not
        // counted (no holiday until 25/4) → Thursday 16/4/2026, against Monday 6/4/2026 under the Charter's month.
        var deadline = WorkingDayRules.ComplaintFilingDeadline(Received, Calculator);
        Assert.Equal(new LocalDate(2026, 4, 16), deadline.Due);
        Assert.Equal(RuleDurationUnit.WorkingDays, deadline.Rule.Unit);
        Assert.Equal(30, deadline.Rule.Count);
        Assert.Equal(RuleSetId.From("HOST-KN-30NLV"), deadline.Rule.Citation.RuleSetId);
        Assert.False(deadline.Rule.Citation.Verified);
        Assert.Contains("Thời hạn 30 ngày làm việc", deadline.Explanation.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("(chưa kiểm chứng / unverified)", deadline.Explanation.Vietnamese, StringComparison.Ordinal);

        // A decision before the host's set took effect keeps the Charter's month.
        var earlier = DisciplineRules.FromRules(RuleBook.BuiltIn.WithRuleSets([WorkingDayReading]), new LocalDate(2025, 3, 3))
            .ComplaintFilingDeadline(new LocalDate(2025, 3, 5), Calculator);
        Assert.Equal(RuleDurationUnit.Months, earlier.Rule.Unit);
        Assert.Equal(RuleSetId.From("DIEU-LE-2011"), earlier.Rule.Citation.RuleSetId);
    }

    [Fact]
    public void ComplaintWithinTheWindow_IsAccepted_AndSaysTheDecisionIsCompliedWithMeanwhile()
    {
        // R-D5
        var result = Rules.AssessComplaint(Filed(Received, new LocalDate(2026, 4, 6)), Calculator);
        Assert.True(result.Holds);
        Assert.Contains("vẫn phải chấp hành", result.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("06/04/2026", result.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Equal("Điều 39", result.Rules[0].Article);
    }

    [Fact]
    public void ComplaintAfterTheWindow_IsOutOfTime()
    {
        // R-D5
        var result = Rules.AssessComplaint(Filed(Received, new LocalDate(2026, 4, 7)), Calculator);
        Assert.False(result.Holds);
        Assert.Contains("quá thời hạn (hạn cuối 06/04/2026", result.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(1, Grounds(result));
        Assert.Contains("thời hạn 1 tháng kể từ ngày nhận quyết định kỷ luật", result.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("a window of 1 month", result.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ComplaintAfterTheMonth_IsAccepted_WhereTheRuleSetReadsThirtyWorkingDays_AndTheReasonSaysSo()
    {
        // R-D5 [unverified reading]: the same day is within 30 working days; the reading comes from the rule set and the
        // reason names it and that it is unverified.
        var result = WorkingDayRules.AssessComplaint(Filed(Received, new LocalDate(2026, 4, 7)), Calculator);
        Assert.True(result.Holds);
        Assert.Contains("thời hạn 30 ngày làm việc kể từ ngày nhận quyết định kỷ luật", result.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("(chưa kiểm chứng / unverified)", result.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("a window of 30 working days", result.Reason.English, StringComparison.Ordinal);
        Assert.False(result.IsVerified);
    }

    [Fact]
    public void ComplaintBeforeReceivingTheDecision_OnBehalfOfAnother_Unsigned_AreAllReported()
    {
        // R-D5: every ground is listed, not only the first.
        var result = Rules.AssessComplaint(Filed(null, Received, bySubject: false, signed: false), Calculator);
        Assert.False(result.Holds);
        Assert.Contains("khi chưa nhận được quyết định kỷ luật", result.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("Khiếu nại hộ người khác", result.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("Đơn không ký tên", result.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("not signed", result.Reason.English, StringComparison.Ordinal);
        Assert.Equal(3, Grounds(result));
        Assert.Contains(result.Rules, r => !r.Verified);
        Assert.False(result.IsVerified);
    }

    [Fact]
    public void ComplaintAfterTheCentralCommitteeResolved_IsNotAccepted()
    {
        // R-D5: up to the Central Committee, whose decision is final.
        var result = Rules.AssessComplaint(Filed(Received, Received.PlusDays(3), central: true), Calculator);
        Assert.False(result.Holds);
        Assert.Contains("Đã được Ban Chấp hành Trung ương giải quyết", result.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(1, Grounds(result));
    }

    [Fact]
    public void ResolutionDeadline_NinetyOrOneHundredEightyWorkingDays_Unverified()
    {
        // R-D5 [unverified]
        var province = Rules.ComplaintResolutionDeadline(new LocalDate(2026, 4, 6), byCentralBody: false, Calculator);
        var central = Rules.ComplaintResolutionDeadline(new LocalDate(2026, 4, 6), byCentralBody: true, Calculator);
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
        Ruling Check(string org, BodyKind body, int round) => Rules.CheckComplaintResolver(dataset, new ActingBody(OrganizationId.From(org), body), decider, on, round);

        var cell = Check("HB.P1.BV", BodyKind.Cell, 1);
        Assert.False(cell.Holds);
        Assert.Contains("chi bộ không giải quyết khiếu nại", cell.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.True(Check("HB.P1.BV", BodyKind.InspectionCommission, 1).Holds);
        Assert.False(Check("HB.P1", BodyKind.InspectionCommission, 1).Holds);
        Assert.Contains("2 level(s) above", Check("HB.P1", BodyKind.InspectionCommission, 1).Reason.English, StringComparison.Ordinal);
        Assert.True(Check("HB.P1", BodyKind.StandingCommittee, 2).Holds);
        Assert.True(Check("HB", BodyKind.StandingCommittee, 3).Holds);
        Assert.False(Check("HB.P1.BV", BodyKind.AdvisoryAgency, 1).Holds);
    }

    [Fact]
    public void Resolver_MustBeAboveTheDecider_AndBothMustExistOnTheDate()
    {
        // R-D5, R-H1: a sibling is not "above"; an organisation dissolved before the date resolves nothing.
        var dataset = HandBuiltProvince.Build();
        var sibling = Rules.CheckComplaintResolver(dataset, new ActingBody(OrganizationId.From("HB.X1"), BodyKind.InspectionCommission), OrganizationId.From("HB.P1.BV"), new LocalDate(2026, 4, 1), 1);
        Assert.False(sibling.Holds);
        Assert.Contains("is not above HB.P1.BV", sibling.Reason.English, StringComparison.Ordinal);
        var dissolved = Rules.CheckComplaintResolver(dataset, new ActingBody(OrganizationId.From("HB.X1"), BodyKind.InspectionCommission), OrganizationId.From("HB.X1.CB3"), new LocalDate(2026, 4, 1), 1);
        Assert.False(dissolved.Holds);
        Assert.Contains("HB.X1.CB3 does not exist on", dissolved.Reason.English, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => Rules.CheckComplaintResolver(dataset, new ActingBody(OrganizationId.From("HB.ZZ"), BodyKind.InspectionCommission), OrganizationId.From("HB.P1.BV"), new LocalDate(2026, 4, 1), 1));
    }

    [Fact]
    public void Upheld_NeedsNoFollowOn()
    {
        // R-D5
        var resolution = Rules.ResolveComplaint(Filed(Received, Received.PlusDays(10)), ComplaintOutcome.Upheld, null, new LocalDate(2026, 6, 1));
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
        var resolution = Rules.ResolveComplaint(Filed(Received, Received.PlusDays(10)), outcome, newForm, new LocalDate(2026, 6, 1));
        Assert.True(resolution.RequiresAdministrativeReview);
        Assert.Contains("xem xét lại hình thức kỷ luật hành chính", resolution.FollowOn!.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(RuleSetId.From("CTHD-KL34-QN-2022"), resolution.FollowOnRule!.RuleSetId); // Quảng Ninh's programme, not KL 34 itself
        Assert.False(resolution.FollowOnRule.Verified);
    }

    [Fact]
    public void Changed_RequiresAnApplicableDifferentForm()
    {
        // R-D5, R-D1
        var complaint = Filed(Received, Received.PlusDays(10));
        Assert.Throws<ArgumentException>(() => Rules.ResolveComplaint(complaint, ComplaintOutcome.Changed, DisciplineForm.Warning, Received.PlusDays(20)));
        Assert.Throws<ArgumentException>(() => Rules.ResolveComplaint(complaint, ComplaintOutcome.Changed, null, Received.PlusDays(20)));
        var notApplicable = Assert.Throws<ArgumentException>(() => Rules.ResolveComplaint(complaint, ComplaintOutcome.Changed, DisciplineForm.Dissolution, Received.PlusDays(20)));
        Assert.Equal("newForm", notApplicable.ParamName);
        Assert.Contains("không áp dụng", notApplicable.Message, StringComparison.Ordinal);
    }
}

public class ComplaintStatisticsTests
{
    [Fact]
    public void FourMembersAllUpheld_AsInSeed002()
    {
        // R-D5, R-D7: "giải quyết khiếu nại kỷ luật đảng 04 đảng viên, kết quả giữ nguyên hình thức kỷ luật".
        var rules = DisciplineRules.FromRules(RuleBook.BuiltIn, new LocalDate(2026, 3, 2));
        var resolutions = Enumerable.Range(1, 4).Select(i =>
        {
            var decision = MemberDecision($"D-S{i}", DisciplineForm.Warning, new LocalDate(2026, 3, 2));
            var complaint = DisciplineComplaint.Create(ComplaintId.From($"KN-S{i}"), decision, new LocalDate(2026, 3, 5), new LocalDate(2026, 3, 20), true, true);
            return rules.ResolveComplaint(complaint, ComplaintOutcome.Upheld, null, new LocalDate(2026, 6, 1));
        });
        var stats = ComplaintStatistics.Compute(resolutions);
        Assert.Equal(4, stats.Members);
        Assert.Equal(4, stats.ByOutcome[ComplaintOutcome.Upheld]);
        Assert.Equal("Giải quyết khiếu nại kỷ luật đảng 4 đảng viên và 0 tổ chức đảng; kết quả: giữ nguyên 4, thay đổi hình thức 0, xóa bỏ 0.", stats.Summary.Vietnamese);
    }
}
