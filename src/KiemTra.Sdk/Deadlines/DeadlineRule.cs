using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Deadlines;

/// <summary>
/// A time limit (<i>thời hạn</i>): a count in an explicit unit, counted from an anchor event ("kể từ ngày …"), with the
/// rule it comes from. E.g. "30 working days from receipt of the notice".
/// </summary>
public sealed record DeadlineRule
{
    /// <summary>The largest count accepted (a guard against typos such as 3000 for 30).</summary>
    public const int MaxCount = 1000;

    private DeadlineRule(string id, RuleDurationUnit unit, int count, LocalizedText anchorEvent, RuleCitation citation)
    {
        Id = id;
        Unit = unit;
        Count = count;
        AnchorEvent = anchorEvent;
        Citation = citation;
    }

    /// <summary>Stable id of the rule, e.g. <c>discipline-after-state-notice</c>.</summary>
    public string Id { get; }

    /// <summary>The unit of <see cref="Count"/>.</summary>
    public RuleDurationUnit Unit { get; }

    /// <summary>How many units, 1 or more.</summary>
    public int Count { get; }

    /// <summary>The event the limit is counted from, e.g. "ngày nhận được thông báo / the day the notice is received".</summary>
    public LocalizedText AnchorEvent { get; }

    /// <summary>Where the limit comes from.</summary>
    public RuleCitation Citation { get; }

    /// <summary>Creates a rule.</summary>
    /// <param name="id">Stable id; not empty.</param>
    /// <param name="unit">The unit (calendar days, working days, months, years).</param>
    /// <param name="count">1 to <see cref="MaxCount"/>.</param>
    /// <param name="anchorEvent">The event counted from.</param>
    /// <param name="citation">The source of the limit.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or <paramref name="unit"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is outside 1–<see cref="MaxCount"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="anchorEvent"/> or <paramref name="citation"/> is null.</exception>
    public static DeadlineRule Create(string id, RuleDurationUnit unit, int count, LocalizedText anchorEvent, RuleCitation citation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentException($"Unknown deadline unit {(int)unit}.", nameof(unit));
        }

        if (count is < 1 or > MaxCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"A time limit counts 1 to {MaxCount} units; got {count}.");
        }

        ArgumentNullException.ThrowIfNull(anchorEvent);
        ArgumentNullException.ThrowIfNull(citation);
        return new DeadlineRule(id, unit, count, anchorEvent, citation);
    }

    /// <summary>Returns e.g. "30 ngày làm việc kể từ ngày nhận được thông báo (Quy định …)".</summary>
    public override string ToString() => $"{Count} {UnitText(Unit, Count).Vietnamese} kể từ {AnchorEvent.Vietnamese} ({Citation.Text.Vietnamese})";

    internal static LocalizedText UnitText(RuleDurationUnit unit, int count) => unit switch
    {
        RuleDurationUnit.WorkingDays => LocalizedText.Of("ngày làm việc", count == 1 ? "working day" : "working days"),
        RuleDurationUnit.Months => LocalizedText.Of("tháng", count == 1 ? "month" : "months"),
        RuleDurationUnit.Years => LocalizedText.Of("năm", count == 1 ? "year" : "years"),
        _ => LocalizedText.Of("ngày", count == 1 ? "day" : "days"),
    };
}
