using System.Globalization;
using System.Text;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.FollowUp;
using NodaTime;

namespace KiemTra.DeadlineWorker;

/// <summary>What is due soon or overdue (<i>việc sắp đến hạn, quá hạn</i>) on one morning.</summary>
/// <param name="Date">The day of the report (in the configured zone).</param>
/// <param name="Entries">Overdue first (most days late first), then due today, then due soon by due date.</param>
public sealed record DeadlineDigest(LocalDate Date, IReadOnlyList<DigestEntry> Entries)
{
    /// <summary>Builds the digest for the monitor's today.</summary>
    public static DeadlineDigest Build(TrackedItems items, DeadlineMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(monitor);
        var today = monitor.Today;
        var obligations = items.Obligations.Select(o =>
        {
            var status = monitor.StatusOf(o.Deadline, o.CompletedOn);
            return new DigestEntry(DigestKind.Obligation, o.Id, o.Title, o.Deadline.Due, status, status == DeadlineStatus.Overdue ? Period.Between(o.Deadline.Due, today, PeriodUnits.Days).Days : 0);
        });
        var report = FollowUpReport.Of(items.FollowUps, monitor);
        var followUps = report.Recommendations.Select(r =>
            new DigestEntry(DigestKind.FollowUp, r.Id.Value, r.Content, r.Deadline.Due, report.StatusOf(r), report.StatusOf(r) == DeadlineStatus.Overdue ? r.DaysLate(report.AsOf) : 0));
        var entries = obligations.Concat(followUps)
            .Where(e => e.Status is DeadlineStatus.Overdue or DeadlineStatus.DueToday or DeadlineStatus.DueSoon)
            .OrderBy(e => e.Status switch { DeadlineStatus.Overdue => 0, DeadlineStatus.DueToday => 1, _ => 2 })
            .ThenByDescending(e => e.DaysLate)
            .ThenBy(e => e.Due)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        return new DeadlineDigest(today, entries);
    }

    /// <summary>The digest as text, one line per entry (Vietnamese with English status names).</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Thời hạn ngày {KiemTra.Sdk.Formatting.TextFormat.Date(Date)} / deadlines on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(Date)}: {Entries.Count} việc / items");
        foreach (var e in Entries)
        {
            text.AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"  [{e.Status}{(e.DaysLate > 0 ? $" +{e.DaysLate}d" : string.Empty)}] {KiemTra.Sdk.Formatting.TextFormat.IsoDate(e.Due)} {e.Kind} {e.Id}: {e.Title}");
        }

        return text.ToString();
    }
}

/// <summary>The kind of a digest entry.</summary>
public enum DigestKind
{
    /// <summary>An obligation (<i>nghĩa vụ</i>).</summary>
    Obligation,

    /// <summary>A followed-up recommendation (<i>kiến nghị theo dõi</i>).</summary>
    FollowUp,
}

/// <summary>One item in the digest.</summary>
/// <param name="Kind">Obligation or follow-up.</param>
/// <param name="Id">Id.</param>
/// <param name="Title">What it is.</param>
/// <param name="Due">Due date.</param>
/// <param name="Status">Due soon, due today or overdue.</param>
/// <param name="DaysLate">Calendar days past due (overdue only).</param>
public sealed record DigestEntry(DigestKind Kind, string Id, string Title, LocalDate Due, DeadlineStatus Status, int DaysLate);
