using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>Reads and writes <see cref="LocalizedText"/> as <c>{"vi":"…","en":"…"}</c>.</summary>
internal sealed class LocalizedTextConverter : JsonConverter<LocalizedText>
{
    private const string TypeName = nameof(LocalizedText);

    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        StrictObject.ExpectStart(ref reader, TypeName);
        string? vi = null, en = null;
        var seen = new List<string>(5);
        while (StrictObject.NextProperty(ref reader, TypeName, seen, out var name))
        {
            switch (name)
            {
                case "vi": vi = StrictObject.ReadString(ref reader, TypeName, name); break;
                case "en": en = StrictObject.ReadString(ref reader, TypeName, name); break;
                default: throw StrictObject.Unknown(TypeName, name);
            }
        }

        var vietnamese = StrictObject.Required(vi, TypeName, "vi");
        var english = StrictObject.Required(en, TypeName, "en");
        return StrictObject.Create(() => LocalizedText.Of(vietnamese, english), TypeName);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("vi", value.Vietnamese);
        writer.WriteString("en", value.English);
        writer.WriteEndObject();
    }
}
