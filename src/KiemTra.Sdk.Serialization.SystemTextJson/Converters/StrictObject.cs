using System.Text.Json;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>
/// Helpers for hand-written object converters: every domain object is read strictly — unknown
/// properties and missing required ones fail with a <see cref="JsonException"/> naming the property —
/// because a silently ignored field in a rule or a case is lost data.
/// </summary>
internal static class StrictObject
{
    internal static void ExpectStart(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName} but found {reader.TokenType}.");
        }
    }

    /// <summary>
    /// Advances to the next property name; returns false at the end of the object. A property seen twice is rejected
    /// (the last one would silently win): <paramref name="seen"/> holds the names read so far in this object.
    /// </summary>
    internal static bool NextProperty(ref Utf8JsonReader reader, string typeName, List<string> seen, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = GetString(ref reader, typeName, "(property name)");
        if (seen.Contains(name))
        {
            throw new JsonException($"{typeName}.{Clip(name)} appears twice; duplicate properties are rejected.");
        }

        seen.Add(name);
        reader.Read();
        return true;
    }

    internal static string ReadString(ref Utf8JsonReader reader, string typeName, string property)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"{typeName}.{property} must be a JSON string but is {reader.TokenType}.");
        }

        return GetString(ref reader, typeName, property);
    }

    /// <summary>
    /// The string under the reader, checked as the SDK's loaders check theirs: at most <see cref="InputRules.MaxStringLength"/>
    /// characters, no lone surrogate, and in Unicode normalisation form C (Vietnamese typed as NFD compares equal).
    /// </summary>
    internal static string GetString(ref Utf8JsonReader reader, string typeName, string property)
    {
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException($"{typeName}.{property} holds invalid Unicode (a lone surrogate).", ex);
        }

        if (text.Length > InputRules.MaxStringLength)
        {
            throw new JsonException($"{typeName}.{property} is {text.Length} characters long; the limit is {InputRules.MaxStringLength} (InputRules.MaxStringLength).");
        }

        return text.IsNormalized(System.Text.NormalizationForm.FormC) ? text : text.Normalize(System.Text.NormalizationForm.FormC);
    }

    private static string Clip(string text) => text.Length <= 64 ? text : text[..64] + "…";

    internal static string? ReadNullableString(ref Utf8JsonReader reader, string typeName, string property)
        => reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader, typeName, property);

    internal static bool ReadBoolean(ref Utf8JsonReader reader, string typeName, string property)
        => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new JsonException($"{typeName}.{property} must be true or false but is {reader.TokenType}."),
        };

    internal static JsonException Unknown(string typeName, string property)
        => new($"{typeName} has no property '{(property.Length <= 64 ? property : property[..64] + "…")}'; unknown properties are rejected so that no data is silently dropped.");

    internal static T Required<T>(T? value, string typeName, string property)
        where T : class
        => value ?? throw new JsonException($"{typeName}.{property} is required.");

    /// <summary>Runs a domain factory and turns its guard-clause exception into a <see cref="JsonException"/>.</summary>
    internal static T Create<T>(Func<T> factory, string typeName)
    {
        try
        {
            return factory();
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid {typeName}: {ex.Message}", ex);
        }
    }
}
