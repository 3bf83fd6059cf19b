namespace KiemTra.Sdk.Inspection;

/// <summary>One entry of a catalogue (<i>mục danh mục</i>): a stable code, its bilingual name and its source document.</summary>
public sealed record CatalogItem
{
    internal CatalogItem(string code, LocalizedText name, string source)
    {
        Code = code;
        Name = name;
        Source = source;
    }

    /// <summary>Creates an item.</summary>
    /// <param name="code">Stable code, e.g. <c>signs-of-violation</c>.</param>
    /// <param name="name">Vietnamese and English name.</param>
    /// <param name="source">Where it comes from.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="source"/> is empty.</exception>
    public static CatalogItem Create(string code, LocalizedText name, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return new CatalogItem(code, name, source);
    }

    /// <summary>Stable code, e.g. <c>signs-of-violation</c>.</summary>
    public string Code { get; }

    /// <summary>Vietnamese and English name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Where it comes from, e.g. <c>CTr thực hiện KL 34-KL/TW (Quảng Ninh, 2022) §2.1(1)</c>.</summary>
    public string Source { get; }

    /// <summary>Returns "code: Vietnamese (English)".</summary>
    public override string ToString() => $"{Code}: {Name}";
}
