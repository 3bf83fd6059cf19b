using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>
/// Reads and writes a NodaTime value as a JSON string through one NodaTime pattern, so that the
/// text form is exactly the pattern's (ISO-8601) and a bad value fails with the pattern's own reason.
/// </summary>
/// <typeparam name="T">The NodaTime value type.</typeparam>
internal abstract class NodaPatternConverter<T> : JsonConverter<T>
{
    private readonly IPattern<T> _pattern;
    private readonly string _description;

    protected NodaPatternConverter(IPattern<T> pattern, string description)
    {
        _pattern = pattern;
        _description = description;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {_description} as a JSON string but found {reader.TokenType}. / Cần {_description} dạng chuỗi JSON.");
        }

        var text = StrictObject.GetString(ref reader, typeToConvert.Name, "value");
        var result = _pattern.Parse(text);
        if (!result.Success)
        {
            throw new JsonException($"'{Truncate(text)}' is not a valid {_description}: {result.Exception.Message} / '{Truncate(text)}' không phải {_description} hợp lệ.");
        }

        return result.Value;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(_pattern.Format(value));

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WritePropertyName(_pattern.Format(value));

    // Echoing a megabyte of hostile input into an exception message helps nobody.
    private static string Truncate(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 64), "…");
}
