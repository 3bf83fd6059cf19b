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
    public static readonly LineAwareJson.ErrorFactory Error = (path, line, value, problem) => new DocumentError(path, line, value, problem.Code, problem.Text);

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
            : throw Error(node.DisplayPath, node.Line, text, OneOf<TEnum>());
    }

    public static string String(LineAwareJson node) => node.AsString(Error);

    public static string? OptionalString(LineAwareJson parent, string name) => parent.Optional(name)?.AsString(Error);

    public static int Int32(LineAwareJson node) => node.AsInt32(Error);

    public static bool Boolean(LineAwareJson node) => node.AsBoolean(Error);

    public static LocalDate Date(LineAwareJson node) => node.AsDate(Error);

    public static LocalDate? OptionalDate(LineAwareJson parent, string name) => parent.Optional(name)?.AsDate(Error);

    public static OrganizationId OrganizationId(LineAwareJson node) => Create(node, () => Organization.OrganizationId.From(node.AsString(Error)));

    public static MemberId MemberId(LineAwareJson node) => Create(node, () => Organization.MemberId.From(node.AsString(Error)));

    /// <summary>A typed record id (a case's, a decision's…) from a JSON string, refused with the id's own rules.</summary>
    public static RecordId<TRecord> Id<TRecord>(LineAwareJson node)
        where TRecord : class
        => Create(node, () => RecordId<TRecord>.From(node.AsString(Error)));

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
        var id = Id<Rules.RuleSet>(node.Required("ruleSetId", Error));
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
        writer.WriteString("ruleSetId", citation.RuleSetId.Value);
        writer.WriteString("instrument", citation.Instrument);
        if (citation.EnglishInstrument is not null)
        {
            writer.WriteString("instrumentEn", citation.EnglishInstrument);
        }

        WriteOptionalString(writer, "article", citation.Article);
        writer.WriteBoolean("verified", citation.Verified);
        writer.WriteEndObject();
    }

    /// <summary>The problem of a value that is not one of <typeparamref name="TEnum"/>'s codes, naming them.</summary>
    internal static DocumentProblem OneOf<TEnum>()
        where TEnum : struct, System.Enum
    {
        var names = string.Join(", ", System.Enum.GetNames<TEnum>());
        return DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, $"phải là một trong các giá trị: {names}", $"Expected one of: {names}.");
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
    public DocumentError(string path, int? line, string value, string code, LocalizedText problem, Exception? inner = null)
        : base($"{(path.Length == 0 ? "/" : path)}{(line is { } l ? $" (line {l})" : string.Empty)}: {problem.English}{(value.Length == 0 ? string.Empty : $" Value: '{DomainJson.Shorten(value)}'.")}", inner)
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

    /// <summary>The stable code, given where the error was raised (never guessed from the text).</summary>
    public string Code { get; }

    /// <summary>What is wrong, in Vietnamese and English.</summary>
    public LocalizedText Problem { get; }

    /// <summary>A domain factory refused the values at <paramref name="node"/>: its (English) message is kept as the problem.</summary>
    public static DocumentError RuleViolated(LineAwareJson node, Exception cause)
        => new(node.Path, node.Line, string.Empty, ErrorCodes.DocumentRuleViolated, RuleText(cause.Message), cause);

    /// <summary>The text of a rule a domain factory enforces: its message is English only (an argument exception's).</summary>
    public static LocalizedText RuleText(string english)
        => LocalizedText.Of("Giá trị trái quy định của dữ liệu (chi tiết ở bản tiếng Anh).", english);

    /// <summary>The core's data-format exception for a document named <paramref name="sourceName"/>.</summary>
    public DataFormatException ToDataFormat(string sourceName)
        => new(sourceName, Pointer, Line, Value, Code, Problem);
}
