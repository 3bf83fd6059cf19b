using KiemTra.Sdk;
using KiemTra.Sdk.Calendar;
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

/// <summary>One day explained (<i>giải thích một ngày</i>).</summary>
/// <param name="Date">ISO date.</param>
/// <param name="DayOfWeek">English day name.</param>
/// <param name="Kind">The <see cref="DayKind"/> name.</param>
/// <param name="Working">Whether it is a working day.</param>
/// <param name="Reason">Why.</param>
/// <param name="Source">The schedule or rule it comes from.</param>
/// <param name="Provisional">Whether it rests on a schedule not yet announced (computed from the statutory rules).</param>
internal sealed record DayDto(string Date, string DayOfWeek, string Kind, bool Working, TextDto Reason, string Source, bool Provisional)
{
    /// <summary>From the SDK's explanation.</summary>
    public static DayDto Of(DayExplanation day) =>
        new(Iso.Date(day.Date), day.Date.DayOfWeek.ToString(), day.Kind.ToString(), day.IsWorkingDay, TextDto.Of(day.Reason), day.Source.ToString(), day.IsProvisional);
}

/// <summary>ISO formatting.</summary>
internal static class Iso
{
    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>yyyy-MM-dd</c> or null.</summary>
    public static string? Date(LocalDate? date) => date is { } d ? Date(d) : null;
}
