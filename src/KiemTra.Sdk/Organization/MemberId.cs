namespace KiemTra.Sdk.Organization;

/// <summary>
/// Identifier of a party member (<i>mã đảng viên</i>) within a dataset. It is an opaque key,
/// not a party card number or any other personal datum, so that data sets can be shared
/// without identifying people.
/// </summary>
public readonly record struct MemberId : IComparable<MemberId>
{
    /// <summary>The longest identifier accepted, in characters.</summary>
    public const int MaxLength = 64;

    private readonly string? _value;

    private MemberId(string value) => _value = value;

    /// <summary>The identifier text (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">1–64 characters: letters, digits, '.', '-' or '_'.</param>
    /// <exception cref="ArgumentException">The value is empty, too long or has another character.</exception>
    public static MemberId From(string value) => new(InputRules.Validate(value, nameof(value), "member id"));

    /// <inheritdoc />
    public int CompareTo(MemberId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier text.</summary>
    public override string ToString() => Value;
}
