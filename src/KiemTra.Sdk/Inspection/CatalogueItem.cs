namespace KiemTra.Sdk.Inspection;

/// <summary>One entry of a catalogue (<i>mục danh mục</i>): a stable code, its bilingual name and its source document.</summary>
public sealed record CatalogueItem
{
    internal CatalogueItem(string code, LocalizedText name, string source)
    {
        Code = code;
        Name = name;
        Source = source;
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
