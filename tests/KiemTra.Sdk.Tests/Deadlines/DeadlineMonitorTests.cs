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
        DeadlineRule.Create("t", DeadlineUnit.WorkingDays, 30, LocalizedText.Of("ngày nhận thông báo", "receipt"), RuleCitation.Of("SEED-001", "Seed 001", "§2.2(4)", true)),
        new LocalDate(2026, 2, 13));

    private static DeadlineMonitor At(LocalDateTime local, DueSoonWindow window)
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
        var monitor = At(new LocalDateTime(year, month, day, 10, 0), DueSoonWindow.WorkingDays(5));
        Assert.Equal(expected, monitor.StatusOf(Deadline));
    }

    [Fact]
    public void StatusOf_CalendarDayWindow_CountsEveryDay()
    {
        // R-W5
        Assert.Equal(DeadlineStatus.NotDue, At(new LocalDateTime(2026, 3, 30, 9, 0), DueSoonWindow.CalendarDays(3)).StatusOf(Deadline));
        Assert.Equal(DeadlineStatus.DueSoon, At(new LocalDateTime(2026, 3, 31, 9, 0), DueSoonWindow.CalendarDays(3)).StatusOf(Deadline));
    }

    [Fact]
    public void StatusOf_UsesTheZonesDate_NotUtc()
    {
        // R-W5: 3/4/2026 23:30 UTC is already 4/4 06:30 in Hà Nội: overdue.
        var monitor = DeadlineMonitor.Create(new FixedClock(Instant.FromUtc(2026, 4, 3, 23, 30)), HoChiMinh, WorkingCalendar.Default, DueSoonWindow.WorkingDays(0));
        Assert.Equal(new LocalDate(2026, 4, 4), monitor.Today);
        Assert.Equal(DeadlineStatus.Overdue, monitor.StatusOf(Deadline));
    }

    [Fact]
    public void StatusOf_Completed_IsMetOnTimeOrLate()
    {
        // R-W5: completion on the due date is on time; the day after is late, whatever the clock says.
        var monitor = At(new LocalDateTime(2026, 5, 1, 9, 0), DueSoonWindow.WorkingDays(3));
        Assert.Equal(DeadlineStatus.MetOnTime, monitor.StatusOf(Deadline, new LocalDate(2026, 4, 3)));
        Assert.Equal(DeadlineStatus.MetLate, monitor.StatusOf(Deadline, new LocalDate(2026, 4, 6)));
        Assert.Throws<ArgumentOutOfRangeException>(() => monitor.StatusOf(Deadline, new LocalDate(2026, 2, 1)));
    }

    [Fact]
    public void Window_RejectsNegative()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DueSoonWindow.WorkingDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DueSoonWindow.CalendarDays(-1));
    }
}
