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
/// A JSON element with its JSON pointer, read by hand (no reflection, AOT-safe). Every accessor fails with a
/// <see cref="DataFormatException"/> naming the document, the pointer, the line and the value.
/// </summary>
internal readonly struct DocumentNode
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    public DocumentNode(string sourceName, ParsedJson document, JsonElement element, string path)
    {
        SourceName = sourceName;
        Document = document;
        Element = element;
        Path = path;
    }

    public string SourceName { get; }

    public ParsedJson Document { get; }

    public JsonElement Element { get; }

    /// <summary>The JSON pointer ("" for the root).</summary>
    public string Path { get; }

    /// <summary>A problem with this value (<see cref="ErrorCodes.DocumentValueInvalid"/> unless another code is given).</summary>
    public DataFormatException Error(string vietnamese, string english, string? value = null, string code = ErrorCodes.DocumentValueInvalid)
        => Fail(code, LocalizedText.Of(vietnamese, english), value);

    /// <summary>A problem with this value, the text given.</summary>
    public DataFormatException Fail(string code, LocalizedText problem, string? value = null)
        => new(SourceName, Path, Document.LineOf(Element), value ?? Raw(), code, problem);

    /// <summary>Requires an object whose property names are all in <paramref name="allowed"/>.</summary>
    public DocumentNode AsObject(params string[] allowed)
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Error("phải là một đối tượng JSON", "must be a JSON object");
        }

        foreach (var property in Element.EnumerateObject())
        {
            var name = Name(property);
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw Child(property.Value, name).Error(
                    $"trường không được hỗ trợ '{JsonInput.Clip(name)}' (các trường hợp lệ: {string.Join(", ", allowed)})",
                    $"unknown field '{JsonInput.Clip(name)}' (allowed: {string.Join(", ", allowed)})",
                    name,
                    ErrorCodes.DocumentFieldUnknown);
            }
        }

        return this;
    }

    public DocumentNode Required(string name)
    {
        if (Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return Child(value, name);
        }

        throw new DataFormatException(
            SourceName,
            $"{Path}/{JsonInput.Escape(name)}",
            Document.LineOf(Element),
            string.Empty,
            ErrorCodes.DocumentFieldMissing,
            LocalizedText.Of($"thiếu trường bắt buộc '{name}'", $"missing required field '{name}'"));
    }

    public DocumentNode? Optional(string name)
        => Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Child(value, name) : null;

    public IEnumerable<DocumentNode> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Error("phải là một mảng JSON", "must be a JSON array");
        }

        if (Element.GetArrayLength() > InputRules.MaxEntries)
        {
            throw Fail(ErrorCodes.DocumentTooLarge, JsonInput.TooManyEntries, $"> {InputRules.MaxEntries}");
        }

        var index = 0;
        foreach (var item in Element.EnumerateArray())
        {
            yield return new DocumentNode(SourceName, Document, item, $"{Path}/{index.ToString(CultureInfo.InvariantCulture)}");
            index++;
        }
    }

    public IEnumerable<(string Name, DocumentNode Node)> Properties()
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Error("phải là một đối tượng JSON", "must be a JSON object");
        }

        foreach (var property in Element.EnumerateObject())
        {
            var name = Name(property);
            yield return (name, Child(property.Value, name));
        }
    }

    public string String()
    {
        if (Element.ValueKind != JsonValueKind.String)
        {
            throw Error("phải là một chuỗi không rỗng", "must be a non-empty string");
        }

        // The tree was checked by JsonInput.ParseDocument (no lone surrogate, lengths bounded): only NFC is left to do.
        var text = JsonInput.Nfc(Element.GetString()!);
        return string.IsNullOrWhiteSpace(text) ? throw Error("phải là một chuỗi không rỗng", "must be a non-empty string") : text;
    }

    public int Int32(int min, int max)
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetInt32(out var value) || value < min || value > max)
        {
            throw Error(
                $"phải là số nguyên trong khoảng {min}–{max}",
                $"must be an integer in {min}–{max}");
        }

        return value;
    }

    public bool Boolean()
    {
        return Element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error("phải là true hoặc false", "must be true or false"),
        };
    }

    public LocalDate Date()
    {
        var text = String();
        var result = IsoDate.Parse(text);
        if (!result.Success)
        {
            throw Error("phải là một ngày dạng yyyy-MM-dd", "must be a date in the form yyyy-MM-dd");
        }

        return JsonInput.CheckYear(result.Value.Year) is { } outside ? throw Fail(ErrorCodes.DocumentValueInvalid, outside, text) : result.Value;
    }

    public LocalizedText Text()
    {
        AsObject("vi", "en");
        return LocalizedText.Of(Required("vi").String(), Required("en").String());
    }

    /// <summary>Parses a document within the shared bounds (<see cref="InputRules"/>): size, UTF-8, depth, no duplicate property.</summary>
    public static ParsedJson Parse(Stream stream, string sourceName)
        => JsonInput.ParseDocument(
            stream,
            (path, value, code, problem) => new DataFormatException(sourceName, path, null, value, code, problem),
            allowComments: true);

    /// <summary>The root of a parsed document.</summary>
    public static DocumentNode Root(ParsedJson document, string sourceName) => new(sourceName, document, document.Root, string.Empty);

    private DocumentNode Child(JsonElement value, string name) => new(SourceName, Document, value, $"{Path}/{JsonInput.Escape(name)}");

    /// <summary>A property name (checked by JsonInput.ParseDocument: length, no lone surrogate), in NFC.</summary>
    private static string Name(JsonProperty property) => JsonInput.Nfc(property.Name);

    private string Raw()
    {
        var raw = Element.ValueKind switch
        {
            JsonValueKind.Undefined => string.Empty,
            JsonValueKind.String => Element.GetString()!,
            _ => Element.GetRawText(),
        };
        return raw.Length > 80 ? raw[..80] + "…" : raw;
    }
}
