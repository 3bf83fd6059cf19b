using KiemTra.Sdk.Deadlines;
using NodaTime;

namespace KiemTra.Sdk.FollowUp;

/// <summary>
/// The immutable register of conclusions and recommendations being followed up (<i>sổ theo dõi thực hiện kết luận, kiến nghị</i>).
/// </summary>
public sealed class FollowUpRegister
{
    private readonly Recommendation[] _items;

    private FollowUpRegister(Recommendation[] items) => _items = items;

    /// <summary>A register of recommendations already checked for unique ids (the register of the work builds it once).</summary>
    internal static FollowUpRegister Of(Recommendation[] items) => new(items);

    /// <summary>The empty register.</summary>
    public static FollowUpRegister Empty { get; } = new([]);

    /// <summary>The recommendations, in the order added.</summary>
    public IReadOnlyList<Recommendation> Recommendations => _items;

    /// <summary>Returns the register with a recommendation added.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="recommendation"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The id is already used.</exception>
    public FollowUpRegister Add(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        if (_items.Any(r => r.Id == recommendation.Id))
        {
            throw new InvalidOperationException($"Recommendation {recommendation.Id} is already in the register.");
        }

        return new FollowUpRegister([.. _items, recommendation]);
    }

    /// <summary>Returns the register with a recommendation marked completed.</summary>
    /// <exception cref="KeyNotFoundException">No recommendation has that id.</exception>
    /// <exception cref="InvalidOperationException">It is already completed.</exception>
    /// <exception cref="ArgumentException">The date precedes its issue.</exception>
    public FollowUpRegister Complete(string id, LocalDate on)
    {
        var index = Array.FindIndex(_items, r => r.Id == id);
        if (index < 0)
        {
            throw new KeyNotFoundException($"No recommendation '{id}' in the register.");
        }

        var items = (Recommendation[])_items.Clone();
        items[index] = items[index].Complete(on);
        return new FollowUpRegister(items);
    }

    /// <summary>The status of every recommendation on the monitor's date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="monitor"/> is null.</exception>
    public FollowUpReport Report(DeadlineMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        var today = monitor.Today;
        var items = _items
            .Select(r =>
            {
                var status = monitor.StatusOf(r.Deadline, r.CompletedOn);
                var end = r.CompletedOn ?? today;
                var late = end > r.Deadline.Due ? Period.Between(r.Deadline.Due, end, PeriodUnits.Days).Days : 0;
                return new FollowUpItem(r, status, late);
            })
            .OrderBy(i => i.Recommendation.Deadline.Due)
            .ThenBy(i => i.Recommendation.Id, StringComparer.Ordinal)
            .ToArray();
        return new FollowUpReport(today, items);
    }
}
