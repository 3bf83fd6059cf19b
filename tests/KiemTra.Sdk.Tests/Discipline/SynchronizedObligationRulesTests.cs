using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Deadlines;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Discipline;

public class SynchronizedObligationRulesTests
{
    private static readonly SynchronizedObligationRules Rules = SynchronizedObligationRules.Create(RuleBook.BuiltIn, DeadlineCalculator.Default);
    private static readonly MemberId Member = MemberId.From("M-0420");
    private static readonly DateTimeZone Hanoi = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private static DeadlineMonitor MonitorAt(LocalDate today) =>
        DeadlineMonitor.Create(new FixedClock(today.At(new LocalTime(9, 0)).InZoneLeniently(Hanoi).ToInstant()), Hanoi, WorkingCalendar.Default, RuleDuration.Of(3, RuleDurationUnit.WorkingDays));

    [Fact]
    public void Prosecution_NotifyWithinThreeCalendarDays_EndingAfterTheMayHolidays()
    {
        // R-D4 i1, R-W1: 3 "ngày" are calendar days; 28/4/2026 + 3 = 1/5 (holiday) → the next working day, 4/5.
        var obligation = Assert.Single(Rules.For(SynchronizedEventKind.CriminalProcedure, Member, new LocalDate(2026, 4, 28)));
        Assert.Equal("deadline.notify-detention", obligation.Code);
        Assert.Equal(RuleDurationUnit.CalendarDays, obligation.Deadline.Rule.Unit);
        Assert.Equal(new LocalDate(2026, 5, 4), obligation.Deadline.Due);
        Assert.Contains("không chờ", obligation.Duty.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void StateDiscipline_NotifyWithinFiveDays_ThenPartyConsidersWithinThirtyWorkingDaysOfReceipt()
    {
        // R-D4 i3
        var notify = Assert.Single(Rules.For(SynchronizedEventKind.StateSuspensionOrDiscipline, Member, new LocalDate(2026, 3, 2)));
        Assert.Equal(new LocalDate(2026, 3, 9), notify.Deadline.Due); // 7/3 is a Saturday → Monday 9/3
        var consider = Assert.Single(Rules.For(SynchronizedEventKind.StateNoticeReceived, Member, new LocalDate(2026, 2, 10)));
        Assert.Equal(RuleDurationUnit.WorkingDays, consider.Deadline.Rule.Unit);
        Assert.Equal(WorkingCalendar.Default.AddWorkingDays(new LocalDate(2026, 2, 10), 30), consider.Deadline.Due);
        Assert.Equal(30, WorkingCalendar.Default.CountWorkingDays(new LocalDate(2026, 2, 10), consider.Deadline.Due));
    }

    [Fact]
    public void PartyDisciplineAnnounced_StateBodiesConsiderWithinThirtyWorkingDays()
    {
        // R-D4 i4
        var obligation = Assert.Single(Rules.For(SynchronizedEventKind.PartyDisciplineAnnounced, Member, new LocalDate(2026, 8, 25)));
        Assert.Equal("deadline.consider-state-discipline", obligation.Code);
        Assert.Equal(RuleSetId.From("CTHD-KL34-QN-2022"), obligation.Deadline.Rule.Citation.RuleSetId); // a provincial programme, unverified
        Assert.False(obligation.Deadline.Rule.Citation.Verified);
    }

    [Fact]
    public void Status_FollowsTheInjectedClock()
    {
        // R-D4, R-W5
        var obligation = Rules.For(SynchronizedEventKind.CriminalProcedure, Member, new LocalDate(2026, 4, 28))[0];
        Assert.Equal(DeadlineStatus.NotDue, obligation.StatusOn(MonitorAt(new LocalDate(2026, 4, 20))));
        Assert.Equal(DeadlineStatus.DueToday, obligation.StatusOn(MonitorAt(new LocalDate(2026, 5, 4))));
        Assert.Equal(DeadlineStatus.Overdue, obligation.StatusOn(MonitorAt(new LocalDate(2026, 5, 5))));
        Assert.Equal(DeadlineStatus.MetOnTime, obligation.StatusOn(MonitorAt(new LocalDate(2026, 6, 1)), completedOn: new LocalDate(2026, 4, 30)));
        Assert.Equal(DeadlineStatus.MetLate, obligation.StatusOn(MonitorAt(new LocalDate(2026, 6, 1)), completedOn: new LocalDate(2026, 5, 6)));
    }

    [Fact]
    public void ObligationsOfEachEvent_Golden()
    {
        // R-D4
        var events = new[]
        {
            (SynchronizedEventKind.CriminalProcedure, Member, new LocalDate(2026, 4, 28)),
            (SynchronizedEventKind.StateSuspensionOrDiscipline, Member, new LocalDate(2026, 3, 2)),
            (SynchronizedEventKind.StateNoticeReceived, Member, new LocalDate(2026, 2, 10)),
            (SynchronizedEventKind.PartyDisciplineAnnounced, Member, new LocalDate(2026, 8, 25)),
        };
        Approvals.Verify(SynchronizedObligationRules.Describe(events.SelectMany(e => Rules.For(e.Item1, e.Item2, e.Item3))), "SynchronisedObligations");
    }
}
