using NodaTime;

namespace KiemTra.WebHost.Endpoints;

/// <summary>ISO dates in the host's own views (NodaTime's ISO pattern; SDK values are written by the JSON package).</summary>
internal static class Iso
{
    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public static string Date(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary><c>yyyy-MM-dd</c> or null.</summary>
    public static string? Date(LocalDate? date) => date is { } d ? Date(d) : null;
}
