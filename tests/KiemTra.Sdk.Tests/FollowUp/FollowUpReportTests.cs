using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Deadlines;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.FollowUp;

public class FollowUpReportTests
{
    internal static readonly DateTimeZone Hanoi = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    internal static readonly LocalDate Today = new(2026, 11, 22);
    internal static readonly RuleCitation Notice = RuleCitation.Of(RuleSetId.From("TB-UBKT-2026"), "Thông báo kết luận của Ủy ban Kiểm tra", null, true);

    internal static DeadlineMonitor Monitor(LocalDate today) =>
        DeadlineMonitor.Create(new FixedClock(today.At(new LocalTime(9, 0)).InZoneLeniently(Hanoi).ToInstant()), Hanoi, WorkingCalendar.Default, RuleDuration.Of(5, RuleDurationUnit.WorkingDays));

    internal static Recommendation Rec(string id, string org, RecommendationSource source, LocalDate issued, int workingDays) =>
        Recommendation.Create(RecommendationId.From(id), source, $"KL-{id}", OrganizationId.From(org), $"Khắc phục nội dung {id}", issued,
            DeadlineRule.Create("conclusion.time-limit", RuleDurationUnit.WorkingDays, workingDays, LocalizedText.Of("ngày ban hành kết luận", "issue of the conclusion"), Notice),
            DeadlineCalculator.Default);

    internal static IReadOnlyList<Recommendation> Recommendations() =>
    [
        Rec("R1", "TN.X01", RecommendationSource.PartyInspection, new LocalDate(2026, 6, 1), 30),
        Rec("R2", "TN.X02", RecommendationSource.StateInspection, new LocalDate(2026, 9, 1), 30),
        Rec("R3", "TN.X03", RecommendationSource.Audit, new LocalDate(2026, 10, 20), 25),
        Rec("R4", "TN.X04", RecommendationSource.PartySupervision, new LocalDate(2026, 11, 2), 60),
        Rec("R5", "TN.X05", RecommendationSource.PartyInspection, new LocalDate(2026, 5, 4), 20).Complete(new LocalDate(2026, 5, 20)),
        Rec("R6", "TN.X06", RecommendationSource.Audit, new LocalDate(2026, 4, 1), 20).Complete(new LocalDate(2026, 6, 30)),
    ];

    [Fact]
    public void Recovery_IsRecordedOnTheRecommendation_NotNegative_NeverMoreThanOrdered()
    {
        // R-F2: the amount a conclusion orders recovered is tracked with the recommendation that set it.
        var open = Rec("R1", "TN.X01", RecommendationSource.StateInspection, new LocalDate(2026, 6, 1), 30);
        Assert.Equal((null, 0L), (open.AmountToRecoverVnd, open.RecoveredVnd));

        var ordered = open.RecordRecovery(125_500_000, 20_000_000);
        Assert.Equal((125_500_000L, 20_000_000L), (ordered.AmountToRecoverVnd!.Value, ordered.RecoveredVnd));
        var later = ordered.RecordRecovery(125_500_000, 125_500_000).Complete(new LocalDate(2026, 7, 1));
        Assert.Equal((125_500_000L, 125_500_000L, true), (later.AmountToRecoverVnd!.Value, later.RecoveredVnd, later.IsCompleted));

        Assert.Equal("recoveredVnd", Assert.Throws<ArgumentException>(() => open.RecordRecovery(10, 11)).ParamName);
        Assert.Equal("recoveredVnd", Assert.Throws<ArgumentException>(() => open.RecordRecovery(10, -1)).ParamName);
        var negative = Assert.Throws<ArgumentException>(() => open.RecordRecovery(-5, 0));
        Assert.Equal("amountToRecoverVnd", negative.ParamName);
        Assert.Contains("-5", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ClassifiesOnTimeLateOverdueAndDueSoon()
    {
        // R-F1, R-W5
        var report = FollowUpReport.Of(Recommendations(), Monitor(Today));
        Assert.Equal(1, report.Count(DeadlineStatus.MetOnTime));
        Assert.Equal(1, report.Count(DeadlineStatus.MetLate));
        Assert.Equal(2, report.Count(DeadlineStatus.Overdue));
        Assert.Equal(1, report.Count(DeadlineStatus.DueSoon));
        Assert.Equal(1, report.Count(DeadlineStatus.NotDue));
        Assert.Equal(0.25m, report.OnTimeRate);
        Assert.Equal(["R1", "R2", "R3"], report.ChaseList.Select(r => r.Id.Value));
        Assert.Equal(["R6", "R5", "R1", "R2", "R3", "R4"], report.Recommendations.Select(r => r.Id.Value)); // due-date order
        Approvals.Verify(report.ToText(), "FollowUpReport");
    }

    [Fact]
    public void FiveFigures_AreDefinedOnce_NotYetDueCountingDueSoonAndDueToday()
    {
        // R-F1 (hand-counted on 22/11/2026): 6 issued = 1 on time (R5) + 1 late (R6) + 2 overdue + 2 not yet due (R3 due
        // soon, R4 not due): the figures the statistics, the web host and the follow-up table all read.
        var report = FollowUpReport.Of(Recommendations(), Monitor(Today));
        Assert.Equal((6, 1, 1, 2, 2), (report.Issued, report.MetOnTime, report.MetLate, report.Overdue, report.NotYetDue));
        Assert.Equal(report.Issued, report.MetOnTime + report.MetLate + report.Overdue + report.NotYetDue);

        // On R3's due day it is due today, still not yet due.
        var r3 = Recommendations().Single(r => r.Id == RecommendationId.From("R3"));
        var onDueDay = FollowUpReport.Of([r3], Monitor(r3.Deadline.Due));
        Assert.Equal(DeadlineStatus.DueToday, onDueDay.StatusOf(r3));
        Assert.Equal(1, onDueDay.NotYetDue);
    }

    [Fact]
    public void Complete_Twice_IsRejected()
    {
        // R-F1
        var done = Recommendations().Single(r => r.Id == RecommendationId.From("R5"));
        var error = Assert.Throws<InvalidOperationException>(() => done.Complete(Today));
        Assert.Contains("2026-05-20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DaysLate_CountsCalendarDaysPastDue_ToCompletionOrTheDayJudged()
    {
        // R-F1: issued 2026-03-02 with 30 calendar days: due 2026-04-01; completed 2026-04-11 is 10 days late whatever the
        // day judged; open, it is 0 days late on 2026-03-20, 0 on the due day itself and 21 on 2026-04-22.
        var rule = DeadlineRule.Create("conclusion.time-limit", RuleDurationUnit.CalendarDays, 30, LocalizedText.Of("ngày ban hành kết luận", "issue of the conclusion"), Notice);
        var open = Recommendation.Create(RecommendationId.From("R7"), RecommendationSource.PartyInspection, "KL-R7", OrganizationId.From("TN.X07"), "Khắc phục", new LocalDate(2026, 3, 2), rule, DeadlineCalculator.Default);
        Assert.Equal(new LocalDate(2026, 4, 1), open.Deadline.Due);
        Assert.Equal(0, open.DaysLate(new LocalDate(2026, 3, 20)));
        Assert.Equal(0, open.DaysLate(new LocalDate(2026, 4, 1)));
        Assert.Equal(21, open.DaysLate(new LocalDate(2026, 4, 22)));
        var done = open.Complete(new LocalDate(2026, 4, 11));
        Assert.Equal(10, done.DaysLate(new LocalDate(2026, 4, 22)));
        Assert.Equal(10, done.DaysLate(Today));
        Assert.Equal(4, done.DaysLate(new LocalDate(2026, 4, 5))); // judged before its completion: late up to that day
    }

    [Fact]
    public void Report_DatedBeforeACompletion_SeesTheRecommendationAsNotCarriedOut()
    {
        // R-F1: R6 (issued 2026-04-01, 20 working days) was completed on 2026-06-30; on 2026-06-01 it was overdue, late up to that day, and chased.
        var report = FollowUpReport.Of(Recommendations(), Monitor(new LocalDate(2026, 6, 1)));
        var r6 = report.Recommendations.Single(r => r.Id == RecommendationId.From("R6"));
        Assert.Equal(DeadlineStatus.Overdue, report.StatusOf(r6));
        // Counted by hand: 20 working days after Wednesday 2026-04-01 skip the weekends, Hùng Kings' day (Sunday 26/4,
        // made up on Monday 27/4), 30/4 and 1/5: due Monday 2026-05-04; 2026-05-04 → 2026-06-01 is 28 calendar days.
        Assert.Equal(new LocalDate(2026, 5, 4), r6.Deadline.Due);
        Assert.Equal(28, r6.DaysLate(report.AsOf));
        Assert.Contains(r6, report.ChaseList);
    }

    [Fact]
    public void StatusOf_ARecommendationNotInTheReport_IsRefused()
    {
        // R-F1
        var report = FollowUpReport.Of(Recommendations().Take(2), Monitor(Today));
        Assert.Throws<ArgumentException>(() => report.StatusOf(Rec("R9", "TN.X09", RecommendationSource.Audit, Today, 5)));
    }
}
