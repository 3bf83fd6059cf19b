using System.Globalization;
using System.Text;
using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>
/// Reading and writing helpers for the domain converters. Reading goes through the core's strict, line-aware tree
/// (<see cref="LineAwareJson"/>: unknown and duplicate fields rejected), so every error is a <see cref="JsonException"/>
/// whose message names the JSON pointer inside the value, the line and the offending value; System.Text.Json adds the
/// position of the value itself in the outer document (<see cref="JsonException.Path"/>).
/// </summary>
internal static class DomainJson
{
    /// <summary>Turns a reader error into a <see cref="DocumentError"/> naming the pointer, the line and the value, with its code.</summary>
    public static readonly LineAwareJson.ErrorFactory Error = (path, line, value, problem) => new DocumentError(path, line, value,
        problem.Code == ErrorCodes.DocumentValueInvalid ? DocumentError.Classify(problem.Text.English) : problem.Code, problem.Text.English);

    /// <summary>The core's data-format exception for an error reading the document <paramref name="sourceName"/>.</summary>
    public static DataFormatException ToDataFormat(Exception error, string sourceName)
        => error is DocumentError document
            ? document.ToDataFormat(sourceName)
            : new DataFormatException(sourceName, string.Empty, error is JsonException { LineNumber: { } l } ? (int)l + 1 : null, string.Empty, ErrorCodes.DocumentSyntax,
                LocalizedText.Of("Tài liệu không phải JSON hợp lệ.", error.Message));

    /// <summary>
    /// Reads one value for a <see cref="System.Text.Json.Serialization.JsonConverter{T}"/>: a document error becomes a
    /// plain <see cref="JsonException"/> with the same message (pointer, line, value) and cause, as System.Text.Json expects.
    /// </summary>
    public static T ReadValue<T>(ref Utf8JsonReader reader, Func<LineAwareJson, T> read)
    {
        var tree = ReadTree(ref reader);
        try
        {
            return read(tree);
        }
        catch (DocumentError ex)
        {
            throw new JsonException(ex.Message, ex.InnerException);
        }
    }

    /// <summary>Reads the current JSON value of <paramref name="reader"/> as a tree (the reader ends on the value's last token).</summary>
    public static LineAwareJson ReadTree(ref Utf8JsonReader reader)
    {
        // The raw text keeps the value's own line breaks, so lines in errors count from the value's first line.
        using var document = JsonDocument.ParseValue(ref reader);
        try
        {
            return LineAwareJson.Parse(Encoding.UTF8.GetBytes(document.RootElement.GetRawText()), Error);
        }
        catch (DocumentError ex)
        {
            throw new JsonException(ex.Message, ex.InnerException);
        }
    }

    /// <summary>Runs a domain factory and turns its guard-clause exception into a <see cref="DocumentError"/> at <paramref name="node"/>.</summary>
    public static T Create<T>(LineAwareJson node, Func<T> factory)
    {
        try
        {
            return factory();
        }
        catch (ArgumentException ex)
        {
            throw DocumentError.RuleViolated(node, ex);
        }
    }

    public static TEnum Enum<TEnum>(LineAwareJson node)
        where TEnum : struct, System.Enum
    {
        var text = node.AsString(Error);
        return System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !char.IsDigit(text[0]) && text[0] != '-'
            ? value
            : throw Error(node.DisplayPath, node.Line, text, $"Expected one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    public static string String(LineAwareJson node) => node.AsString(Error);

    public static string? OptionalString(LineAwareJson parent, string name) => parent.Optional(name)?.AsString(Error);

    public static int Int32(LineAwareJson node) => node.AsInt32(Error);

    public static bool Boolean(LineAwareJson node) => node.AsBoolean(Error);

    public static LocalDate Date(LineAwareJson node) => node.AsDate(Error);

    public static LocalDate? OptionalDate(LineAwareJson parent, string name) => parent.Optional(name)?.AsDate(Error);

    public static OrganizationId OrganizationId(LineAwareJson node) => Create(node, () => Organization.OrganizationId.From(node.AsString(Error)));

    public static MemberId MemberId(LineAwareJson node) => Create(node, () => Organization.MemberId.From(node.AsString(Error)));

    public static LocalizedText Text(LineAwareJson node)
    {
        node.ExpectObject(Error, "vi", "en");
        var vi = node.Required("vi", Error).AsString(Error);
        var en = node.Required("en", Error).AsString(Error);
        return Create(node, () => LocalizedText.Of(vi, en));
    }

    public static RuleCitation Citation(LineAwareJson node)
    {
        node.ExpectObject(Error, "ruleSetId", "instrument", "instrumentEn", "article", "verified");
        var id = node.Required("ruleSetId", Error).AsString(Error);
        var instrument = node.Required("instrument", Error).AsString(Error);
        var instrumentEn = OptionalString(node, "instrumentEn");
        var article = OptionalString(node, "article");
        var verified = node.Required("verified", Error).AsBoolean(Error);
        return Create(node, () => instrumentEn is null
            ? RuleCitation.Of(id, instrument, article, verified)
            : RuleCitation.Of(id, LocalizedText.Of(instrument, instrumentEn), article, verified));
    }

    public static List<T> Array<T>(LineAwareJson node, Func<LineAwareJson, T> item) => node.AsArray(Error).Select(item).ToList();

    public static void WriteDate(Utf8JsonWriter writer, string name, LocalDate date)
        => writer.WriteString(name, date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));

    public static void WriteOptionalDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            WriteDate(writer, name, d);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteOptionalString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteText(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("vi", text.Vietnamese);
        writer.WriteString("en", text.English);
        writer.WriteEndObject();
    }

    public static void WriteCitation(Utf8JsonWriter writer, string name, RuleCitation citation)
    {
        writer.WriteStartObject(name);
        writer.WriteString("ruleSetId", citation.RuleSetId);
        writer.WriteString("instrument", citation.Instrument);
        if (citation.EnglishInstrument is not null)
        {
            writer.WriteString("instrumentEn", citation.EnglishInstrument);
        }

        WriteOptionalString(writer, "article", citation.Article);
        writer.WriteBoolean("verified", citation.Verified);
        writer.WriteEndObject();
    }

    internal static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}

/// <summary>
/// An error reading a document or a value (<i>lỗi đọc dữ liệu</i>): the JSON pointer, the line, the offending value and
/// the stable code (<see cref="ErrorCodes"/>). Internal to the package (the shapes serve both the converters and the
/// document readers); a document reader turns it into the core's <see cref="DataFormatException"/> with
/// <see cref="ToDataFormat"/>, a converter into a plain <see cref="JsonException"/>. Not a <see cref="JsonException"/>
/// itself, so that the line-aware parser does not take an error it raised for "malformed JSON"; a bad document, so a
/// <see cref="FormatException"/>.
/// </summary>
internal sealed class DocumentError : FormatException
{
    public DocumentError(string path, int? line, string value, string code, string problem, Exception? inner = null)
        : base($"{(path.Length == 0 ? "/" : path)}{(line is { } l ? $" (line {l})" : string.Empty)}: {problem}{(value.Length == 0 ? string.Empty : $" Value: '{DomainJson.Shorten(value)}'.")}", inner)
    {
        Pointer = path == "/" ? string.Empty : path;
        Line = line is > 0 ? line : null;
        Value = value;
        Code = code;
        Problem = problem;
    }

    /// <summary>The JSON pointer ("" for the whole document).</summary>
    public string Pointer { get; }

    public int? Line { get; }

    public string Value { get; }

    public string Code { get; }

    /// <summary>What is wrong, in English (the Vietnamese side comes from the code).</summary>
    public string Problem { get; }

    /// <summary>A domain factory refused the values at <paramref name="node"/>: its message is kept as the problem.</summary>
    public static DocumentError RuleViolated(LineAwareJson node, Exception cause)
        => new(node.Path, node.Line, string.Empty, ErrorCodes.DocumentRuleViolated, cause.Message, cause);

    /// <summary>The code of a reader message of the line-aware tree (its messages are fixed sentences).</summary>
    public static string Classify(string message) => message switch
    {
        _ when message.StartsWith("Unknown field", StringComparison.Ordinal) => ErrorCodes.DocumentFieldUnknown,
        _ when message.EndsWith("appears twice.", StringComparison.Ordinal) => ErrorCodes.DocumentFieldDuplicate,
        _ when message.EndsWith("is required.", StringComparison.Ordinal) || message.Contains(" is required in ", StringComparison.Ordinal) => ErrorCodes.DocumentFieldMissing,
        _ when message.StartsWith("Malformed JSON", StringComparison.Ordinal) || message.StartsWith("The document is empty", StringComparison.Ordinal)
               || message.StartsWith("Unexpected content", StringComparison.Ordinal) || message.Contains("UTF-8", StringComparison.Ordinal) => ErrorCodes.DocumentSyntax,
        _ when message.Contains("InputLimits", StringComparison.Ordinal) || message.Contains("limit", StringComparison.Ordinal) || message.Contains("too long", StringComparison.OrdinalIgnoreCase) || message.Contains("too many", StringComparison.OrdinalIgnoreCase) => ErrorCodes.DocumentTooLarge,
        _ when message.StartsWith("Unsupported formatVersion", StringComparison.Ordinal) => ErrorCodes.DocumentVersionUnsupported,
        _ when message.Contains("is not in the register", StringComparison.Ordinal) => ErrorCodes.DocumentReferenceUnknown,
        _ => ErrorCodes.DocumentValueInvalid,
    };

    /// <summary>The core's data-format exception for a document named <paramref name="sourceName"/>.</summary>
    public DataFormatException ToDataFormat(string sourceName)
        => new(sourceName, Pointer, Line, Value, Code, LocalizedText.Of(Vietnamese(Code, Problem), Problem));

    private static string Vietnamese(string code, string problem) => code switch
    {
        ErrorCodes.DocumentFieldUnknown => "Tài liệu có trường mà định dạng không định nghĩa.",
        ErrorCodes.DocumentFieldDuplicate => "Tài liệu nêu một trường hai lần.",
        ErrorCodes.DocumentFieldMissing => "Tài liệu thiếu trường bắt buộc.",
        ErrorCodes.DocumentSyntax => "Tài liệu không phải JSON hợp lệ (mã UTF-8).",
        ErrorCodes.DocumentTooLarge => "Tài liệu vượt giới hạn đầu vào.",
        ErrorCodes.DocumentVersionUnsupported => "Phiên bản định dạng không được hỗ trợ.",
        ErrorCodes.DocumentReferenceUnknown => "Tài liệu tham chiếu một dữ kiện không có trong sổ.",
        ErrorCodes.DocumentRuleViolated => "Giá trị trái quy định (chi tiết bằng tiếng Anh: " + problem + ")",
        _ => "Giá trị sai kiểu hoặc sai định dạng.",
    };
}
