using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Documents;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>
/// Reads a <see cref="string"/> in Unicode normalisation form C, as the package's own readers read theirs
/// (<see cref="JsonInput.Nfc"/>); a lone surrogate (a <c>\uD800</c> escape) is a <see cref="JsonException"/>. Strings
/// are written as they are.
/// </summary>
internal sealed class NfcStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string but found {reader.TokenType}.");
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException("The string holds invalid Unicode (a lone surrogate).", ex);
        }

        return JsonInput.Nfc(text);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
