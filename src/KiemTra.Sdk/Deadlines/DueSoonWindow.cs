namespace KiemTra.Sdk.Deadlines;

/// <summary>
/// How early a pending deadline counts as due soon (<i>khoảng cảnh báo sắp đến hạn</i>): a deadline is
/// <see cref="DeadlineStatus.DueSoon"/> when its due date is after today and at most <see cref="Count"/> working days
/// (or calendar days) after today. With <c>WorkingDays(3)</c>, a deadline due on Thursday is due soon from Monday.
/// </summary>
public readonly record struct DueSoonWindow
{
    private DueSoonWindow(int count, bool workingDays)
    {
        Count = count;
        IsWorkingDays = workingDays;
    }

    /// <summary>The size of the window (0: never due soon).</summary>
    public int Count { get; }

    /// <summary>Whether <see cref="Count"/> is in working days (otherwise calendar days).</summary>
    public bool IsWorkingDays { get; }

    /// <summary>A window of <paramref name="count"/> working days.</summary>
    /// <param name="count">0 or more.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static DueSoonWindow WorkingDays(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new DueSoonWindow(count, true);
    }

    /// <summary>A window of <paramref name="count"/> calendar days.</summary>
    /// <param name="count">0 or more.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static DueSoonWindow CalendarDays(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new DueSoonWindow(count, false);
    }
}
