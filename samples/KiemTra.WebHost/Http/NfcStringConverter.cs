using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiemTra.WebHost.Http;

/// <summary>
/// Every string of a JSON request body is read in Unicode NFC (<i>chuẩn hóa NFC khi đọc</i>), as the JSON package reads
/// the strings of a document: Vietnamese typed with combining marks arrives precomposed in the request models, so the
/// validators (which refuse text that is not NFC) and the database see one spelling. A string that is not valid UTF-16
/// (a lone surrogate) is a <see cref="JsonException"/>, i.e. a 400 naming its path. Strings are written as they are.
/// </summary>
internal sealed class NfcStringConverter : JsonConverter<string>
{
    /// <inheritdoc />
    public override bool HandleNull => false;

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }

        return Nfc.TryNormalize(reader.GetString(), out var normalized)
            ? normalized
            : throw new JsonException("The string is not valid Unicode (a lone surrogate).");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
