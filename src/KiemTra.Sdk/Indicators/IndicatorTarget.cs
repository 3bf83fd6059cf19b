using System.Globalization;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// The target of an indicator (<i>chỉ tiêu phấn đấu</i>): a value, a comparator and a unit, e.g.
/// "≥ 0.95 percent" for digitised documents.
/// </summary>
public readonly record struct IndicatorTarget
{
    // The value as the fraction _scaled / _scale, so that a unit's numerator/denominator is compared with integer
    // multiplications only (the evaluator does this once per unit): exact for up to six decimal places.
    private readonly long _scaled;
    private readonly long _scale;

    private IndicatorTarget(decimal value, TargetComparator comparator, IndicatorUnit unit)
    {
        Value = value;
        Comparator = comparator;
        Unit = unit;
        var scale = 1L;
        var scaled = value;
        while (decimal.Truncate(scaled) != scaled && scale < 1_000_000L)
        {
            scaled *= 10m;
            scale *= 10L;
        }

        (_scaled, _scale) = decimal.Truncate(scaled) == scaled && scaled <= long.MaxValue / 1_000_000L ? ((long)scaled, scale) : (-1L, 0L);
    }

    /// <summary>The target value; a fraction for <see cref="IndicatorUnit.Percent"/> (1.0 = 100%).</summary>
    public decimal Value { get; }

    /// <summary>How a value is compared with <see cref="Value"/>.</summary>
    public TargetComparator Comparator { get; }

    /// <summary>The unit of the value.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>Creates a target.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The comparator or unit is not defined; a percent is outside 0–1; a count is negative; a boolean is not 0 or 1.</exception>
    public static IndicatorTarget Of(decimal value, TargetComparator comparator, IndicatorUnit unit)
    {
        if (!Enum.IsDefined(comparator))
        {
            throw new ArgumentOutOfRangeException(nameof(comparator), comparator, "Unknown comparator.");
        }

        var ok = unit switch
        {
            IndicatorUnit.Percent => value is >= 0m and <= 1m,
            IndicatorUnit.Count => value >= 0m,
            IndicatorUnit.Boolean => value is 0m or 1m,
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
        };
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"A {unit} target must be {(unit == IndicatorUnit.Percent ? "a fraction from 0 to 1 (1.0 = 100%)" : unit == IndicatorUnit.Count ? "zero or more" : "0 or 1")}.");
        }

        return new IndicatorTarget(value, comparator, unit);
    }

    /// <summary>Whether <paramref name="value"/> meets the target.</summary>
    public bool IsMetBy(decimal value) => Comparator switch
    {
        TargetComparator.AtLeast => value >= Value,
        TargetComparator.AtMost => value <= Value,
        TargetComparator.EqualTo => value == Value,
        TargetComparator.MoreThan => value > Value,
        _ => value < Value,
    };

    /// <summary>Whether <paramref name="numerator"/>/<paramref name="denominator"/> meets the target, compared exactly (no rounding).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is not positive.</exception>
    public bool IsMetBy(long numerator, long denominator)
    {
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The denominator must be positive.");
        }

        if (_scale == 0 || numerator < 0 || numerator > (long.MaxValue / 1_000_000L) || denominator > (long.MaxValue / 1_000_000L))
        {
            return IsMetBy(ValueOf(numerator, denominator));
        }

        // Compare value·scale with scaled, where value is n/d (percent), n (count) or 0/1 (boolean).
        var (left, right) = Unit switch
        {
            IndicatorUnit.Percent => ((Int128)numerator * _scale, (Int128)_scaled * denominator),
            IndicatorUnit.Count => ((Int128)numerator * _scale, (Int128)_scaled),
            _ => ((Int128)(numerator == denominator ? 1 : 0) * _scale, (Int128)_scaled),
        };
        return Comparator switch
        {
            TargetComparator.AtLeast => left >= right,
            TargetComparator.AtMost => left <= right,
            TargetComparator.EqualTo => left == right,
            TargetComparator.MoreThan => left > right,
            _ => left < right,
        };
    }

    /// <summary>The value of <paramref name="numerator"/>/<paramref name="denominator"/> in this target's unit.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is not positive.</exception>
    public decimal ValueOf(long numerator, long denominator)
    {
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The denominator must be positive.");
        }

        return Unit switch
        {
            IndicatorUnit.Percent => (decimal)numerator / denominator,
            IndicatorUnit.Count => numerator,
            _ => numerator == denominator ? 1m : 0m,
        };
    }

    /// <summary>The comparator as written in data: <c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>, <c>&gt;</c> or <c>&lt;</c>.</summary>
    public static string Symbol(TargetComparator comparator) => comparator switch
    {
        TargetComparator.AtLeast => ">=",
        TargetComparator.AtMost => "<=",
        TargetComparator.EqualTo => "=",
        TargetComparator.MoreThan => ">",
        TargetComparator.LessThan => "<",
        _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, "Unknown comparator."),
    };

    /// <summary>
    /// The target as text (<i>chỉ tiêu</i>): Vietnamese "≥ 97,5%", "≥ 1", "= có"; English "≥ 97.5%", "≥ 1", "= yes" —
    /// numbers written by <see cref="Formatting.TextFormat"/>.
    /// </summary>
    public LocalizedText Text
    {
        get
        {
            var symbol = Comparator switch
            {
                TargetComparator.AtLeast => "≥",
                TargetComparator.AtMost => "≤",
                TargetComparator.EqualTo => "=",
                TargetComparator.MoreThan => ">",
                _ => "<",
            };
            var value = FormatText(Value, Unit, decimals: 2);
            return LocalizedText.Of($"{symbol} {value.Vietnamese}", $"{symbol} {value.English}");
        }
    }

    /// <summary>Formats a value in its unit with invariant numbers: "97.5%", "3", "có/yes" (for text use <see cref="FormatText"/>).</summary>
    public static string Format(decimal value, IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => (value * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%",
        IndicatorUnit.Count => value.ToString("0.##", CultureInfo.InvariantCulture),
        _ => value == 1m ? "có/yes" : "không/no",
    };

    /// <summary>
    /// A value in its unit as text, each language with its own number format (<see cref="Formatting.TextFormat"/>):
    /// Vietnamese "97,5%", "1.234", "1,5", "có"; English "97.5%", "1,234", "1.5", "yes".
    /// </summary>
    /// <param name="value">The value (a share 0–1 for <see cref="IndicatorUnit.Percent"/>).</param>
    /// <param name="unit">The unit.</param>
    /// <param name="decimals">At most this many decimals: 1 by default for a percentage, as in "97,5%"; counts show up to 2.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above 6.</exception>
    public static LocalizedText FormatText(decimal value, IndicatorUnit unit, int decimals = 1) => unit switch
    {
        IndicatorUnit.Percent => LocalizedText.Of(Formatting.TextFormat.Percent(value * 100m, decimals), Formatting.TextFormat.EnglishPercent(value * 100m, decimals)),
        IndicatorUnit.Count => LocalizedText.Of(Formatting.TextFormat.Number(value, Math.Max(decimals, 2)), Formatting.TextFormat.EnglishNumber(value, Math.Max(decimals, 2))),
        _ => value == 1m ? LocalizedText.Of("có", "yes") : LocalizedText.Of("không", "no"),
    };

    /// <summary>Returns e.g. "≥ 95%", "≥ 1", "= có/yes" (invariant numbers; for text use <see cref="Text"/>).</summary>
    public override string ToString()
    {
        var symbol = Comparator switch
        {
            TargetComparator.AtLeast => "≥",
            TargetComparator.AtMost => "≤",
            TargetComparator.EqualTo => "=",
            TargetComparator.MoreThan => ">",
            _ => "<",
        };
        var value = Unit switch
        {
            IndicatorUnit.Percent => (Value * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%",
            IndicatorUnit.Count => Value.ToString("0.##", CultureInfo.InvariantCulture),
            _ => Value == 1m ? "có/yes" : "không/no",
        };
        return $"{symbol} {value}";
    }
}
