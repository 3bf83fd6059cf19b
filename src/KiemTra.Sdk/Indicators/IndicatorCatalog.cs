using System.Collections.Immutable;
using System.Text.Json;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// A catalogue of target indicators (<i>danh mục chỉ tiêu</i>), in order, unique by code. The built-in
/// catalogue (<see cref="BuiltIn"/>) holds Kết luận 34's targets, Thái Nguyên's regular-supervision targets
/// and the leadership-method targets (digital processing, meetings, task specification), each citing its
/// seed section; a province adds its own with <see cref="Load"/> and <see cref="With"/>.
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

    /// <summary>Reads a catalogue file (format in the remarks), checking every field.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="sourceName">A name for messages, e.g. the file name.</param>
    /// <param name="measures">The measures indicators may name; <see cref="IndicatorMeasureSet.BuiltIn"/> when null.</param>
    /// <exception cref="IndicatorDataFormatException">The JSON is malformed, a field is unknown, missing or bad, a measure is unknown, or a code is repeated; the message names the path and value.</exception>
    public static IndicatorCatalog Load(Stream utf8Json, string sourceName, IndicatorMeasureSet? measures = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        measures ??= IndicatorMeasureSet.BuiltIn;
        using (var document = JsonFields.Parse(utf8Json, sourceName))
        {
            var root = new JsonFields(document.RootElement, "$", sourceName);
            root.String("catalogue");
            root.Text("title");
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            var list = new List<IndicatorDefinition>();
            foreach (var (item, path) in root.Array("indicators"))
            {
                var definition = ReadIndicator(new JsonFields(item, path, sourceName), measures);
                if (seen.TryGetValue(definition.Code, out var first))
                {
                    throw new IndicatorDataFormatException(sourceName, $"{path}.code", definition.Code, $"duplicate code (first at {first})");
                }

                seen[definition.Code] = path;
                list.Add(definition);
            }

            root.RejectUnknown();
            return new IndicatorCatalog(list.ToImmutableArray());
        }
    }

    private static IndicatorDefinition ReadIndicator(JsonFields f, IndicatorMeasureSet measures)
    {
        var code = f.String("code");
        if (code.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw f.Error("code", code, "a code has only ASCII letters, digits, '-', '_' and '.'");
        }

        var text = f.Text("text");
        var t = f.Object("target");
        var value = t.Decimal("value");
        var comparatorText = t.String("comparator");
        var comparator = comparatorText switch
        {
            ">=" => TargetComparator.AtLeast,
            "<=" => TargetComparator.AtMost,
            "=" => TargetComparator.EqualTo,
            ">" => TargetComparator.MoreThan,
            "<" => TargetComparator.LessThan,
            _ => throw t.Error("comparator", comparatorText, "expected one of >=, <=, =, >, <"),
        };
        var unitText = t.String("unit");
        var unit = unitText switch
        {
            "percent" => IndicatorUnit.Percent,
            "count" => IndicatorUnit.Count,
            "boolean" => IndicatorUnit.Boolean,
            _ => throw t.Error("unit", unitText, "expected percent, count or boolean"),
        };
        t.RejectUnknown();
        IndicatorTarget target;
        try
        {
            target = IndicatorTarget.Of(value, comparator, unit);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw t.Error("value", value.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message.Split(Environment.NewLine)[0]);
        }

        var measure = f.String("measure");
        if (!measures.Contains(measure))
        {
            throw f.Error("measure", measure, $"unknown measure; known: {string.Join(", ", measures.Names)}");
        }

        var numerator = f.Text("numerator");
        var denominator = f.Text("denominator");
        var periodText = f.String("periodKind");
        var periodKind = periodText switch
        {
            "year" => IndicatorPeriodKind.Year,
            "term" => IndicatorPeriodKind.Term,
            "custom" => IndicatorPeriodKind.Custom,
            _ => throw f.Error("periodKind", periodText, "expected year, term or custom"),
        };
        var from = f.Year("validFrom");
        var to = f.Year("validTo");
        if (to < from)
        {
            throw f.Error("validTo", to.ToString(System.Globalization.CultureInfo.InvariantCulture), $"is before validFrom {from}");
        }

        var a = f.Object("appliesTo");
        var kinds = a.Array("organizationKinds", required: false)
            .Select(k => JsonFields.ParseEnum<OrganizationKind>(k.Item.ValueKind == JsonValueKind.String ? k.Item.GetString()! : k.Item.GetRawText(), k.Path, f.Source))
            .ToList();
        var body = a.OptionalEnum<BodyKind>("body");
        var subordinatesOnly = a.OptionalBoolean("subordinatesOnly") ?? false;
        a.RejectUnknown();

        var s = f.Object("source");
        var ruleSet = s.String("ruleSet");
        var instrument = s.String("instrument");
        var article = s.OptionalString("article");
        s.RejectUnknown();
        LocalizedText? notMeasured = f.TryGet("notMeasured", out _) ? f.Text("notMeasured") : null;
        var verified = f.Boolean("verified");

        var gates = new List<RatingGate>();
        foreach (var (item, path) in f.Array("gates", required: false))
        {
            var g = new JsonFields(item, path, f.Source);
            gates.Add(RatingGate.Of(g.String("rating"), g.Text("text")));
            g.RejectUnknown();
        }

        f.RejectUnknown();
        return new IndicatorDefinition(
            code,
            text,
            target,
            measure,
            numerator,
            denominator,
            periodKind,
            from,
            to,
            IndicatorApplicability.Of(kinds, body, subordinatesOnly),
            RuleCitation.Of(ruleSet, instrument, article, verified),
            gates.ToImmutableArray(),
            notMeasured);
    }

    private static IndicatorCatalog LoadBuiltIn()
    {
        var assembly = typeof(IndicatorCatalog).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.Contains("catalogue-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var catalog = Empty;
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The embedded resource '{name}' could not be opened.");
            catalog = catalog.With(Load(stream, name));
        }

        return catalog;
    }
}
