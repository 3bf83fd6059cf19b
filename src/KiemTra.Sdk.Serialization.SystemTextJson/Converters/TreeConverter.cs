using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>
/// A converter for a domain object read through the core's strict tree (<see cref="DomainJson.ReadTree"/>) and written
/// with a <see cref="Utf8JsonWriter"/>. One read and one write function per type; nested types reuse each other's.
/// </summary>
internal class TreeConverter<T> : JsonConverter<T>
    where T : notnull
{
    private readonly Func<LineAwareJson, T> _read;
    private readonly Action<Utf8JsonWriter, T> _write;

    public TreeConverter(Func<LineAwareJson, T> read, Action<Utf8JsonWriter, T> write)
    {
        _read = read;
        _write = write;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => DomainJson.ReadValue(ref reader, _read);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => _write(writer, value);
}
