using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// One obligation created by a synchronised event (<i>nghĩa vụ phối hợp</i>): who must do what, by when
/// (with the deadline's trace and citation), and whether it is due, overdue or met.
/// </summary>
public sealed record SynchronizedObligation
{
    internal SynchronizedObligation(string code, SynchronizedEventKind @event, MemberId member, LocalizedText obligor, LocalizedText duty, Deadline deadline)
    {
        Code = code;
        Event = @event;
        Member = member;
        Obligor = obligor;
        Duty = duty;
        Deadline = deadline;
    }

    /// <summary>Stable code, the rule key of its time limit (e.g. <c>deadline.notify-detention</c>).</summary>
    public string Code { get; }

    /// <summary>The event that created it; its date is the deadline's <see cref="Deadlines.Deadline.EventDate"/>.</summary>
    public SynchronizedEventKind Event { get; }

    /// <summary>The member the event concerns.</summary>
    public MemberId Member { get; }

    /// <summary>Who must act.</summary>
    public LocalizedText Obligor { get; }

    /// <summary>What must be done.</summary>
    public LocalizedText Duty { get; }

    /// <summary>The deadline, with due date, provisional flag, trace and citation.</summary>
    public Deadline Deadline { get; }

    /// <summary>The status relative to the monitor's clock.</summary>
    /// <param name="monitor">The deadline monitor (clock, zone, calendar, due-soon window).</param>
    /// <param name="completedOn">When the obligation was met, if it was.</param>
    /// <exception cref="ArgumentNullException"><paramref name="monitor"/> is null.</exception>
    public DeadlineStatus StatusOn(DeadlineMonitor monitor, NodaTime.LocalDate? completedOn = null)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        return monitor.StatusOf(Deadline, completedOn);
    }
}
