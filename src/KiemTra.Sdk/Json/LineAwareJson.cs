using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace KiemTra.Sdk.Json;

/// <summary>
/// A small JSON tree that remembers the JSON pointer and the line of every value, built by hand with
/// <see cref="Utf8JsonReader"/> (no reflection, AOT-safe), so that loaders can reject bad data with an error
/// naming the path, the line and the offending value. Duplicate property names are rejected.
/// </summary>
internal sealed class LineAwareJson
{
    private LineAwareJson(JsonValueKind kind, string path, int line, string? text, List<KeyValuePair<string, LineAwareJson>>? properties, List<LineAwareJson>? items)
    {
        Kind = kind;
        Path = path;
        Line = line;
        Text = text;
        Properties = properties;
        Items = items;
    }

    /// <summary>Builds the exception a loader throws: (path, line, value, message) → exception.</summary>
    internal delegate Exception ErrorFactory(string path, int? line, string value, string message);

    public JsonValueKind Kind { get; }

    /// <summary>JSON pointer of this value, e.g. <c>/entries/3/key</c> ("" for the root).</summary>
    public string Path { get; }

    /// <summary>1-based line where the value starts.</summary>
    public int Line { get; }

    /// <summary>The raw text of a string (unescaped) or number.</summary>
    public string? Text { get; }

    public List<KeyValuePair<string, LineAwareJson>>? Properties { get; }

    public List<LineAwareJson>? Items { get; }

    public string DisplayPath => Path.Length == 0 ? "/" : Path;

    public static LineAwareJson Parse(ReadOnlySpan<byte> utf8, ErrorFactory error)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 64 });
        var lines = new LineCounter(utf8);
        try
        {
            if (!reader.Read())
            {
                throw error("/", 1, string.Empty, "The document is empty.");
            }

            var root = ReadValue(ref reader, string.Empty, lines, error);
            if (reader.Read())
            {
                throw error("/", lines.LineOf(reader.TokenStartIndex), reader.TokenType.ToString(), "Unexpected content after the end of the document.");
            }

            return root;
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var path = ex.Path is { Length: > 0 } p ? ToPointer(p) : "/";
            throw error(path, line, string.Empty, $"Malformed JSON: {ex.Message}");
        }
    }

    public static LineAwareJson Parse(Stream stream, ErrorFactory error)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), error);
    }

    /// <summary>Throws unless this is an object whose property names are all in <paramref name="allowed"/>.</summary>
    public void ExpectObject(ErrorFactory error, params string[] allowed)
    {
        if (Kind != JsonValueKind.Object)
        {
            throw error(DisplayPath, Line, Describe(), "Expected an object.");
        }

        foreach (var (name, value) in Properties!)
        {
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw error(value.Path, value.Line, name, $"Unknown field '{name}'; allowed: {string.Join(", ", allowed)}.");
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
        => Optional(name) ?? throw error($"{Path}/{name}", Line, string.Empty, $"The field '{name}' is required.");

    public string AsString(ErrorFactory error)
    {
        if (Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(Text))
        {
            throw error(DisplayPath, Line, Describe(), "Expected a non-empty string.");
        }

        return Text;
    }

    public bool AsBoolean(ErrorFactory error) => Kind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw error(DisplayPath, Line, Describe(), "Expected true or false."),
    };

    public int AsInt32(ErrorFactory error)
    {
        if (Kind != JsonValueKind.Number || !int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw error(DisplayPath, Line, Describe(), "Expected a whole number.");
        }

        return value;
    }

    public LocalDate AsDate(ErrorFactory error)
    {
        var text = Kind == JsonValueKind.String ? Text : null;
        var parsed = text is null ? null : LocalDatePattern.Iso.Parse(text);
        if (parsed is null || !parsed.Success)
        {
            throw error(DisplayPath, Line, Describe(), "Expected a date as \"yyyy-MM-dd\".");
        }

        return parsed.Value;
    }

    public List<LineAwareJson> AsArray(ErrorFactory error)
        => Kind == JsonValueKind.Array ? Items! : throw error(DisplayPath, Line, Describe(), "Expected an array.");

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

    private static LineAwareJson ReadValue(ref Utf8JsonReader reader, string path, LineCounter lines, ErrorFactory error)
    {
        var line = lines.LineOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<KeyValuePair<string, LineAwareJson>>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    var propertyLine = lines.LineOf(reader.TokenStartIndex);
                    var childPath = $"{path}/{Escape(name)}";
                    if (!names.Add(name))
                    {
                        throw error(childPath, propertyLine, name, $"The field '{name}' appears twice.");
                    }

                    reader.Read();
                    properties.Add(new(name, ReadValue(ref reader, childPath, lines, error)));
                }

                return new LineAwareJson(JsonValueKind.Object, path, line, null, properties, null);
            case JsonTokenType.StartArray:
                var items = new List<LineAwareJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, $"{path}/{items.Count}", lines, error));
                }

                return new LineAwareJson(JsonValueKind.Array, path, line, null, null, items);
            case JsonTokenType.String:
                return new LineAwareJson(JsonValueKind.String, path, line, reader.GetString(), null, null);
            case JsonTokenType.Number:
                return new LineAwareJson(JsonValueKind.Number, path, line, Encoding.UTF8.GetString(reader.ValueSpan), null, null);
            case JsonTokenType.True:
                return new LineAwareJson(JsonValueKind.True, path, line, null, null, null);
            case JsonTokenType.False:
                return new LineAwareJson(JsonValueKind.False, path, line, null, null, null);
            default:
                return new LineAwareJson(JsonValueKind.Null, path, line, null, null, null);
        }
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

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

    /// <summary>Maps byte offsets to 1-based line numbers by binary search over the offsets of the newlines.</summary>
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

        public int LineOf(long offset)
        {
            var position = Array.BinarySearch(_newlines, (int)offset);
            return (position >= 0 ? position : ~position) + 1;
        }
    }
}
