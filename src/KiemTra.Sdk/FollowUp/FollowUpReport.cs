using System.Globalization;
using System.Text;
using KiemTra.Sdk.Deadlines;
using NodaTime;

namespace KiemTra.Sdk.FollowUp;

/// <summary>
/// The state of the recommendations being followed up on a date (<i>theo dõi, đôn đốc thực hiện kết luận, kiến nghị</i>):
/// each recommendation's deadline status and days late, counts by status, the share completed on time, and the chase list
/// (overdue first, then due today and due soon). It is computed from the recommendations the register records
/// (<see cref="Register.WorkRegister.Recommendations"/>), never kept as a second register.
/// </summary>
/// <example>
/// <code>
/// var report = FollowUpReport.Of(register.Recommendations, monitor);
/// foreach (var r in report.ChaseList) { Console.WriteLine($"{r.Id} {report.StatusOf(r)} {r.DaysLate(report.AsOf)}"); }
/// </code>
/// </example>
public sealed class FollowUpReport
{
    private readonly FollowUpItem[] _items;
    private readonly Dictionary<Recommendation, DeadlineStatus> _status;

    private FollowUpReport(LocalDate asOf, FollowUpItem[] items)
    {
        AsOf = asOf;
        _items = items;
        _status = new Dictionary<Recommendation, DeadlineStatus>();
        foreach (var item in items)
        {
            _status.TryAdd(item.Recommendation, item.Status);
        }

        Recommendations = [.. items.Select(i => i.Recommendation)];
        ChaseList = [.. items
            .Where(i => i.Status is DeadlineStatus.Overdue or DeadlineStatus.DueToday or DeadlineStatus.DueSoon)
            .OrderBy(i => i.Status switch { DeadlineStatus.Overdue => 0, DeadlineStatus.DueToday => 1, _ => 2 })
            .ThenByDescending(i => i.DaysLate)
            .ThenBy(i => i.Recommendation.Deadline.Due)
            .ThenBy(i => i.Recommendation.Id)
            .Select(i => i.Recommendation)];
    }

    /// <summary>The date of the report (the monitor's today when it was made).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Every recommendation followed up, in due-date order (then by id).</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; }

    /// <summary>What to chase (<i>danh sách đôn đốc</i>): overdue (longest late first), then due today, then due soon.</summary>
    public IReadOnlyList<Recommendation> ChaseList { get; }

    /// <summary>
    /// Issued (<i>số kiến nghị đã ban hành</i>): every recommendation followed up, the count of
    /// <see cref="Recommendations"/>. The five figures of the follow-up table add up:
    /// <see cref="Issued"/> = <see cref="MetOnTime"/> + <see cref="MetLate"/> + <see cref="Overdue"/> + <see cref="NotYetDue"/>.
    /// </summary>
    public int Issued => _items.Length;

    /// <summary>Carried out by the due date (<i>đã thực hiện đúng hạn</i>): <see cref="DeadlineStatus.MetOnTime"/>.</summary>
    public int MetOnTime => Count(DeadlineStatus.MetOnTime);

    /// <summary>Carried out after the due date (<i>đã thực hiện quá hạn</i>): <see cref="DeadlineStatus.MetLate"/>.</summary>
    public int MetLate => Count(DeadlineStatus.MetLate);

    /// <summary>Not carried out and past the due date (<i>chưa thực hiện, đã quá hạn</i>): <see cref="DeadlineStatus.Overdue"/>.</summary>
    public int Overdue => Count(DeadlineStatus.Overdue);

    /// <summary>
    /// Not carried out and not yet past the due date (<i>chưa thực hiện, chưa đến hạn</i>): <see cref="DeadlineStatus.NotDue"/>,
    /// <see cref="DeadlineStatus.DueSoon"/> and <see cref="DeadlineStatus.DueToday"/> together (due soon is a warning
    /// window, not a different state of the recommendation).
    /// </summary>
    public int NotYetDue => _items.Count(i => i.Status is DeadlineStatus.NotDue or DeadlineStatus.DueSoon or DeadlineStatus.DueToday);

    /// <summary>Completed on time as a share of all recommendations whose deadline has passed or that are completed (0–1), or null when there are none.</summary>
    public decimal? OnTimeRate
    {
        get
        {
            var decided = _items.Count(i => i.Status is DeadlineStatus.MetOnTime or DeadlineStatus.MetLate or DeadlineStatus.Overdue);
            return decided == 0 ? null : (decimal)Count(DeadlineStatus.MetOnTime) / decided;
        }
    }

    /// <summary>
    /// The state of the recommendations on the monitor's today: a recommendation completed after that day is seen as not
    /// yet carried out (a report dated in the past reads the register as it stood then).
    /// </summary>
    /// <param name="recommendations">The recommendations, e.g. <see cref="Register.WorkRegister.Recommendations"/> or a selection of them.</param>
    /// <param name="monitor">The monitor: today, and when a deadline is due soon.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument or a recommendation is null.</exception>
    /// <exception cref="ArgumentException">Two recommendations have the same id (a recommendation is counted once).</exception>
    public static FollowUpReport Of(IEnumerable<Recommendation> recommendations, DeadlineMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(recommendations);
        ArgumentNullException.ThrowIfNull(monitor);
        var today = monitor.Today;
        var items = recommendations
            .Select(r => r is null
                ? throw new ArgumentNullException(nameof(recommendations), "A recommendation is null.")
                : new FollowUpItem(r, monitor.StatusOf(r.Deadline, FollowUpRules.CarriedOutBy(r.CompletedOn, today) ? r.CompletedOn : null), r.DaysLate(today)))
            .OrderBy(i => i.Recommendation.Deadline.Due)
            .ThenBy(i => i.Recommendation.Id)
            .ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(item.Recommendation.Id.Value))
            {
                throw new ArgumentException($"Recommendation '{item.Recommendation.Id}' is given twice; each is counted once.", nameof(recommendations));
            }
        }

        return new FollowUpReport(today, items);
    }

    /// <summary>The deadline status of a recommendation of this report on <see cref="AsOf"/>: not due, due soon, due today, overdue, met on time or met late.</summary>
    /// <param name="recommendation">One of <see cref="Recommendations"/>.</param>
    /// <returns>Its status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recommendation"/> is null.</exception>
    /// <exception cref="ArgumentException">The recommendation is not in this report.</exception>
    public DeadlineStatus StatusOf(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return _status.TryGetValue(recommendation, out var status)
            ? status
            : throw new ArgumentException($"Recommendation {recommendation.Id} is not in this report.", nameof(recommendation));
    }

    /// <summary>Number of recommendations in a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>How many.</returns>
    public int Count(DeadlineStatus status) => _items.Count(i => i.Status == status);

    /// <summary>The report as text: counts, rate, chase list.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Ngày / as of: {KiemTra.Sdk.Formatting.TextFormat.Date(AsOf)}; tổng / total: {Formatting.TextFormat.Integer(_items.Length)}\n");
        foreach (var status in Enum.GetValues<DeadlineStatus>())
        {
            var name = FollowUpNames.Of(status);
            text.Append(CultureInfo.InvariantCulture, $"  {$"{name.Vietnamese} / {name.English}",-46} {Formatting.TextFormat.Integer(Count(status)),5}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Đúng hạn / on time: {(OnTimeRate is { } rate ? Formatting.TextFormat.Percent(rate * 100m) : "—")}\n");
        text.Append("Cần đôn đốc / chase list:\n");
        foreach (var r in ChaseList)
        {
            var daysLate = r.DaysLate(AsOf);
            var late = daysLate > 0 ? $" (trễ {Formatting.TextFormat.Integer(daysLate)} ngày / {Formatting.TextFormat.EnglishInteger(daysLate)} days late)" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"  {FollowUpNames.Of(StatusOf(r)).Vietnamese,-16} {r.Id,-10} {r.Addressee,-14} hạn / due {KiemTra.Sdk.Formatting.TextFormat.Date(r.Deadline.Due)}{late} [{FollowUpNames.Of(r.Source).Vietnamese}, {r.SourceReference}] {r.Content}\n");
        }

        return text.ToString();
    }

    /// <summary>A recommendation with its status and days late on the report's date.</summary>
    private sealed record FollowUpItem(Recommendation Recommendation, DeadlineStatus Status, int DaysLate);
}
