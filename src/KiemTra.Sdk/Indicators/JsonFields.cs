using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Strict, hand-written reading of one JSON object (no reflection, AOT-safe): every field read is
/// remembered, and <see cref="RejectUnknown"/> fails on any other, naming its path.
/// </summary>
internal readonly struct JsonFields
{
    private readonly HashSet<string> _known;

    public JsonFields(JsonElement element, string path, string source)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new IndicatorDataFormatException(source, path, element.ValueKind.ToString(), "expected an object");
        }

        Element = element;
        Path = path;
        Source = source;
        _known = new HashSet<string>(StringComparer.Ordinal);
    }

    public JsonElement Element { get; }

    public string Path { get; }

    public string Source { get; }

    public IndicatorDataFormatException Error(string field, string? value, string problem) => new(Source, $"{Path}.{field}", value, problem);

    public bool TryGet(string name, out JsonElement value)
    {
        _known.Add(name);
        return Element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public JsonElement Required(string name)
    {
        if (!TryGet(name, out var value))
        {
            throw new IndicatorDataFormatException(Source, $"{Path}.{name}", null, "required field is missing");
        }

        return value;
    }

    public JsonFields Object(string name) => new(Required(name), $"{Path}.{name}", Source);

    public string String(string name)
    {
        var e = Required(name);
        if (e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString()))
        {
            throw Error(name, e.GetRawText(), "expected a non-empty string");
        }

        // NFC: Vietnamese typed decomposed equals the precomposed text (the document was checked by JsonInput.ParseDocument).
        return Json.JsonInput.Nfc(e.GetString()!);
    }

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out var e))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            throw Error(name, e.GetRawText(), "expected a string");
        }

        return Json.JsonInput.Nfc(e.GetString()!);
    }

    public bool Boolean(string name)
    {
        var e = Required(name);
        return e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(name, e.GetRawText(), "expected true or false"),
        };
    }

    public bool? OptionalBoolean(string name) => TryGet(name, out _) ? Boolean(name) : null;

    public int Int(string name)
    {
        var e = Required(name);
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out var v))
        {
            throw Error(name, e.GetRawText(), "expected a whole number");
        }

        return v;
    }

    /// <summary>A year, within <see cref="InputLimits.MinYear"/>–<see cref="InputLimits.MaxYear"/> like every date of a document.</summary>
    public int Year(string name)
    {
        var v = Int(name);
        return Json.JsonInput.CheckYear(v) is { } outside ? throw Error(name, v.ToString(CultureInfo.InvariantCulture), outside.English) : v;
    }

    /// <summary>Parses a document with the shared checks of <see cref="Json.JsonInput.ParseDocument"/> (bounds, UTF-8, no duplicate name, no lone surrogate).</summary>
    public static JsonDocument Parse(Stream utf8Json, string source)
        => Json.JsonInput.ParseDocument(utf8Json, (path, value, problem) => new IndicatorDataFormatException(source, path, value, problem.English));

    public int NonNegativeInt(string name)
    {
        var v = Int(name);
        if (v < 0)
        {
            throw Error(name, v.ToString(CultureInfo.InvariantCulture), "must not be negative");
        }

        return v;
    }

    public decimal Decimal(string name)
    {
        var e = Required(name);
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetDecimal(out var v))
        {
            throw Error(name, e.GetRawText(), "expected a number");
        }

        return v;
    }

    public LocalDate Date(string name)
    {
        var text = String(name);
        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw Error(name, text, "expected a yyyy-MM-dd date");
        }

        return Json.JsonInput.CheckYear(result.Value.Year) is { } outside ? throw Error(name, text, outside.English) : result.Value;
    }

    public LocalDate? OptionalDate(string name) => TryGet(name, out _) ? Date(name) : null;

    public LocalizedText Text(string name)
    {
        var o = Object(name);
        var vi = o.String("vi");
        var en = o.String("en");
        o.RejectUnknown();
        return LocalizedText.Of(vi, en);
    }

    public TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var text = String(name);
        return ParseEnum<TEnum>(text, $"{Path}.{name}", Source);
    }

    public TEnum? OptionalEnum<TEnum>(string name)
        where TEnum : struct, Enum
        => TryGet(name, out _) ? Enum<TEnum>(name) : null;

    public List<(JsonElement Item, string Path)> Array(string name, bool required = true)
    {
        var items = new List<(JsonElement Item, string Path)>();
        if (!TryGet(name, out var e))
        {
            if (required)
            {
                throw new IndicatorDataFormatException(Source, $"{Path}.{name}", null, "required array is missing");
            }

            return items;
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            throw Error(name, e.GetRawText(), "expected an array");
        }

        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            items.Add((item, $"{Path}.{name}[{i}]"));
            i++;
        }

        return items;
    }

    public void RejectUnknown()
    {
        foreach (var property in Element.EnumerateObject())
        {
            if (!_known.Contains(property.Name))
            {
                throw new IndicatorDataFormatException(Source, $"{Path}.{property.Name}", property.Name, "unknown field");
            }
        }
    }

    public static TEnum ParseEnum<TEnum>(string text, string path, string source)
        where TEnum : struct, Enum
    {
        // Names only (no numbers), case-sensitive as written in the enum, so data reads like the code.
        if (text.Length == 0 || char.IsDigit(text[0]) || text[0] == '-' || !System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) || !System.Enum.IsDefined(value))
        {
            throw new IndicatorDataFormatException(source, path, text, $"expected one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
        }

        return value;
    }
}
