using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Deadlines;

/// <summary>
/// Tracks deadlines against an injected clock in a given time zone (<i>theo dõi thời hạn</i>): today is the clock's
/// current date in the zone (Asia/Ho_Chi_Minh for Vietnam). A deadline ends at the end of its due date.
/// </summary>
/// <remarks>
/// Status, in order: completed on or before the due date → <see cref="DeadlineStatus.MetOnTime"/>, after →
/// <see cref="DeadlineStatus.MetLate"/>; otherwise today after the due date → <see cref="DeadlineStatus.Overdue"/>, on it →
/// <see cref="DeadlineStatus.DueToday"/>, within the due-soon window (<see cref="Window"/>) → <see cref="DeadlineStatus.DueSoon"/>,
/// else <see cref="DeadlineStatus.NotDue"/>.
/// </remarks>
public sealed class DeadlineMonitor
{
    private readonly IClock clock;
    private readonly DateTimeZone zone;
    private readonly WorkingCalendar calendar;

    private DeadlineMonitor(IClock clock, DateTimeZone zone, WorkingCalendar calendar, RuleDuration? window)
    {
        this.clock = clock;
        this.zone = zone;
        this.calendar = calendar;
        Window = window;
    }

    /// <summary>
    /// How early a pending deadline counts as due soon (<i>khoảng cảnh báo sắp đến hạn</i>), or null for never: a
    /// deadline is <see cref="DeadlineStatus.DueSoon"/> when its due date is after today and at most this long after
    /// today. With 3 working days, a deadline due on Thursday is due soon from Monday; with 1 month, one due on 30 April
    /// is due soon from 30 March.
    /// </summary>
    public RuleDuration? Window { get; }

    /// <summary>Creates a monitor.</summary>
    /// <param name="clock">The clock (no implicit "now").</param>
    /// <param name="zone">The zone that decides what "today" is, normally Asia/Ho_Chi_Minh.</param>
    /// <param name="calendar">The working calendar (for windows in working days).</param>
    /// <param name="window">The due-soon window (see <see cref="Window"/>), in calendar days, working days, months or years; null for no due-soon warning.</param>
    /// <returns>The monitor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/>, <paramref name="zone"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is an unset duration (no unit, or no amount).</exception>
    public static DeadlineMonitor Create(IClock clock, DateTimeZone zone, WorkingCalendar calendar, RuleDuration? window)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(calendar);
        if (window is { } w && (!Enum.IsDefined(w.Unit) || w.Amount <= 0))
        {
            throw new ArgumentException($"The due-soon window must be a positive amount of a defined unit (or null for none); got {w.Amount} of unit {(int)w.Unit}.", nameof(window));
        }

        return new DeadlineMonitor(clock, zone, calendar, window);
    }

    /// <summary>
    /// A monitor whose today is a fixed day and that has no due-soon window: the state of deadlines as they stood at the
    /// end of a period (the statistics' cut-off).
    /// </summary>
    /// <param name="day">The day deadlines are seen on.</param>
    /// <returns>The monitor.</returns>
    internal static DeadlineMonitor SeenOn(LocalDate day) =>
        new(new FixedDayClock(day.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant()), DateTimeZone.Utc, WorkingCalendar.Default, null);

    /// <summary>Today's date in the monitor's zone.</summary>
    public LocalDate Today => clock.GetCurrentInstant().InZone(zone).Date;

    /// <summary>The status of <paramref name="deadline"/> today.</summary>
    /// <param name="deadline">The deadline.</param>
    /// <param name="completedOn">The day the action was completed, or null while pending.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="completedOn"/> is before the event, or (for a working-day window) today is outside the calendar's range.
    /// </exception>
    public DeadlineStatus StatusOf(Deadline deadline, LocalDate? completedOn = null)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (completedOn is { } done)
        {
            if (done < deadline.EventDate)
            {
                throw new ArgumentOutOfRangeException(nameof(completedOn), done, $"Completion {done:uuuu-MM-dd} is before the event {deadline.EventDate:uuuu-MM-dd}.");
            }

            return FollowUp.FollowUpRules.CarriedOutBy(done, deadline.Due) ? DeadlineStatus.MetOnTime : DeadlineStatus.MetLate;
        }

        var today = Today;
        if (FollowUp.FollowUpRules.IsOverdue(deadline.Due, completedOn, today))
        {
            return DeadlineStatus.Overdue;
        }

        if (today == deadline.Due)
        {
            return DeadlineStatus.DueToday;
        }

        if (Window is not { } window)
        {
            return DeadlineStatus.NotDue;
        }

        var dueSoon = window.Unit switch
        {
            RuleDurationUnit.WorkingDays => calendar.CountWorkingDays(today, deadline.Due) <= window.Amount,
            RuleDurationUnit.Months => deadline.Due <= today.PlusMonths(window.Amount),
            RuleDurationUnit.Years => deadline.Due <= today.PlusYears(window.Amount),
            _ => deadline.Due <= today.PlusDays(window.Amount),
        };
        return dueSoon ? DeadlineStatus.DueSoon : DeadlineStatus.NotDue;
    }

    /// <summary>A clock stopped at one instant.</summary>
    private sealed class FixedDayClock(Instant instant) : IClock
    {
        public Instant GetCurrentInstant() => instant;
    }
}
