using System.Collections.Immutable;
using System.Text.Json;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// A catalogue of target indicators (<i>danh mục chỉ tiêu</i>), in order, unique by code. The built-in
/// catalogue (<see cref="BuiltIn"/>) holds Kết luận 34's targets, Thái Nguyên's regular-supervision targets
/// and the leadership-method targets (digital processing, meetings, task specification), each citing its
/// seed section; a province reads its own with the JSON package's <c>IndicatorCatalogueJson</c> and adds it with <see cref="With"/>.
/// </summary>
/// <remarks>
/// File format (UTF-8 JSON, every field checked, unknown fields rejected):
/// <code>
/// { "catalogue": "kl34", "title": { "vi": "…", "en": "…" }, "indicators": [ {
///     "code": "KL34-2025-04", "text": { "vi": "…", "en": "…" },
///     "target": { "value": 1.0, "comparator": "&gt;=", "unit": "percent" },
///     "measure": "subordinates-covered", "numerator": { … }, "denominator": { … },
///     "periodKind": "term", "validFrom": 2025, "validTo": 2030,
///     "appliesTo": { "organizationKinds": [ "Commune" ], "body": "InspectionCommission", "subordinatesOnly": true },
///     (or, for advisory agencies: "body": "AdvisoryAgency", "excludeAgencies": [ "InspectionCommissionOffice" ])
///     "source": { "ruleSet": "KL-34-2022", "instrument": "…", "article": "§II.3 (4)" },
///     "notMeasured": { "vi": "…", "en": "…" },
///     "verified": true, "gates": [ { "rating": "XEP-LOAI-HANG-NAM", "text": { "vi": "…", "en": "…" } } ] } ] }
/// </code>
/// Percent targets are fractions (1.0 = 100%). Units: <c>percent</c>, <c>count</c>, <c>boolean</c>; period
/// kinds: <c>year</c>, <c>term</c>, <c>custom</c>; comparators: <c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>,
/// <c>&gt;</c>, <c>&lt;</c>. <c>notMeasured</c> (optional) names the part of the wording the measure does not count
/// yet; reports repeat it (<see cref="IndicatorDefinition.NotMeasured"/>).
/// </remarks>
public sealed class IndicatorCatalog
{
    private const string ResourcePrefix = "KiemTra.Sdk.Data.indicators";
    private static readonly Lazy<IndicatorCatalog> BuiltInCatalog = new(LoadBuiltIn);
    private readonly Dictionary<string, IndicatorDefinition> _byCode;

    private IndicatorCatalog(ImmutableArray<IndicatorDefinition> indicators)
    {
        Indicators = indicators;
        _byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
    }

    /// <summary>The built-in catalogue, loaded once from the embedded data.</summary>
    public static IndicatorCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>A catalogue with no indicators.</summary>
    public static IndicatorCatalog Empty { get; } = new(ImmutableArray<IndicatorDefinition>.Empty);

    /// <summary>The indicators, in catalogue order.</summary>
    public ImmutableArray<IndicatorDefinition> Indicators { get; }

    /// <summary>The indicator with <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">No indicator has that code; the message names it.</exception>
    public IndicatorDefinition this[string code]
        => TryGet(code, out var d) ? d : throw new KeyNotFoundException($"No indicator has the code '{code}'.");

    /// <summary>Finds the indicator with <paramref name="code"/>.</summary>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndicatorDefinition? indicator)
        => _byCode.TryGetValue(code ?? string.Empty, out indicator);

    /// <summary>This catalogue followed by <paramref name="other"/>'s indicators.</summary>
    /// <param name="other">The indicators to add, e.g. a province's own.</param>
    /// <param name="replaceExisting">Whether an indicator of <paramref name="other"/> replaces one with the same code (in place); otherwise a shared code is an error.</param>
    /// <exception cref="ArgumentException">A code is in both catalogues and <paramref name="replaceExisting"/> is false; the message names it.</exception>
    public IndicatorCatalog With(IndicatorCatalog other, bool replaceExisting = false)
    {
        ArgumentNullException.ThrowIfNull(other);
        var list = Indicators.ToList();
        foreach (var indicator in other.Indicators)
        {
            var at = list.FindIndex(i => i.Code == indicator.Code);
            if (at < 0)
            {
                list.Add(indicator);
            }
            else if (replaceExisting)
            {
                list[at] = indicator;
            }
            else
            {
                throw new ArgumentException($"The indicator code '{indicator.Code}' is already in the catalogue; pass replaceExisting: true to override it.", nameof(other));
            }
        }

        return new IndicatorCatalog(list.ToImmutableArray());
    }

    /// <summary>Creates a catalogue (what a catalogue document holds).</summary>
    /// <param name="indicators">The indicators, in order, codes unique.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">A code repeats.</exception>
    public static IndicatorCatalog Create(IEnumerable<IndicatorDefinition> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var list = indicators.ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in list)
        {
            ArgumentNullException.ThrowIfNull(indicator, nameof(indicators));
            if (!seen.Add(indicator.Code))
            {
                throw new ArgumentException($"The indicator code '{indicator.Code}' repeats.", nameof(indicators));
            }
        }

        return new IndicatorCatalog(list);
    }

    private static IndicatorCatalog LoadBuiltIn()
    {
        var catalog = Empty;
        foreach (var name in Documents.EmbeddedDocuments.Named(ResourcePrefix + ".catalogue-"))
        {
            using var stream = Documents.EmbeddedDocuments.Open(name);
            catalog = catalog.With(Documents.IndicatorCatalogJson.Read(stream, name));
        }

        return catalog;
    }
}
