using KiemTra.Sdk;
using NodaTime;

namespace KiemTra.WebHost.Endpoints;

/// <summary>Text in both languages as returned by the API (domain explanations are always given in both).</summary>
/// <param name="Vi">Vietnamese.</param>
/// <param name="En">English.</param>
internal sealed record TextDto(string Vi, string En)
{
    /// <summary>From the SDK's text.</summary>
    public static TextDto Of(LocalizedText text) => new(text.Vietnamese, text.English);
}

/// <summary>ISO formatting.</summary>
internal static class Iso
{
    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>yyyy-MM-dd</c> or null.</summary>
    public static string? Date(LocalDate? date) => date is { } d ? Date(d) : null;
}
