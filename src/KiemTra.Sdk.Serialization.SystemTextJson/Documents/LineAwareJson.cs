using System.Globalization;
using System.Text;
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
/// A small JSON tree that remembers the JSON pointer and the line of every value, built by hand with
/// <see cref="Utf8JsonReader"/> (no reflection, AOT-safe), so that loaders can reject bad data with an error
/// naming the path, the line and the offending value. Duplicate property names are rejected.
/// </summary>
internal sealed class LineAwareJson
{
    private readonly LineAwareJson? _parent;
    private readonly string? _name;
    private readonly int _index;

    private LineAwareJson(JsonValueKind kind, LineAwareJson? parent, string? name, int index, int line, string? text, List<KeyValuePair<string, LineAwareJson>>? properties, List<LineAwareJson>? items)
    {
        Kind = kind;
        _parent = parent;
        _name = name;
        _index = index;
        Line = line;
        Text = text;
        Properties = properties;
        Items = items;
    }

    /// <summary>Builds the exception a loader throws: (path, line, value, problem) → exception.</summary>
    internal delegate Exception ErrorFactory(string path, int? line, string value, DocumentProblem problem);

    public JsonValueKind Kind { get; }

    /// <summary>JSON pointer of this value, e.g. <c>/entries/3/key</c> ("" for the root); built on demand (errors only), not stored per node.</summary>
    public string Path => _parent is null
        ? string.Empty
        : $"{_parent.Path}/{(_name is null ? _index.ToString(CultureInfo.InvariantCulture) : Escape(_name))}";

    /// <summary>1-based line where the value starts.</summary>
    public int Line { get; }

    /// <summary>The raw text of a string (unescaped) or number.</summary>
    public string? Text { get; }

    public List<KeyValuePair<string, LineAwareJson>>? Properties { get; }

    public List<LineAwareJson>? Items { get; }

    public string DisplayPath => Path.Length == 0 ? "/" : Path;

    public static LineAwareJson Parse(ReadOnlySpan<byte> utf8, ErrorFactory error)
    {
        utf8 = JsonInput.Check(utf8, Adapt(error));
        var reader = new Utf8JsonReader(utf8, JsonInput.ReaderOptions());
        var lines = new LineCounter(utf8);
        try
        {
            if (!reader.Read())
            {
                throw error("/", 1, string.Empty, DocumentProblem.Of(ErrorCodes.DocumentSyntax, "tài liệu rỗng", "The document is empty."));
            }

            var root = ReadValue(ref reader, null, null, 0, lines, error);
            if (reader.Read())
            {
                throw error("/", lines.LineOf(reader.TokenStartIndex), reader.TokenType.ToString(), DocumentProblem.Of(ErrorCodes.DocumentSyntax, "có nội dung sau khi tài liệu đã kết thúc", "Unexpected content after the end of the document."));
            }

            return root;
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var path = ex.Path is { Length: > 0 } p ? ToPointer(p) : "/";
            throw error(path, line, string.Empty, DocumentProblem.Of(ErrorCodes.DocumentSyntax, $"JSON không hợp lệ: {ex.Message}", $"Malformed JSON: {ex.Message}"));
        }
    }

    /// <summary>
    /// Reads a root object property by property without keeping the records of the arrays named by
    /// <paramref name="streamed"/>: each element of those arrays is built as a small tree, handed to
    /// <paramref name="onRecord"/> (section name, element) and dropped. Other properties go to <paramref name="onProperty"/>.
    /// Memory stays proportional to one record, not to the file.
    /// </summary>
    public static void Stream(ReadOnlySpan<byte> utf8, ErrorFactory error, Func<string, bool> streamed, Action<string, LineAwareJson> onProperty, Action<string, LineAwareJson> onRecord)
    {
        utf8 = JsonInput.Check(utf8, Adapt(error));
        var reader = new Utf8JsonReader(utf8, JsonInput.ReaderOptions());
        var lines = new LineCounter(utf8);
        try
        {
            if (!reader.Read())
            {
                throw error("/", 1, string.Empty, DocumentProblem.Of(ErrorCodes.DocumentSyntax, "tài liệu rỗng", "The document is empty."));
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw error("/", lines.LineOf(reader.TokenStartIndex), reader.TokenType.ToString(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là một đối tượng JSON", "Expected an object."));
            }

            var root = new LineAwareJson(JsonValueKind.Object, null, null, 0, lines.LineOf(reader.TokenStartIndex), null, [], null);
            var names = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var line = lines.LineOf(reader.TokenStartIndex);
                var name = JsonInput.TryReadString(ref reader, out var failedName, out var nameProblem)
                    ?? throw error("/", line, failedName, new DocumentProblem(JsonInput.CodeOf(nameProblem!), nameProblem!));
                if (!names.Add(name))
                {
                    throw error($"/{Escape(name)}", line, name, Twice(name));
                }

                reader.Read();
                if (streamed(name) && reader.TokenType == JsonTokenType.StartArray)
                {
                    var array = new LineAwareJson(JsonValueKind.Array, root, name, 0, line, null, null, []);
                    var index = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (index >= InputRules.MaxEntries)
                        {
                            throw error(array.Path, line, $"> {InputRules.MaxEntries}", new DocumentProblem(ErrorCodes.DocumentTooLarge, JsonInput.TooManyEntries));
                        }

                        onRecord(name, ReadValue(ref reader, array, null, index++, lines, error));
                    }
                }
                else
                {
                    var value = ReadValue(ref reader, root, name, 0, lines, error);
                    root.Properties!.Add(new(name, value));
                    onProperty(name, value);
                }
            }

            if (reader.Read())
            {
                throw error("/", lines.LineOf(reader.TokenStartIndex), reader.TokenType.ToString(), DocumentProblem.Of(ErrorCodes.DocumentSyntax, "có nội dung sau khi tài liệu đã kết thúc", "Unexpected content after the end of the document."));
            }
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var path = ex.Path is { Length: > 0 } p ? ToPointer(p) : "/";
            throw error(path, line, string.Empty, DocumentProblem.Of(ErrorCodes.DocumentSyntax, $"JSON không hợp lệ: {ex.Message}", $"Malformed JSON: {ex.Message}"));
        }
    }

    /// <summary>Reads a whole stream into memory (the reader works on one contiguous UTF-8 buffer), within <see cref="InputRules.MaxDocumentBytes"/>.</summary>
    public static byte[] ReadAll(Stream stream, ErrorFactory error) => JsonInput.ReadAll(stream, Adapt(error));

    public static LineAwareJson Parse(Stream stream, ErrorFactory error) => Parse(ReadAll(stream, error), error);

    /// <summary>The shared checks report through the loader's factory (English text, like the loaders' own messages).</summary>
    private static JsonInput.Problem Adapt(ErrorFactory error) => (path, value, code, problem) => error(path.Length == 0 ? "/" : path, null, value, new DocumentProblem(code, problem));

    /// <summary>Throws unless this is an object whose property names are all in <paramref name="allowed"/>.</summary>
    public void ExpectObject(ErrorFactory error, params string[] allowed)
    {
        if (Kind != JsonValueKind.Object)
        {
            throw error(DisplayPath, Line, Describe(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là một đối tượng JSON", "Expected an object."));
        }

        foreach (var (name, value) in Properties!)
        {
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw error(value.Path, value.Line, name, DocumentProblem.Of(ErrorCodes.DocumentFieldUnknown, $"trường không được hỗ trợ '{name}'; các trường hợp lệ: {string.Join(", ", allowed)}", $"Unknown field '{name}'; allowed: {string.Join(", ", allowed)}."));
            }
        }
    }

    public LineAwareJson? Optional(string name)
    {
        foreach (var (n, v) in Properties!)
        {
            if (n == name)
            {
                return v.Kind == JsonValueKind.Null ? null : v;
            }
        }

        return null;
    }

    public LineAwareJson Required(string name, ErrorFactory error)
        => Optional(name) ?? throw error($"{Path}/{name}", Line, string.Empty, DocumentProblem.Of(ErrorCodes.DocumentFieldMissing, $"thiếu trường bắt buộc '{name}'", $"The field '{name}' is required."));

    public string AsString(ErrorFactory error)
    {
        if (Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(Text))
        {
            throw error(DisplayPath, Line, Describe(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là một chuỗi không rỗng", "Expected a non-empty string."));
        }

        return Text;
    }

    public bool AsBoolean(ErrorFactory error) => Kind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw error(DisplayPath, Line, Describe(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là true hoặc false", "Expected true or false.")),
    };

    public int AsInt32(ErrorFactory error)
    {
        if (Kind != JsonValueKind.Number || !int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw error(DisplayPath, Line, Describe(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là một số nguyên", "Expected a whole number."));
        }

        return value;
    }

    public LocalDate AsDate(ErrorFactory error)
    {
        var text = Kind == JsonValueKind.String ? Text : null;
        if (text is { Length: 10 } && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            // Fast path for the one format allowed; same result as LocalDatePattern.Iso, which stays the fallback.
            return JsonInput.CheckYear(year) is { } fastOutside ? throw error(DisplayPath, Line, Describe(), new DocumentProblem(ErrorCodes.DocumentValueInvalid, fastOutside)) : new LocalDate(year, month, day);
        }

        var parsed = text is null ? null : LocalDatePattern.Iso.Parse(text);
        if (parsed is null || !parsed.Success)
        {
            throw error(DisplayPath, Line, Describe(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là một ngày dạng \"yyyy-MM-dd\"", "Expected a date as \"yyyy-MM-dd\"."));
        }

        return JsonInput.CheckYear(parsed.Value.Year) is { } outside ? throw error(DisplayPath, Line, Describe(), new DocumentProblem(ErrorCodes.DocumentValueInvalid, outside)) : parsed.Value;
    }

    public List<LineAwareJson> AsArray(ErrorFactory error)
        => Kind == JsonValueKind.Array ? Items! : throw error(DisplayPath, Line, Describe(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là một mảng JSON", "Expected an array."));

    public string Describe() => Kind switch
    {
        JsonValueKind.String => Text!,
        JsonValueKind.Number => Text!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "{…}",
        JsonValueKind.Array => "[…]",
        _ => Kind.ToString(),
    };

    private static LineAwareJson ReadValue(ref Utf8JsonReader reader, LineAwareJson? parent, string? name, int index, LineCounter lines, ErrorFactory error)
    {
        var line = lines.LineOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<KeyValuePair<string, LineAwareJson>>();
                var node = new LineAwareJson(JsonValueKind.Object, parent, name, index, line, null, properties, null);
                HashSet<string>? names = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var propertyLine = lines.LineOf(reader.TokenStartIndex);
                    var propertyName = JsonInput.TryReadString(ref reader, out var failedName, out var nameProblem)
                        ?? throw error(node.DisplayPath, propertyLine, failedName, new DocumentProblem(JsonInput.CodeOf(nameProblem!), nameProblem!));
                    if (properties.Count >= InputRules.MaxEntries)
                    {
                        throw error(node.DisplayPath, propertyLine, $"> {InputRules.MaxEntries}", new DocumentProblem(ErrorCodes.DocumentTooLarge, JsonInput.TooManyEntries));
                    }

                    if (IsDuplicate(properties, ref names, propertyName))
                    {
                        throw error($"{node.Path}/{Escape(propertyName)}", propertyLine, propertyName, Twice(propertyName));
                    }

                    reader.Read();
                    properties.Add(new(propertyName, ReadValue(ref reader, node, propertyName, 0, lines, error)));
                }

                return node;
            case JsonTokenType.StartArray:
                var items = new List<LineAwareJson>();
                var array = new LineAwareJson(JsonValueKind.Array, parent, name, index, line, null, null, items);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (items.Count >= InputRules.MaxEntries)
                    {
                        throw error(array.DisplayPath, line, $"> {InputRules.MaxEntries}", new DocumentProblem(ErrorCodes.DocumentTooLarge, JsonInput.TooManyEntries));
                    }

                    items.Add(ReadValue(ref reader, array, null, items.Count, lines, error));
                }

                return array;
            case JsonTokenType.String:
                var text = JsonInput.TryReadString(ref reader, out var failedText, out var textProblem)
                    ?? throw error(ChildPath(parent, name, index), line, failedText, new DocumentProblem(JsonInput.CodeOf(textProblem!), textProblem!));
                return new LineAwareJson(JsonValueKind.String, parent, name, index, line, text, null, null);
            case JsonTokenType.Number:
                if (reader.ValueSpan.Length > InputRules.MaxStringLength)
                {
                    throw error(ChildPath(parent, name, index), line, $"{reader.ValueSpan.Length} digits", new DocumentProblem(ErrorCodes.DocumentTooLarge, JsonInput.TooLong));
                }

                return new LineAwareJson(JsonValueKind.Number, parent, name, index, line, Encoding.UTF8.GetString(reader.ValueSpan), null, null);
            case JsonTokenType.True:
                return new LineAwareJson(JsonValueKind.True, parent, name, index, line, null, null, null);
            case JsonTokenType.False:
                return new LineAwareJson(JsonValueKind.False, parent, name, index, line, null, null, null);
            default:
                return new LineAwareJson(JsonValueKind.Null, parent, name, index, line, null, null, null);
        }
    }

    /// <summary>Objects here have a handful of fields: a linear scan beats a set, until a hostile object has thousands.</summary>
    private static bool IsDuplicate(List<KeyValuePair<string, LineAwareJson>> properties, ref HashSet<string>? names, string name)
    {
        if (names is null)
        {
            foreach (var existing in properties)
            {
                if (existing.Key == name)
                {
                    return true;
                }
            }

            if (properties.Count < 16)
            {
                return false;
            }

            names = new HashSet<string>(properties.Select(p => p.Key), StringComparer.Ordinal);
        }

        return !names.Add(name);
    }

    private static string ChildPath(LineAwareJson? parent, string? name, int index)
        => parent is null ? "/" : $"{parent.Path}/{(name is null ? index.ToString(CultureInfo.InvariantCulture) : Escape(name))}";

    private static string Escape(string name) => JsonInput.Escape(name);

    private static DocumentProblem Twice(string name) => DocumentProblem.Of(
        ErrorCodes.DocumentFieldDuplicate, $"trường '{name}' xuất hiện hai lần", $"The field '{name}' appears twice.");

    /// <summary>Turns System.Text.Json's "$.entries[3].key" into "/entries/3/key".</summary>
    private static string ToPointer(string jsonPath)
    {
        var builder = new StringBuilder();
        foreach (var part in jsonPath.TrimStart('$').Split(['.', '['], StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append('/').Append(part.TrimEnd(']').Trim('\''));
        }

        return builder.Length == 0 ? "/" : builder.ToString();
    }

    /// <summary>Maps byte offsets to 1-based line numbers over the offsets of the newlines (one reader, in reading order).</summary>
    private sealed class LineCounter
    {
        private readonly int[] _newlines;

        public LineCounter(ReadOnlySpan<byte> utf8)
        {
            var offsets = new List<int>();
            var index = 0;
            while (true)
            {
                var next = utf8[index..].IndexOf((byte)'\n');
                if (next < 0)
                {
                    break;
                }

                offsets.Add(index + next);
                index += next + 1;
            }

            _newlines = offsets.ToArray();
        }

        // The number of newlines before the offset last asked for. Offsets come in reading order, so walking forward from
        // it is amortised O(1); a binary search per value over a large file's newlines was a fifth of a dataset load.
        private int _before;

        public int LineOf(long offset)
        {
            var before = _before;
            if (before > 0 && _newlines[before - 1] >= offset)
            {
                var position = Array.BinarySearch(_newlines, (int)offset);
                before = position >= 0 ? position : ~position;
            }
            else
            {
                while (before < _newlines.Length && _newlines[before] < offset)
                {
                    before++;
                }
            }

            _before = before;
            return before + 1;
        }
    }
}
