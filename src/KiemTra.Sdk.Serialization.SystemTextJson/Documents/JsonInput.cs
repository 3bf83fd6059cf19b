using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KiemTra.Sdk;
using KiemTra.Sdk.Diagnostics;

#if KIEMTRA_CORE
namespace KiemTra.Sdk.Documents;
#else
namespace KiemTra.Sdk.Serialization.SystemTextJson;
#endif

/// <summary>
/// The checks every JSON loader shares, in one place so that no loader forgets one: the document is read with a
/// size bound, must be valid UTF-8 (a byte order mark is skipped), and every string goes through <see cref="TryReadString"/>
/// (length bound, no lone surrogate, Unicode NFC). Problems go to the loader's own exception through
/// <see cref="Problem"/> (JSON pointer, offending value, code, English and Vietnamese text).
/// </summary>
internal static class JsonInput
{
    /// <summary>Builds a loader's exception: (JSON pointer, value, code, problem) → exception.</summary>
    internal delegate Exception Problem(string path, string value, string code, LocalizedText problem);

    /// <summary>Reader options of every loader: no comments unless asked, no trailing commas, the depth bound.</summary>
    public static JsonReaderOptions ReaderOptions(bool allowComments = false) => new()
    {
        CommentHandling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = InputRules.MaxDepth,
    };

    /// <summary>Reads a whole stream (the reader needs one contiguous buffer), refusing more than <see cref="InputRules.MaxDocumentBytes"/>.</summary>
    public static byte[] ReadAll(Stream stream, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > InputRules.MaxDocumentBytes)
        {
            throw problem("", Invariant($"{stream.Length - stream.Position} bytes"), ErrorCodes.DocumentTooLarge, LocalizedText.Of(
                Invariant($"tài liệu vượt giới hạn {InputRules.MaxDocumentBytes} byte (InputRules.MaxDocumentBytes)"),
                Invariant($"the document exceeds the limit of {InputRules.MaxDocumentBytes} bytes (InputRules.MaxDocumentBytes)")));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > InputRules.MaxDocumentBytes)
            {
                throw problem("", Invariant($"> {InputRules.MaxDocumentBytes} bytes"), ErrorCodes.DocumentTooLarge, LocalizedText.Of(
                    Invariant($"tài liệu vượt giới hạn {InputRules.MaxDocumentBytes} byte (InputRules.MaxDocumentBytes)"),
                    Invariant($"the document exceeds the limit of {InputRules.MaxDocumentBytes} bytes (InputRules.MaxDocumentBytes)")));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Checks the size bound and UTF-8 validity of a document in memory and returns it without its byte order mark.</summary>
    public static ReadOnlySpan<byte> Check(ReadOnlySpan<byte> utf8, Problem problem)
    {
        if (utf8.Length > InputRules.MaxDocumentBytes)
        {
            throw problem("", Invariant($"{utf8.Length} bytes"), ErrorCodes.DocumentTooLarge, LocalizedText.Of(
                Invariant($"tài liệu vượt giới hạn {InputRules.MaxDocumentBytes} byte (InputRules.MaxDocumentBytes)"),
                Invariant($"the document exceeds the limit of {InputRules.MaxDocumentBytes} bytes (InputRules.MaxDocumentBytes)")));
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            var offset = FirstInvalidByte(utf8);
            throw problem("", Invariant($"byte 0x{utf8[offset]:X2} at offset {offset}"), ErrorCodes.DocumentSyntax, LocalizedText.Of(
                "tài liệu không phải UTF-8 hợp lệ",
                "the document is not valid UTF-8"));
        }

        return utf8;
    }

    /// <summary>
    /// Parses a document for the loaders built on <see cref="JsonDocument"/> with every shared check: the size bound,
    /// valid UTF-8 (a byte order mark skipped), the depth bound, no duplicate property name, then one walk over the
    /// whole tree (<see cref="CheckTree"/>), so that a field the loader reads later is already known to be sound.
    /// Problems are reported with JSON pointers (<c>/organizations/3/name</c>).
    /// </summary>
    public static ParsedJson ParseDocument(Stream stream, Problem problem, bool allowComments = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ReadAll(stream, problem);
        var start = bytes.Length - Check(bytes, problem).Length;
        var utf8 = bytes.AsMemory(start);
        JsonDocument document;
        try
        {
            // Duplicate names are found by CheckTree (with their pointer, line and a stable code), not by the parser.
            document = JsonDocument.Parse(
                utf8,
                new JsonDocumentOptions
                {
                    AllowTrailingCommas = false,
                    CommentHandling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
                    MaxDepth = InputRules.MaxDepth,
                });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? Invariant($"line {line + 1}, byte {ex.BytePositionInLine + 1}") : "?";
            throw problem(ToPointer(ex.Path), where, ErrorCodes.DocumentSyntax, LocalizedText.Of($"không phải JSON hợp lệ: {ex.Message}", $"not valid JSON: {ex.Message}"));
        }

        var parsed = new ParsedJson(document, utf8);
        try
        {
            CheckTree(document.RootElement, problem, parsed.LineOf);
            return parsed;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Walks a parsed document once: every string and property name within <see cref="InputRules.MaxStringLength"/>
    /// and free of lone surrogates, every number literal within the same bound, every array and object within
    /// <see cref="InputRules.MaxEntries"/>. The path is built only when something is wrong.
    /// </summary>
    public static void CheckTree(JsonElement root, Problem problem, Func<JsonElement, int?>? lineOf = null)
    {
        var trail = new List<object>();
        Walk(root, trail, problem, lineOf);
    }

    private static void Walk(JsonElement element, List<object> trail, Problem outer, Func<JsonElement, int?>? lineOf)
    {
        // A refusal inside the tree names the line of the element (or property value) it is about, when known.
        var at = element;
        Problem problem = (path, value, code, text) => outer(path, value, code, text) is Diagnostics.DataFormatException { Line: null } ex && lineOf?.Invoke(at) is { } line
            ? new Diagnostics.DataFormatException(ex.SourceName, ex.Path, line, ex.Value, ex.Code, ex.Problem)
            : outer(path, value, code, text);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = 0;
                HashSet<string>? seen = null;
                foreach (var property in element.EnumerateObject())
                {
                    if (++properties > InputRules.MaxEntries)
                    {
                        throw problem(PathOf(trail), Invariant($"> {InputRules.MaxEntries}"), ErrorCodes.DocumentTooLarge, TooManyEntries);
                    }

                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        throw problem(PathOf(trail), "\\uD800-\\uDFFF", ErrorCodes.DocumentValueInvalid, LoneSurrogate);
                    }

                    if (TryCheckString(name, out var failedName, out var nameProblem) is null)
                    {
                        throw problem(PathOf(trail), failedName, ErrorCodes.DocumentTooLarge, nameProblem!);
                    }

                    if (!(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                    {
                        at = property.Value;
                        trail.Add(name);
                        throw problem(PathOf(trail), Clip(name), ErrorCodes.DocumentFieldDuplicate, LocalizedText.Of(
                            $"trường '{Clip(name)}' xuất hiện hai lần",
                            $"the field '{Clip(name)}' appears twice"));
                    }

                    trail.Add(name);
                    Walk(property.Value, trail, outer, lineOf);
                    trail.RemoveAt(trail.Count - 1);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (index >= InputRules.MaxEntries)
                    {
                        throw problem(PathOf(trail), Invariant($"> {InputRules.MaxEntries}"), ErrorCodes.DocumentTooLarge, TooManyEntries);
                    }

                    trail.Add(index++);
                    Walk(item, trail, outer, lineOf);
                    trail.RemoveAt(trail.Count - 1);
                }

                break;
            case JsonValueKind.String:
                var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
                string text;
                if (raw.Length > (long)InputRules.MaxStringLength * 6)
                {
                    throw problem(PathOf(trail), Invariant($"{raw.Length} bytes"), ErrorCodes.DocumentTooLarge, TooLong);
                }

                try
                {
                    text = element.GetString()!;
                }
                catch (InvalidOperationException)
                {
                    throw problem(PathOf(trail), Clip(Encoding.UTF8.GetString(raw)), ErrorCodes.DocumentValueInvalid, LoneSurrogate);
                }

                if (TryCheckString(text, out var failedText, out var textProblem) is null)
                {
                    throw problem(PathOf(trail), failedText, ErrorCodes.DocumentTooLarge, textProblem!);
                }

                break;
            case JsonValueKind.Number:
                var digits = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element).Length;
                if (digits > InputRules.MaxStringLength)
                {
                    throw problem(PathOf(trail), Invariant($"{digits} digits"), ErrorCodes.DocumentTooLarge, TooLong);
                }

                break;
        }
    }

    private static string PathOf(List<object> trail)
    {
        var builder = new StringBuilder();
        foreach (var segment in trail)
        {
            builder.Append('/').Append(segment is int i ? i.ToString(CultureInfo.InvariantCulture) : Escape(Clip((string)segment)));
        }

        return builder.ToString();
    }

    /// <summary>The string in Unicode normalisation form C (allocates only when it is not already NFC).</summary>
    public static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Reads the string (or property name) under the reader: refuses one longer than <see cref="InputRules.MaxStringLength"/>
    /// or holding a lone surrogate (a <c>\uD800</c> escape), and returns it in Unicode normalisation form C, so that
    /// Vietnamese typed with combining marks (NFD) compares equal to the precomposed form. On failure returns null and
    /// the value and problem (the caller builds the path then: nothing is allocated on the good path).
    /// </summary>
    public static string? TryReadString(ref Utf8JsonReader reader, out string failedValue, out LocalizedText? failure)
    {
        var rawLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (rawLength > (long)InputRules.MaxStringLength * 6)
        {
            // Even all escapes (6 bytes per character) would be too long: refuse before decoding.
            failedValue = Invariant($"{rawLength} bytes");
            failure = TooLong;
            return null;
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            failedValue = Clip(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan));
            failure = LoneSurrogate;
            return null;
        }

        return TryCheckString(text, out failedValue, out failure);
    }

    /// <summary>Checks a string that came from elsewhere than a reader (e.g. a <see cref="JsonElement"/>) the same way.</summary>
    public static string? TryCheckString(string text, out string failedValue, out LocalizedText? failure)
    {
        if (text.Length > InputRules.MaxStringLength)
        {
            failedValue = Invariant($"{text.Length} characters");
            failure = TooLong;
            return null;
        }

        failedValue = string.Empty;
        failure = null;
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>The code of a failure of <see cref="TryReadString"/>: a lone surrogate is a bad value, anything else a size bound.</summary>
    public static string CodeOf(LocalizedText failure) => ReferenceEquals(failure, LoneSurrogate) ? ErrorCodes.DocumentValueInvalid : ErrorCodes.DocumentTooLarge;

    /// <summary>The problem of an array or object with more than <see cref="InputRules.MaxEntries"/> entries.</summary>
    public static readonly LocalizedText TooManyEntries = LocalizedText.Of(
        Invariant($"quá {InputRules.MaxEntries} phần tử (InputRules.MaxEntries)"),
        Invariant($"more than {InputRules.MaxEntries} entries (InputRules.MaxEntries)"));

    /// <summary>The problem of a string longer than <see cref="InputRules.MaxStringLength"/>.</summary>
    public static readonly LocalizedText TooLong = LocalizedText.Of(
        Invariant($"chuỗi dài quá {InputRules.MaxStringLength} ký tự (InputRules.MaxStringLength)"),
        Invariant($"the string is longer than {InputRules.MaxStringLength} characters (InputRules.MaxStringLength)"));

    /// <summary>The problem of a string holding a lone surrogate.</summary>
    public static readonly LocalizedText LoneSurrogate = LocalizedText.Of(
        "chuỗi chứa ký tự Unicode không hợp lệ (nửa cặp thay thế)",
        "the string holds invalid Unicode (a lone surrogate)");

    /// <summary>Refuses a date outside <see cref="InputRules.MinYear"/>–<see cref="InputRules.MaxYear"/>.</summary>
    public static LocalizedText? CheckYear(int year)
        => year is < InputRules.MinYear or > InputRules.MaxYear
            ? LocalizedText.Of(
                Invariant($"năm {year} ngoài phạm vi {InputRules.MinYear}–{InputRules.MaxYear} (InputRules.MinYear/MaxYear)"),
                Invariant($"year {year} is outside {InputRules.MinYear}–{InputRules.MaxYear} (InputRules.MinYear/MaxYear)"))
            : null;

    /// <summary>Escapes a property name for a JSON pointer (RFC 6901: <c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</summary>
    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Turns System.Text.Json's <c>$.entries[3].key</c> into the JSON pointer <c>/entries/3/key</c>.</summary>
    public static string ToPointer(string? jsonPath)
    {
        var builder = new StringBuilder();
        foreach (var part in (jsonPath ?? string.Empty).TrimStart('$').Split(['.', '['], StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append('/').Append(Escape(part.TrimEnd(']').Trim('\'')));
        }

        return builder.ToString();
    }

    /// <summary>Shortens a value echoed in a message and makes it one line: hostile input must not flood a log.</summary>
    public static string Clip(string value) => DataFormatException.Clip(value);

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A parsed document with its UTF-8 text, so that an error names the line of the element it is about.</summary>
internal sealed class ParsedJson : IDisposable
{
    private readonly ReadOnlyMemory<byte> _utf8;

    public ParsedJson(JsonDocument document, ReadOnlyMemory<byte> utf8)
    {
        Document = document;
        _utf8 = utf8;
    }

    public JsonDocument Document { get; }

    public JsonElement Root => Document.RootElement;

    /// <summary>The 1-based line where <paramref name="element"/> starts (its raw text lies inside the parsed buffer), or null.</summary>
    public int? LineOf(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        var whole = _utf8.Span;
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
        var offset = (long)System.Runtime.CompilerServices.Unsafe.ByteOffset(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(whole),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(raw));
        if (element.ValueKind == JsonValueKind.String)
        {
            offset--; // the raw value of a string excludes its opening quote
        }

        return offset < 0 || offset > whole.Length ? null : whole[..(int)offset].Count((byte)'\n') + 1;
    }

    public void Dispose() => Document.Dispose();
}
