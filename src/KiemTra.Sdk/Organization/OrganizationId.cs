namespace KiemTra.Sdk.Organization;

/// <summary>
/// Identifier of a party organisation (<i>mã tổ chức đảng</i>): a short, stable, case-sensitive
/// string such as <c>TN</c> or <c>TN.X012.CB03</c>. Lineage keeps identifiers of dissolved or
/// merged organisations valid, so an identifier is never reused.
/// </summary>
public readonly record struct OrganizationId : IComparable<OrganizationId>
{
    /// <summary>The longest identifier accepted, in characters.</summary>
    public const int MaxLength = 64;

    private readonly string? _value;

    private OrganizationId(string value) => _value = value;

    /// <summary>The identifier text (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">1–64 characters: letters, digits, '.', '-' or '_'.</param>
    /// <exception cref="ArgumentException">The value is empty, too long or has another character.</exception>
    public static OrganizationId From(string value) => new(InputRules.Validate(value, nameof(value), "organisation id"));

    /// <summary>Wraps a value already validated (e.g. when a dataset was built), skipping the character check on hot paths.</summary>
    internal static OrganizationId FromValidated(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(OrganizationId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier text.</summary>
    public override string ToString() => Value;
}
