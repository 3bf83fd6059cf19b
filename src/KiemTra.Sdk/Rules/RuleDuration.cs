namespace KiemTra.Sdk.Rules;

/// <summary>
/// A time limit with its unit stated explicitly (<i>thời hạn</i>), e.g. 30 working days or 12 months.
/// </summary>
public readonly record struct RuleDuration
{
    private RuleDuration(int amount, RuleDurationUnit unit)
    {
        Amount = amount;
        Unit = unit;
    }

    /// <summary>The number of units (positive).</summary>
    public int Amount { get; }

    /// <summary>The unit of <see cref="Amount"/>.</summary>
    public RuleDurationUnit Unit { get; }

    /// <summary>Creates a duration.</summary>
    /// <param name="amount">A positive number of units.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive, or <paramref name="unit"/> is not a defined unit.</exception>
    public static RuleDuration Of(int amount, RuleDurationUnit unit)
    {
        if (amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"A rule duration must be positive; got {amount}.");
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, $"Unknown duration unit {(int)unit}.");
        }

        return new RuleDuration(amount, unit);
    }

    /// <summary>Returns e.g. "30 working days".</summary>
    public override string ToString() => Unit switch
    {
        RuleDurationUnit.CalendarDays => $"{Amount} days",
        RuleDurationUnit.WorkingDays => $"{Amount} working days",
        RuleDurationUnit.Months => $"{Amount} months",
        _ => $"{Amount} years",
    };

    /// <summary>Returns e.g. "30 ngày làm việc".</summary>
    public string ToVietnamese() => Unit switch
    {
        RuleDurationUnit.CalendarDays => $"{Amount} ngày",
        RuleDurationUnit.WorkingDays => $"{Amount} ngày làm việc",
        RuleDurationUnit.Months => $"{Amount} tháng",
        _ => $"{Amount} năm",
    };
}
