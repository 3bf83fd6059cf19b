using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

/// <summary>
/// Hands out the converter of every domain type that has a <see cref="Shape{T}"/> (cases, decisions, denunciations,
/// organisations, indicators…). One factory rather than one class per type, so that
/// <see cref="KiemTraJsonContext"/> names it once; the converters are built once and looked up by type (no reflection,
/// nothing generic made at run time: trimming- and AOT-safe).
/// </summary>
internal sealed class DomainConverterFactory : JsonConverterFactory
{
    private static readonly Lazy<Dictionary<Type, JsonConverter>> Registry = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The types this factory converts.</summary>
    public static IEnumerable<Type> Types => Registry.Value.Keys;

    public override bool CanConvert(Type typeToConvert) => Registry.Value.ContainsKey(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => Registry.Value.TryGetValue(typeToConvert, out var converter) ? converter : null;

    /// <summary>The converter for <paramref name="type"/>, for tests that inspect shapes.</summary>
    internal static JsonConverter? Find(Type type) => Registry.Value.GetValueOrDefault(type);

    private static Dictionary<Type, JsonConverter> Build()
    {
        var all = new Dictionary<Type, JsonConverter>();
        foreach (var converter in DisciplineShapes.Converters().Concat(CaseShapes.Converters()).Concat(IndicatorShapes.Converters()).Concat(RegisterShapes.Converters()))
        {
            // A type registered twice would make one shape silently win: fail loudly at first use instead.
            all.Add(converter.Type!, converter);
        }

        return all;
    }
}
