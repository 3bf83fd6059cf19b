using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>Reads and writes a <see cref="DateTimeZone"/> as its TZDB id (e.g. <c>Asia/Ho_Chi_Minh</c>).</summary>
internal sealed class DateTimeZoneConverter : JsonConverter<DateTimeZone>
{
    private readonly IDateTimeZoneProvider _provider;

    internal DateTimeZoneConverter(IDateTimeZoneProvider provider) => _provider = provider;

    public override DateTimeZone Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a time zone id as a JSON string but found {reader.TokenType}.");
        }

        var id = reader.GetString()!;
        return _provider.GetZoneOrNull(id)
            ?? throw new JsonException($"Unknown time zone id '{(id.Length <= 64 ? id : id[..64] + "…")}'. / Không có múi giờ này.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Id);
}
