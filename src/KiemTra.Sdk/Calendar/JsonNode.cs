using System.Globalization;
using System.Text.Json;
using KiemTra.Sdk.Json;
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
            var name = Name(property);
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw new HolidayScheduleFormatException(
                    DocumentName,
                    $"{Path}.{name}",
                    new JsonNode(DocumentName, property.Value, $"{Path}.{name}").Raw(),
                    LocalizedText.Of(
                        $"trường không được hỗ trợ '{JsonInput.Clip(name)}' (các trường hợp lệ: {string.Join(", ", allowed)})",
                        $"unknown field '{JsonInput.Clip(name)}' (allowed: {string.Join(", ", allowed)})"));
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

        if (Element.GetArrayLength() > InputLimits.MaxEntries)
        {
            throw Error(JsonInput.TooManyEntries.Vietnamese, JsonInput.TooManyEntries.English, $"> {InputLimits.MaxEntries}");
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
            var name = Name(property);
            yield return (name, new JsonNode(DocumentName, property.Value, $"{Path}.{name}"));
        }
    }

    public string String()
    {
        if (Element.ValueKind != JsonValueKind.String)
        {
            throw Error("phải là một chuỗi không rỗng", "must be a non-empty string");
        }

        string raw;
        try
        {
            raw = Element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error(JsonInput.LoneSurrogate.Vietnamese, JsonInput.LoneSurrogate.English);
        }

        var text = JsonInput.TryCheckString(raw, out var failedValue, out var problem)
            ?? throw new HolidayScheduleFormatException(DocumentName, Path, failedValue, problem!);
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

        return JsonInput.CheckYear(result.Value.Year) is { } outside ? throw new HolidayScheduleFormatException(DocumentName, Path, text, outside) : result.Value;
    }

    public LocalizedText Text()
    {
        AsObject("vi", "en");
        return LocalizedText.Of(Required("vi").String(), Required("en").String());
    }

    /// <summary>A property name, checked like a string value (invalid Unicode, length, NFC).</summary>
    private string Name(JsonProperty property)
    {
        string raw;
        try
        {
            raw = property.Name;
        }
        catch (InvalidOperationException)
        {
            throw new HolidayScheduleFormatException(DocumentName, Path, null, JsonInput.LoneSurrogate);
        }

        return JsonInput.TryCheckString(raw, out var failedValue, out var problem)
            ?? throw new HolidayScheduleFormatException(DocumentName, Path, failedValue, problem!);
    }

    private string Raw()
    {
        var raw = Element.ValueKind == JsonValueKind.Undefined ? string.Empty : Element.GetRawText();
        return raw.Length > 80 ? raw[..80] + "…" : raw;
    }

    /// <summary>Parses a document within the shared bounds (<see cref="InputLimits"/>): size, UTF-8, depth, no duplicate property.</summary>
    public static JsonDocument Parse(Stream stream, string documentName)
    {
        JsonInput.Problem problem = (path, value, text) => new HolidayScheduleFormatException(documentName, "$", value, text);
        var bytes = JsonInput.ReadAll(stream, problem);
        var start = bytes.Length - JsonInput.Check(bytes, problem).Length;
        try
        {
            return JsonDocument.Parse(
                bytes.AsMemory(start),
                new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip, MaxDepth = InputLimits.MaxDepth, AllowDuplicateProperties = false });
        }
        catch (InvalidOperationException ex)
        {
            // Checking for duplicate names unescapes them: a lone surrogate (\uD800) in a name surfaces here.
            throw new HolidayScheduleFormatException(documentName, "$", null, JsonInput.LoneSurrogate, ex);
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
