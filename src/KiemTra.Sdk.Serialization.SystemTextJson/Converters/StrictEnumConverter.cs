using System.Text.Json.Serialization;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>
/// An SDK enum as its exact member name (<c>"WorkingDays"</c>); numbers are rejected, because a stored <c>1</c> would
/// silently change meaning if members were ever reordered.
/// </summary>
internal sealed class StrictEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
    where TEnum : struct, Enum;
