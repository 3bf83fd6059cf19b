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

    /// <summary>The kind of value.</summary>
    public RuleValueKind Kind { get; }

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
