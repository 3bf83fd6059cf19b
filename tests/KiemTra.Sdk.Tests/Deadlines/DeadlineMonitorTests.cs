using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Deadlines;

/// <summary>R-W5: deadline status against an injected clock in Asia/Ho_Chi_Minh.</summary>
public class DeadlineMonitorTests
{
    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    // Fri 13/2/2026 + 30 working days = Fri 3/4/2026.
    private static readonly Deadline Deadline = DeadlineCalculator.Default.Calculate(
        DeadlineRule.Create("t", RuleDurationUnit.WorkingDays, 30, LocalizedText.Of("ngày nhận thông báo", "receipt"), RuleCitation.Of(RuleSetId.From("SEED-001"), "Seed 001", "§2.2(4)", true)),
        new LocalDate(2026, 2, 13));

    private static DeadlineMonitor At(LocalDateTime local, RuleDuration? window)
        => DeadlineMonitor.Create(new FixedClock(local.InZoneStrictly(HoChiMinh).ToInstant()), HoChiMinh, WorkingCalendar.Default, window);

    [Theory]
    [InlineData(2026, 3, 26, DeadlineStatus.NotDue)]
    [InlineData(2026, 3, 29, DeadlineStatus.DueSoon)]
    [InlineData(2026, 3, 31, DeadlineStatus.DueSoon)]
    [InlineData(2026, 4, 3, DeadlineStatus.DueToday)]
    [InlineData(2026, 4, 4, DeadlineStatus.Overdue)]
    public void StatusOf_Pending_FollowsTheWorkingDayWindow(int year, int month, int day, DeadlineStatus expected)
    {
        // R-W5: window of 5 working days: from Fri 27/3 (5 working days left: 30/3–3/4) the deadline is due soon.
        var monitor = At(new LocalDateTime(year, month, day, 10, 0), RuleDuration.Of(5, RuleDurationUnit.WorkingDays));
        Assert.Equal(expected, monitor.StatusOf(Deadline));
    }

    [Fact]
    public void StatusOf_CalendarDayWindow_CountsEveryDay()
    {
        // R-W5
        Assert.Equal(DeadlineStatus.NotDue, At(new LocalDateTime(2026, 3, 30, 9, 0), RuleDuration.Of(3, RuleDurationUnit.CalendarDays)).StatusOf(Deadline));
        Assert.Equal(DeadlineStatus.DueSoon, At(new LocalDateTime(2026, 3, 31, 9, 0), RuleDuration.Of(3, RuleDurationUnit.CalendarDays)).StatusOf(Deadline));
    }

    [Fact]
    public void StatusOf_UsesTheZonesDate_NotUtc()
    {
        // R-W5: 3/4/2026 23:30 UTC is already 4/4 06:30 in Hà Nội: overdue.
        var monitor = DeadlineMonitor.Create(new FixedClock(Instant.FromUtc(2026, 4, 3, 23, 30)), HoChiMinh, WorkingCalendar.Default, null);
        Assert.Equal(new LocalDate(2026, 4, 4), monitor.Today);
        Assert.Equal(DeadlineStatus.Overdue, monitor.StatusOf(Deadline));
    }

    [Fact]
    public void StatusOf_Completed_IsMetOnTimeOrLate()
    {
        // R-W5: completion on the due date is on time; the day after is late, whatever the clock says.
        var monitor = At(new LocalDateTime(2026, 5, 1, 9, 0), RuleDuration.Of(3, RuleDurationUnit.WorkingDays));
        Assert.Equal(DeadlineStatus.MetOnTime, monitor.StatusOf(Deadline, new LocalDate(2026, 4, 3)));
        Assert.Equal(DeadlineStatus.MetLate, monitor.StatusOf(Deadline, new LocalDate(2026, 4, 6)));
        Assert.Throws<ArgumentOutOfRangeException>(() => monitor.StatusOf(Deadline, new LocalDate(2026, 2, 1)));
    }

    [Fact]
    public void StatusOf_MonthWindow_CountsToTheSameDayOfTheMonth()
    {
        // R-W5: due Fri 3/4/2026; with a window of 1 month it is due soon from 3/3 (3/3 + 1 month = 3/4), not on 2/3.
        Assert.Equal(DeadlineStatus.NotDue, At(new LocalDateTime(2026, 3, 2, 9, 0), RuleDuration.Of(1, RuleDurationUnit.Months)).StatusOf(Deadline));
        Assert.Equal(DeadlineStatus.DueSoon, At(new LocalDateTime(2026, 3, 3, 9, 0), RuleDuration.Of(1, RuleDurationUnit.Months)).StatusOf(Deadline));
    }

    [Fact]
    public void StatusOf_NoWindow_IsNeverDueSoon()
    {
        // R-W5: without a window the day before the due date is still not due; the due date itself is due today.
        Assert.Equal(DeadlineStatus.NotDue, At(new LocalDateTime(2026, 4, 2, 9, 0), null).StatusOf(Deadline));
        Assert.Equal(DeadlineStatus.DueToday, At(new LocalDateTime(2026, 4, 3, 9, 0), null).StatusOf(Deadline));
    }

    [Fact]
    public void Window_RejectsNonPositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleDuration.Of(-1, RuleDurationUnit.WorkingDays));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleDuration.Of(0, RuleDurationUnit.CalendarDays));
    }
}
