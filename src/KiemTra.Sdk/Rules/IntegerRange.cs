namespace KiemTra.Sdk.Rules;

/// <summary>An inclusive range of whole numbers in a rule (<i>khoảng số</i>), e.g. a commission of 11–13 members.</summary>
internal readonly record struct IntegerRange
{
    private IntegerRange(int min, int max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>The smallest allowed value (inclusive).</summary>
    public int Min { get; }

    /// <summary>The largest allowed value (inclusive).</summary>
    public int Max { get; }

    /// <summary>Creates a range.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than <paramref name="min"/>.</exception>
    public static IntegerRange Of(int min, int max)
    {
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"The range maximum {max} is less than its minimum {min}.");
        }

        return new IntegerRange(min, max);
    }

    /// <summary>Whether <paramref name="value"/> lies within the range.</summary>
    public bool Contains(int value) => value >= Min && value <= Max;

    /// <summary>Returns "min–max".</summary>
    public override string ToString() => Min == Max ? Min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Min}–{Max}";
}
