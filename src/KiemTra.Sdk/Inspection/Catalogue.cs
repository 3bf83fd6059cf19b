namespace KiemTra.Sdk.Inspection;

/// <summary>A named list of codes that plans, cases and findings refer to (<i>danh mục</i>).</summary>
public sealed class Catalogue
{
    private readonly CatalogueItem[] _items;
    private readonly Dictionary<string, CatalogueItem> _byCode;

    internal Catalogue(string id, LocalizedText title, CatalogueItem[] items)
    {
        Id = id;
        Title = title;
        _items = items;
        _byCode = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
    }

    /// <summary>Identifier, e.g. <c>high-risk-fields</c>.</summary>
    public string Id { get; }

    /// <summary>Title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The items in document order.</summary>
    public IReadOnlyList<CatalogueItem> Items => _items;

    /// <summary>Whether the code is in the catalogue.</summary>
    public bool Contains(string code) => code is not null && _byCode.ContainsKey(code);

    /// <summary>The item with a code.</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the catalogue; the message lists the valid codes.</exception>
    public CatalogueItem Get(string code) =>
        code is not null && _byCode.TryGetValue(code, out var item)
            ? item
            : throw new KeyNotFoundException($"'{code}' is not a code of catalogue '{Id}'; valid codes: {string.Join(", ", _items.Select(i => i.Code))}.");
}
