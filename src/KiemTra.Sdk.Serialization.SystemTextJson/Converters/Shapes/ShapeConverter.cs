using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

/// <summary>A <see cref="JsonConverter{T}"/> over a <see cref="Shape{T}"/>: reads through the strict tree, writes every field.</summary>
internal sealed class ShapeConverter<T>(Shape<T> shape) : JsonConverter<T>
    where T : notnull
{
    public Shape<T> Shape { get; } = shape;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => DomainJson.ReadValue(ref reader, Shape.Codec.Read);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => Shape.Codec.Write(writer, value);
}

/// <summary>Creates shape converters and checks counts read from JSON.</summary>
internal static class ShapeConverter
{
    public static JsonConverter Of<T>(Shape<T> shape)
        where T : notnull
        => new ShapeConverter<T>(shape);
}

/// <summary>Guards for counts rebuilt from JSON into types whose constructors trust their caller.</summary>
internal static class Counts
{
    public static int NonNegative(int value, string field)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(field, value, $"'{field}' must not be negative.");

    public static long NonNegative(long value, string field)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(field, value, $"'{field}' must not be negative.");
}

/// <summary>A converter over a plain codec (a value written as a JSON string or number rather than an object).</summary>
internal sealed class CodecConverter<T>(Codec<T> codec) : JsonConverter<T>
    where T : notnull
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => DomainJson.ReadValue(ref reader, codec.Read);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => codec.Write(writer, value);
}
