using System.Collections.Immutable;

namespace KiemTra.Sdk.Rules;

/// <summary>
/// The typed value of a rule entry (<i>giá trị quy định</i>): a duration, an integer, an integer range,
/// a boolean, an ordered list of codes, or the mark that the rule was repealed.
/// </summary>
public sealed class RuleValue : IEquatable<RuleValue>
{
    private readonly RuleDuration _duration;
    private readonly int _integer;
    private readonly IntegerRange _range;
    private readonly bool _boolean;
    private readonly ImmutableArray<string> _codes;

    private RuleValue(RuleValueKind kind, RuleDuration duration = default, int integer = 0, IntegerRange range = default, bool boolean = false, ImmutableArray<string> codes = default)
    {
        Kind = kind;
        _duration = duration;
        _integer = integer;
        _range = range;
        _boolean = boolean;
        _codes = codes.IsDefault ? ImmutableArray<string>.Empty : codes;
    }

    /// <summary>The value meaning "this rule was repealed".</summary>
    public static RuleValue Repealed { get; } = new(RuleValueKind.Repealed);

    /// <summary>Whether the value is the mark that the rule was repealed (<i>bãi bỏ</i>) by a later rule set.</summary>
    public bool IsRepealed => Kind == RuleValueKind.Repealed;

    /// <summary>The kind of value, for the core's own checks.</summary>
    internal RuleValueKind Kind { get; }

    /// <summary>Creates a duration value.</summary>
    public static RuleValue OfDuration(RuleDuration duration) => new(RuleValueKind.Duration, duration: duration);

    /// <summary>Creates an integer value.</summary>
    public static RuleValue OfInteger(int value) => new(RuleValueKind.Integer, integer: value);

    /// <summary>Creates an integer-range value: the whole numbers from <paramref name="min"/> to <paramref name="max"/>, both included (e.g. a commission of 11–13 members).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than <paramref name="min"/>.</exception>
    public static RuleValue OfRange(int min, int max) => new(RuleValueKind.IntegerRange, range: IntegerRange.Of(min, max));

    /// <summary>Creates a boolean value.</summary>
    public static RuleValue OfBoolean(bool value) => new(RuleValueKind.Boolean, boolean: value);

    /// <summary>Creates an ordered list of codes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null.</exception>
    /// <exception cref="ArgumentException">A code is empty or repeated.</exception>
    public static RuleValue OfCodes(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var list = codes.ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in list)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                throw new ArgumentException("A code in a rule value must not be empty.", nameof(codes));
            }

            if (!seen.Add(code))
            {
                throw new ArgumentException($"The code '{code}' appears twice in a rule value.", nameof(codes));
            }
        }

        return new RuleValue(RuleValueKind.Codes, codes: list);
    }

    /// <summary>The duration.</summary>
    /// <exception cref="InvalidOperationException">The value is not a duration.</exception>
    public RuleDuration AsDuration() => Expect(RuleValueKind.Duration)._duration;

    /// <summary>The integer.</summary>
    /// <exception cref="InvalidOperationException">The value is not an integer.</exception>
    public int AsInteger() => Expect(RuleValueKind.Integer)._integer;

    /// <summary>The integer range.</summary>
    /// <exception cref="InvalidOperationException">The value is not an integer range.</exception>
    public (int Min, int Max) AsRange() => (Range.Min, Range.Max);

    /// <summary>The integer range, for the core's own checks.</summary>
    internal IntegerRange Range => Expect(RuleValueKind.IntegerRange)._range;

    /// <summary>The boolean.</summary>
    /// <exception cref="InvalidOperationException">The value is not a boolean.</exception>
    public bool AsBoolean() => Expect(RuleValueKind.Boolean)._boolean;

    /// <summary>The ordered codes.</summary>
    /// <exception cref="InvalidOperationException">The value is not a list of codes.</exception>
    public ImmutableArray<string> AsCodes() => Expect(RuleValueKind.Codes)._codes;

    /// <summary>Gets the duration, when the value is one.</summary>
    /// <param name="duration">The duration, or <c>default</c> when the value is not a duration.</param>
    /// <returns>Whether the value is a duration.</returns>
    public bool TryGetDuration(out RuleDuration duration)
    {
        duration = Kind == RuleValueKind.Duration ? _duration : default;
        return Kind == RuleValueKind.Duration;
    }

    /// <summary>Gets the integer, when the value is one.</summary>
    /// <param name="value">The integer, or 0 when the value is not an integer.</param>
    /// <returns>Whether the value is an integer.</returns>
    public bool TryGetInteger(out int value)
    {
        value = Kind == RuleValueKind.Integer ? _integer : 0;
        return Kind == RuleValueKind.Integer;
    }

    /// <summary>Gets the integer range, when the value is one.</summary>
    /// <param name="min">The smallest whole number of the range, or 0 when the value is not a range.</param>
    /// <param name="max">The largest whole number of the range (included), or 0 when the value is not a range.</param>
    /// <returns>Whether the value is an integer range.</returns>
    public bool TryGetRange(out int min, out int max)
    {
        (min, max) = Kind == RuleValueKind.IntegerRange ? (_range.Min, _range.Max) : (0, 0);
        return Kind == RuleValueKind.IntegerRange;
    }

    /// <summary>Gets the boolean, when the value is one.</summary>
    /// <param name="value">The boolean, or false when the value is not a boolean.</param>
    /// <returns>Whether the value is a boolean.</returns>
    public bool TryGetBoolean(out bool value)
    {
        value = Kind == RuleValueKind.Boolean && _boolean;
        return Kind == RuleValueKind.Boolean;
    }

    /// <summary>Gets the ordered codes, when the value is a list of codes.</summary>
    /// <param name="codes">The codes, or an empty array when the value is not a list of codes.</param>
    /// <returns>Whether the value is a list of codes.</returns>
    public bool TryGetCodes(out ImmutableArray<string> codes)
    {
        codes = Kind == RuleValueKind.Codes ? _codes : ImmutableArray<string>.Empty;
        return Kind == RuleValueKind.Codes;
    }

    /// <inheritdoc />
    public bool Equals(RuleValue? other) => other is not null && Kind == other.Kind && Kind switch
    {
        RuleValueKind.Duration => _duration == other._duration,
        RuleValueKind.Integer => _integer == other._integer,
        RuleValueKind.IntegerRange => _range == other._range,
        RuleValueKind.Boolean => _boolean == other._boolean,
        RuleValueKind.Codes => _codes.SequenceEqual(other._codes, StringComparer.Ordinal),
        _ => true,
    };

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _duration, _integer, _range, _boolean, _codes.Length);

    /// <summary>Returns the value as text, e.g. "30 working days", "11–13", "true", "[reprimand, warning]".</summary>
    public override string ToString() => Kind switch
    {
        RuleValueKind.Duration => _duration.ToString(),
        RuleValueKind.Integer => _integer.ToString(System.Globalization.CultureInfo.InvariantCulture),
        RuleValueKind.IntegerRange => _range.ToString(),
        RuleValueKind.Boolean => _boolean ? "true" : "false",
        RuleValueKind.Codes => "[" + string.Join(", ", _codes) + "]",
        _ => "repealed",
    };

    private RuleValue Expect(RuleValueKind kind)
    {
        if (Kind != kind)
        {
            throw new InvalidOperationException($"The rule value is a {Kind}, not a {kind}: {this}.");
        }

        return this;
    }
}
