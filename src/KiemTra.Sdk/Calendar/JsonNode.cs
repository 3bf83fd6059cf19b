using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// A JSON element with its path, read by hand (no reflection, AOT-safe). Every accessor fails with a
/// <see cref="HolidayScheduleFormatException"/> naming the document, the path and the value.
/// </summary>
internal readonly struct JsonNode
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    public JsonNode(string documentName, JsonElement element, string path)
    {
        DocumentName = documentName;
        Element = element;
        Path = path;
    }

    public string DocumentName { get; }

    public JsonElement Element { get; }

    public string Path { get; }

    public HolidayScheduleFormatException Error(string vietnamese, string english, string? value = null)
        => new(DocumentName, Path, value ?? Raw(), LocalizedText.Of(vietnamese, english));

    /// <summary>Requires an object whose property names are all in <paramref name="allowed"/>.</summary>
    public JsonNode AsObject(params string[] allowed)
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Error("phải là một đối tượng JSON", "must be a JSON object");
        }

        foreach (var property in Element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                throw new HolidayScheduleFormatException(
                    DocumentName,
                    $"{Path}.{property.Name}",
                    property.Value.GetRawText(),
                    LocalizedText.Of(
                        $"trường không được hỗ trợ '{property.Name}' (các trường hợp lệ: {string.Join(", ", allowed)})",
                        $"unknown field '{property.Name}' (allowed: {string.Join(", ", allowed)})"));
            }
        }

        return this;
    }

    public JsonNode Required(string name)
    {
        if (Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return new JsonNode(DocumentName, value, $"{Path}.{name}");
        }

        throw new HolidayScheduleFormatException(
            DocumentName,
            $"{Path}.{name}",
            null,
            LocalizedText.Of($"thiếu trường bắt buộc '{name}'", $"missing required field '{name}'"));
    }

    public JsonNode? Optional(string name)
        => Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonNode(DocumentName, value, $"{Path}.{name}")
            : null;

    public IEnumerable<JsonNode> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Error("phải là một mảng JSON", "must be a JSON array");
        }

        var index = 0;
        foreach (var item in Element.EnumerateArray())
        {
            yield return new JsonNode(DocumentName, item, $"{Path}[{index}]");
            index++;
        }
    }

    public IEnumerable<(string Name, JsonNode Node)> Properties()
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Error("phải là một đối tượng JSON", "must be a JSON object");
        }

        foreach (var property in Element.EnumerateObject())
        {
            yield return (property.Name, new JsonNode(DocumentName, property.Value, $"{Path}.{property.Name}"));
        }
    }

    public string String()
    {
        if (Element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(Element.GetString()))
        {
            throw Error("phải là một chuỗi không rỗng", "must be a non-empty string");
        }

        return Element.GetString()!;
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

        return result.Value;
    }

    public LocalizedText Text()
    {
        AsObject("vi", "en");
        return LocalizedText.Of(Required("vi").String(), Required("en").String());
    }

    private string Raw()
    {
        var raw = Element.ValueKind == JsonValueKind.Undefined ? string.Empty : Element.GetRawText();
        return raw.Length > 80 ? raw[..80] + "…" : raw;
    }

    public static JsonDocument Parse(Stream stream, string documentName)
    {
        try
        {
            return JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, byte {ex.BytePositionInLine + 1}")
                : "?";
            throw new HolidayScheduleFormatException(
                documentName,
                "$",
                where,
                LocalizedText.Of("JSON không hợp lệ: " + ex.Message, "malformed JSON: " + ex.Message),
                ex);
        }
    }
}
