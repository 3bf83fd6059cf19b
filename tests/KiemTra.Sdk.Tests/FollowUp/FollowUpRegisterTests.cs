using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Deadlines;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.FollowUp;

public class FollowUpRegisterTests
{
    internal static readonly DateTimeZone Hanoi = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    internal static readonly LocalDate Today = new(2026, 11, 22);
    internal static readonly RuleCitation Notice = RuleCitation.Of("TB-UBKT-2026", "Thông báo kết luận của Ủy ban Kiểm tra", null, true);

    internal static DeadlineMonitor Monitor(LocalDate today) =>
        DeadlineMonitor.Create(new FixedClock(today.At(new LocalTime(9, 0)).InZoneLeniently(Hanoi).ToInstant()), Hanoi, WorkingCalendar.Default, RuleDuration.Of(5, RuleDurationUnit.WorkingDays));

    internal static Recommendation Rec(string id, string org, RecommendationSource source, LocalDate issued, int workingDays) =>
        Recommendation.Create(id, source, $"KL-{id}", OrganizationId.From(org), $"Khắc phục nội dung {id}", issued,
            DeadlineRule.Create("conclusion.time-limit", RuleDurationUnit.WorkingDays, workingDays, LocalizedText.Of("ngày ban hành kết luận", "issue of the conclusion"), Notice),
            DeadlineCalculator.Default);

    internal static FollowUpRegister Register() => FollowUpRegister.Empty
        .Add(Rec("R1", "TN.X01", RecommendationSource.PartyInspection, new LocalDate(2026, 6, 1), 30))
        .Add(Rec("R2", "TN.X02", RecommendationSource.StateInspection, new LocalDate(2026, 9, 1), 30))
        .Add(Rec("R3", "TN.X03", RecommendationSource.Audit, new LocalDate(2026, 10, 20), 25))
        .Add(Rec("R4", "TN.X04", RecommendationSource.PartySupervision, new LocalDate(2026, 11, 2), 60))
        .Add(Rec("R5", "TN.X05", RecommendationSource.PartyInspection, new LocalDate(2026, 5, 4), 20))
        .Add(Rec("R6", "TN.X06", RecommendationSource.Audit, new LocalDate(2026, 4, 1), 20))
        .Complete("R5", new LocalDate(2026, 5, 20))
        .Complete("R6", new LocalDate(2026, 6, 30));

    [Fact]
    public void Report_ClassifiesOnTimeLateOverdueAndDueSoon()
    {
        // R-F1, R-W5
        var report = Register().Report(Monitor(Today));
        Assert.Equal(1, report.Count(DeadlineStatus.MetOnTime));
        Assert.Equal(1, report.Count(DeadlineStatus.MetLate));
        Assert.Equal(2, report.Count(DeadlineStatus.Overdue));
        Assert.Equal(1, report.Count(DeadlineStatus.DueSoon));
        Assert.Equal(1, report.Count(DeadlineStatus.NotDue));
        Assert.Equal(0.25m, report.OnTimeRate);
        Assert.Equal(["R1", "R2", "R3"], report.ChaseList.Select(i => i.Recommendation.Id));
        Approvals.Verify(report.ToText(), "FollowUpReport");
    }

    [Fact]
    public void Complete_Twice_IsRejected()
    {
        // R-F1
        var error = Assert.Throws<InvalidOperationException>(() => Register().Complete("R5", Today));
        Assert.Contains("2026-05-20", error.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => Register().Complete("R99", Today));
    }

    [Fact]
    public void Add_RejectsARepeatedId()
    {
        Assert.Throws<InvalidOperationException>(() => Register().Add(Rec("R1", "TN.X09", RecommendationSource.Audit, Today, 5)));
    }
}
