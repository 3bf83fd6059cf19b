using System.Globalization;
using System.Text;
using KiemTra.Sdk.Deadlines;
using NodaTime;

namespace KiemTra.Sdk.FollowUp;

/// <summary>
/// The state of every tracked recommendation on a date (<i>theo dõi, đôn đốc thực hiện kết luận</i>): counts by status,
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
        text.Append(CultureInfo.InvariantCulture, $"Ngày / as of: {KiemTra.Sdk.Formatting.TextFormat.Date(AsOf)}; tổng / total: {Formatting.TextFormat.Integer(Items.Count)}\n");
        foreach (var status in Enum.GetValues<DeadlineStatus>())
        {
            var name = FollowUpNames.Of(status);
            text.Append(CultureInfo.InvariantCulture, $"  {$"{name.Vietnamese} / {name.English}",-46} {Formatting.TextFormat.Integer(Count(status)),5}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Đúng hạn / on time: {(OnTimeRate is { } rate ? Formatting.TextFormat.Percent(rate * 100m) : "—")}\n");
        text.Append("Cần đôn đốc / chase list:\n");
        foreach (var item in ChaseList)
        {
            var r = item.Recommendation;
            var late = item.DaysLate > 0 ? $" (trễ {Formatting.TextFormat.Integer(item.DaysLate)} ngày / {Formatting.TextFormat.EnglishInteger(item.DaysLate)} days late)" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"  {FollowUpNames.Of(item.Status).Vietnamese,-16} {r.Id,-10} {r.Addressee,-14} hạn / due {KiemTra.Sdk.Formatting.TextFormat.Date(r.Deadline.Due)}{late} [{FollowUpNames.Of(r.Source).Vietnamese}, {r.SourceReference}] {r.Content}\n");
        }

        return text.ToString();
    }
}
