using System.Globalization;
using System.Text.Json;
using KiemTra.Sdk;
using KiemTra.Sdk.Diagnostics;
using NodaTime;
using NodaTime.Text;

#if KIEMTRA_CORE
namespace KiemTra.Sdk.Documents;
#else
namespace KiemTra.Sdk.Serialization.SystemTextJson;
#endif

/// <summary>
/// Strict, hand-written reading of one JSON object (no reflection, AOT-safe): every field read is remembered, and
/// <see cref="RejectUnknown"/> fails on any other. Every failure is a <see cref="DataFormatException"/> naming the JSON
/// pointer, the line and the value.
/// </summary>
internal readonly struct JsonFields
{
    private readonly HashSet<string> _known;

    public JsonFields(ParsedJson document, JsonElement element, string path, string source)
    {
        Document = document;
        Element = element;
        Path = path;
        Source = source;
        _known = new HashSet<string>(StringComparer.Ordinal);
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(element, path, element.ValueKind.ToString(), ErrorCodes.DocumentValueInvalid, "phải là một đối tượng JSON", "expected an object");
        }
    }

    public ParsedJson Document { get; }

    public JsonElement Element { get; }

    /// <summary>The JSON pointer of the object ("" for the root).</summary>
    public string Path { get; }

    public string Source { get; }

    /// <summary>The pointer of a field of this object.</summary>
    public string PathOf(string field) => $"{Path}/{JsonInput.Escape(field)}";

    /// <summary>A problem with the value of a field of this object.</summary>
    public DataFormatException Error(string field, string? value, string code, string vietnamese, string english)
        => Fail(Element.TryGetProperty(field, out var e) ? e : Element, PathOf(field), value, code, vietnamese, english);

    /// <summary>A problem at <paramref name="path"/>, the line taken from <paramref name="at"/>.</summary>
    public DataFormatException Fail(JsonElement at, string path, string? value, string code, string vietnamese, string english)
        => new(Source, path, Document.LineOf(at), value ?? string.Empty, code, LocalizedText.Of(vietnamese, english));

    /// <summary>A problem at <paramref name="path"/>, the text given.</summary>
    public DataFormatException Fail(JsonElement at, string path, string? value, string code, LocalizedText problem)
        => new(Source, path, Document.LineOf(at), value ?? string.Empty, code, problem);

    public bool TryGet(string name, out JsonElement value)
    {
        _known.Add(name);
        return Element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public JsonElement Required(string name)
    {
        if (!TryGet(name, out var value))
        {
            throw Fail(Element, PathOf(name), null, ErrorCodes.DocumentFieldMissing, $"thiếu trường bắt buộc '{name}'", $"the required field '{name}' is missing");
        }

        return value;
    }

    public JsonFields Object(string name) => new(Document, Required(name), PathOf(name), Source);

    /// <summary>An object of an array read with <see cref="Array"/>.</summary>
    public JsonFields Item((JsonElement Item, string Path) item) => new(Document, item.Item, item.Path, Source);

    public string String(string name)
    {
        var e = Required(name);
        if (e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString()))
        {
            throw Error(name, e.GetRawText(), ErrorCodes.DocumentValueInvalid, "phải là một chuỗi không rỗng", "expected a non-empty string");
        }

        // NFC: Vietnamese typed decomposed equals the precomposed text (the document was checked by JsonInput.ParseDocument).
        return JsonInput.Nfc(e.GetString()!);
    }

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out var e))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            throw Error(name, e.GetRawText(), ErrorCodes.DocumentValueInvalid, "phải là một chuỗi", "expected a string");
        }

        return JsonInput.Nfc(e.GetString()!);
    }

    public bool Boolean(string name)
    {
        var e = Required(name);
        return e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(name, e.GetRawText(), ErrorCodes.DocumentValueInvalid, "phải là true hoặc false", "expected true or false"),
        };
    }

    public bool? OptionalBoolean(string name) => TryGet(name, out _) ? Boolean(name) : null;

    public int Int(string name)
    {
        var e = Required(name);
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out var v))
        {
            throw Error(name, e.GetRawText(), ErrorCodes.DocumentValueInvalid, "phải là một số nguyên", "expected a whole number");
        }

        return v;
    }

    /// <summary>A year, within <see cref="InputRules.MinYear"/>–<see cref="InputRules.MaxYear"/> like every date of a document.</summary>
    public int Year(string name)
    {
        var v = Int(name);
        return JsonInput.CheckYear(v) is { } outside
            ? throw Fail(Required(name), PathOf(name), v.ToString(CultureInfo.InvariantCulture), ErrorCodes.DocumentValueInvalid, outside)
            : v;
    }

    /// <summary>Parses a document with the shared checks of <see cref="JsonInput.ParseDocument"/> (bounds, UTF-8, no duplicate name, no lone surrogate).</summary>
    public static ParsedJson Parse(Stream utf8Json, string source)
        => JsonInput.ParseDocument(utf8Json, (path, value, code, problem) => new DataFormatException(source, path, null, value, code, problem));

    /// <summary>The root object of a parsed document.</summary>
    public static JsonFields Root(ParsedJson document, string source) => new(document, document.Root, string.Empty, source);

    public decimal Decimal(string name)
    {
        var e = Required(name);
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetDecimal(out var v))
        {
            throw Error(name, e.GetRawText(), ErrorCodes.DocumentValueInvalid, "phải là một số", "expected a number");
        }

        return v;
    }

    public LocalDate Date(string name)
    {
        var text = String(name);
        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw Error(name, text, ErrorCodes.DocumentValueInvalid, "phải là một ngày dạng yyyy-MM-dd", "expected a yyyy-MM-dd date");
        }

        return JsonInput.CheckYear(result.Value.Year) is { } outside
            ? throw Fail(Required(name), PathOf(name), text, ErrorCodes.DocumentValueInvalid, outside)
            : result.Value;
    }

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
        return ParseEnum<TEnum>(Required(name), text, PathOf(name));
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
                throw Fail(Element, PathOf(name), null, ErrorCodes.DocumentFieldMissing, $"thiếu mảng bắt buộc '{name}'", $"the required array '{name}' is missing");
            }

            return items;
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            throw Error(name, e.GetRawText(), ErrorCodes.DocumentValueInvalid, "phải là một mảng JSON", "expected an array");
        }

        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            items.Add((item, $"{PathOf(name)}/{i.ToString(CultureInfo.InvariantCulture)}"));
            i++;
        }

        return items;
    }

    /// <summary>A string item of an array read with <see cref="Array"/>.</summary>
    public string StringItem((JsonElement Item, string Path) item)
        => item.Item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.Item.GetString())
            ? JsonInput.Nfc(item.Item.GetString()!)
            : throw Fail(item.Item, item.Path, item.Item.GetRawText(), ErrorCodes.DocumentValueInvalid, "phải là một chuỗi không rỗng", "expected a non-empty string");

    public void RejectUnknown()
    {
        foreach (var property in Element.EnumerateObject())
        {
            if (!_known.Contains(property.Name))
            {
                throw Fail(
                    property.Value,
                    PathOf(property.Name),
                    property.Name,
                    ErrorCodes.DocumentFieldUnknown,
                    $"trường không được hỗ trợ '{JsonInput.Clip(property.Name)}'",
                    $"unknown field '{JsonInput.Clip(property.Name)}'");
            }
        }
    }

    /// <summary>An enum value written by name (no numbers), case-sensitive as written in the enum, so data reads like the code.</summary>
    public TEnum ParseEnum<TEnum>(JsonElement at, string text, string path)
        where TEnum : struct, Enum
    {
        if (text.Length == 0 || char.IsDigit(text[0]) || text[0] == '-' || !System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) || !System.Enum.IsDefined(value))
        {
            var names = string.Join(", ", System.Enum.GetNames<TEnum>());
            throw Fail(at, path, text, ErrorCodes.DocumentValueInvalid, $"phải là một trong: {names}", $"expected one of {names}");
        }

        return value;
    }
}
