namespace KiemTra.Sdk.Calendar;

/// <summary>Opens the calendar's embedded JSON data.</summary>
internal static class EmbeddedCalendarData
{
    /// <summary>
    /// Opens <c>Data/Calendar/<paramref name="fileName"/></c>. The resource is found by its dotted name
    /// (<c>KiemTra.Sdk.Data.Calendar.x.json</c>) whatever separator MSBuild put in <c>%(RecursiveDir)</c>.
    /// </summary>
    public static Stream Open(string fileName)
    {
        var wanted = $"KiemTra.Sdk.Data.Calendar.{fileName}";
        var assembly = typeof(EmbeddedCalendarData).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('/', '.').Replace('\\', '.') == wanted);
        return (name is null ? null : assembly.GetManifestResourceStream(name))
            ?? throw new InvalidOperationException($"Embedded resource {wanted} is missing from the assembly.");
    }
}
