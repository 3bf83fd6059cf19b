using System.Globalization;
using System.Text;
using System.Text.Json;
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
    /// <summary>Turns a reader error into a <see cref="JsonException"/> naming the pointer, the line and the value.</summary>
    public static readonly LineAwareJson.ErrorFactory Error = (path, line, value, message) =>
        new JsonException($"{(path.Length == 0 ? "/" : path)}{(line is { } l ? $" (line {l})" : string.Empty)}: {message}{(value.Length == 0 ? string.Empty : $" Value: '{Shorten(value)}'.")}");

    /// <summary>Reads the current JSON value of <paramref name="reader"/> as a tree (the reader ends on the value's last token).</summary>
    public static LineAwareJson ReadTree(ref Utf8JsonReader reader)
    {
        // The raw text keeps the value's own line breaks, so lines in errors count from the value's first line.
        using var document = JsonDocument.ParseValue(ref reader);
        return LineAwareJson.Parse(Encoding.UTF8.GetBytes(document.RootElement.GetRawText()), Error);
    }

    /// <summary>Runs a domain factory and turns its guard-clause exception into a <see cref="JsonException"/> at <paramref name="node"/>.</summary>
    public static T Create<T>(LineAwareJson node, Func<T> factory)
    {
        try
        {
            return factory();
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"{node.DisplayPath} (line {node.Line}): {ex.Message}", ex);
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

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
