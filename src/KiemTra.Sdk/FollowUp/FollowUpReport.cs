using System.Globalization;
using System.Text;
using KiemTra.Sdk.Deadlines;
using NodaTime;

namespace KiemTra.Sdk.FollowUp;

/// <summary>
/// The state of every tracked recommendation on a date (<i>theo dõi, đôn đốc thực hiện kết luận</i>, R-F1): counts by status,
/// the share completed on time, and the chase list (overdue first, then due today and due soon).
/// </summary>
public sealed class FollowUpReport
{
    internal FollowUpReport(LocalDate asOf, IReadOnlyList<FollowUpItem> items)
    {
        AsOf = asOf;
        Items = items;
    }

    /// <summary>The date of the report (the monitor's today).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Every recommendation with its status, in due-date order.</summary>
    public IReadOnlyList<FollowUpItem> Items { get; }

    /// <summary>Number of recommendations in a status.</summary>
    public int Count(DeadlineStatus status) => Items.Count(i => i.Status == status);

    /// <summary>Completed on time as a share of all recommendations whose deadline has passed or that are completed (0–1), or null when there are none.</summary>
    public decimal? OnTimeRate
    {
        get
        {
            var decided = Items.Count(i => i.Status is DeadlineStatus.MetOnTime or DeadlineStatus.MetLate or DeadlineStatus.Overdue);
            return decided == 0 ? null : (decimal)Count(DeadlineStatus.MetOnTime) / decided;
        }
    }

    /// <summary>What to chase (<i>danh sách đôn đốc</i>): overdue (longest late first), then due today, then due soon.</summary>
    public IReadOnlyList<FollowUpItem> ChaseList => Items
        .Where(i => i.Status is DeadlineStatus.Overdue or DeadlineStatus.DueToday or DeadlineStatus.DueSoon)
        .OrderBy(i => i.Status switch { DeadlineStatus.Overdue => 0, DeadlineStatus.DueToday => 1, _ => 2 })
        .ThenByDescending(i => i.DaysLate)
        .ThenBy(i => i.Recommendation.Deadline.Due)
        .ThenBy(i => i.Recommendation.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The report as text: counts, rate, chase list.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Ngày / as of: {KiemTra.Sdk.Formatting.TextFormat.Date(AsOf)}; tổng / total: {Items.Count}\n");
        foreach (var status in Enum.GetValues<DeadlineStatus>())
        {
            text.Append(CultureInfo.InvariantCulture, $"  {status,-10} {Count(status),4}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Đúng hạn / on time: {(OnTimeRate is { } rate ? rate.ToString("P1", CultureInfo.InvariantCulture) : "—")}\n");
        text.Append("Cần đôn đốc / chase list:\n");
        foreach (var item in ChaseList)
        {
            var r = item.Recommendation;
            text.Append(CultureInfo.InvariantCulture, $"  {item.Status,-9} {r.Id,-10} {r.Addressee,-14} hạn / due {KiemTra.Sdk.Formatting.TextFormat.Date(r.Deadline.Due)}{(item.DaysLate > 0 ? $" (trễ / late {item.DaysLate} ngày)" : string.Empty)} [{r.Source}, {r.SourceReference}] {r.Content}\n");
        }

        return text.ToString();
    }
}
