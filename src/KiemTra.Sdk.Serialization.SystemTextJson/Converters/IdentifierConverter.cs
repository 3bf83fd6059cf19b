using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>Reads and writes a string-backed identifier through its validating factory.</summary>
internal abstract class IdentifierConverter<T> : JsonConverter<T>
    where T : struct
{
    private readonly Func<string, T> _create;
    private readonly Func<T, string> _text;
    private readonly string _description;

    protected IdentifierConverter(Func<string, T> create, Func<T, string> text, string description)
    {
        _create = create;
        _text = text;
        _description = description;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {_description} as a JSON string but found {reader.TokenType}.");
        }

        return Create(ref reader, typeToConvert, "value");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(TextOf(value));

    /// <summary>An id as a dictionary key (a JSON property name), checked by the same factory.</summary>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Create(ref reader, typeToConvert, "(property name)");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WritePropertyName(TextOf(value));

    /// <summary>The id under the reader, made by the validating factory; its refusal becomes a <see cref="JsonException"/>.</summary>
    private T Create(ref Utf8JsonReader reader, Type typeToConvert, string where)
    {
        try
        {
            return _create(StrictObject.GetString(ref reader, typeToConvert.Name, where));
        }
        catch (ArgumentException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    /// <summary>The id's text; a <c>default</c> id names nothing and is refused rather than written as "" that no reader accepts.</summary>
    private string TextOf(T value)
    {
        var text = _text(value);
        return text.Length > 0 ? text : throw new JsonException($"A default {_description} names nothing and cannot be written (it could not be read back).");
    }
}
