namespace KiemTra.Sdk.Inspection;

/// <summary>A named list of codes that plans, cases and findings refer to (<i>danh mục</i>).</summary>
public sealed class Catalog
{
    private readonly CatalogItem[] _items;
    private readonly Dictionary<string, CatalogItem> _byCode;

    internal Catalog(string id, LocalizedText title, CatalogItem[] items)
    {
        Id = id;
        Title = title;
        _items = items;
        _byCode = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
    }

    /// <summary>Creates a catalogue (what a catalogue document holds).</summary>
    /// <param name="id">Identifier, e.g. <c>high-risk-fields</c>.</param>
    /// <param name="title">Title.</param>
    /// <param name="items">The items, at least one, codes unique.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, there is no item, or a code repeats.</exception>
    public static Catalog Create(string id, LocalizedText title, IEnumerable<CatalogItem> items)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToArray();
        if (list.Contains(null!))
        {
            throw new ArgumentNullException(nameof(items), "A catalogue item is null.");
        }

        if (list.Length == 0)
        {
            throw new ArgumentException($"Catalogue '{id}' is empty.", nameof(items));
        }

        if (list.GroupBy(i => i.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new ArgumentException($"The code '{repeated.Key}' repeats in catalogue '{id}'.", nameof(items));
        }

        return new Catalog(id, title, list);
    }

    /// <summary>Identifier, e.g. <c>high-risk-fields</c>.</summary>
    public string Id { get; }

    /// <summary>Title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The items in document order.</summary>
    public IReadOnlyList<CatalogItem> Items => _items;

    /// <summary>Whether the code is in the catalogue.</summary>
    public bool Contains(string code) => code is not null && _byCode.ContainsKey(code);

    /// <summary>The item with a code.</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the catalogue; the message lists the valid codes.</exception>
    public CatalogItem Get(string code) =>
        code is not null && _byCode.TryGetValue(code, out var item)
            ? item
            : throw new KeyNotFoundException($"'{code}' is not a code of catalogue '{Id}'; valid codes: {string.Join(", ", _items.Select(i => i.Code))}.");
}
