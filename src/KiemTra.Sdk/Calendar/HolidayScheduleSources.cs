namespace KiemTra.Sdk.Calendar;

/// <summary>
/// Factories for holiday-schedule sources (<i>nguồn lịch nghỉ</i>): the built-in official schedules, a host's
/// JSON document, and the combination of the two.
/// </summary>
/// <remarks>
/// The JSON format (<c>kiemtra.holiday-schedules/1</c>) is the one of the built-in file
/// <c>src/KiemTra.Sdk/Data/Calendar/civil-service-schedules.json</c> and is described in <c>docs/deadlines.md</c>.
/// A host adds a newly announced year by loading its own document and combining it with <see cref="BuiltIn"/>:
/// <code>
/// var source = HolidayScheduleSources.Combine(HolidayScheduleSources.LoadFile("schedules-2027.json"), HolidayScheduleSources.BuiltIn);
/// var calendar = WorkingCalendar.Create(new WorkingCalendarOptions { Schedules = source });
/// </code>
/// </remarks>
public static class HolidayScheduleSources
{
    private const string BuiltInResource = "civil-service-schedules.json";

    private static readonly Lazy<IHolidayScheduleSource> BuiltInSource = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The official schedules for party and state bodies shipped with the SDK (2023–2026, each day citing its
    /// notice), loaded once on first use.
    /// </summary>
    public static IHolidayScheduleSource BuiltIn => BuiltInSource.Value;

    /// <summary>Reads a schedule document from a stream.</summary>
    /// <param name="stream">UTF-8 JSON in the <c>kiemtra.holiday-schedules/1</c> format; not closed.</param>
    /// <param name="documentName">A name for the document used in error messages and <see cref="IHolidayScheduleSource.VersionId"/>.</param>
    /// <returns>An immutable source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="documentName"/> is empty.</exception>
    /// <exception cref="HolidayScheduleFormatException">
    /// The JSON is malformed, or an entry is bad: an unknown field, a missing or undefined citation, a duplicate or
    /// overlapping date, a make-up day that is not a Saturday, a date outside its year, two schedules for a year.
    /// </exception>
    public static IHolidayScheduleSource Load(Stream stream, string documentName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentName);
        return HolidayScheduleJsonReader.Read(stream, documentName);
    }

    /// <summary>Reads a schedule document from a file.</summary>
    /// <param name="path">Path of a UTF-8 JSON file in the <c>kiemtra.holiday-schedules/1</c> format.</param>
    /// <returns>An immutable source named after the file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="HolidayScheduleFormatException">The document is bad (see <see cref="Load(Stream, string)"/>).</exception>
    public static IHolidayScheduleSource LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path));
    }

    /// <summary>Combines two sources: for each year the schedule of <paramref name="overrides"/> wins, else <paramref name="fallback"/>'s.</summary>
    /// <param name="overrides">The host's schedules.</param>
    /// <param name="fallback">Usually <see cref="BuiltIn"/>.</param>
    /// <returns>An immutable source.</returns>
    /// <exception cref="ArgumentNullException">A source is null.</exception>
    public static IHolidayScheduleSource Combine(IHolidayScheduleSource overrides, IHolidayScheduleSource fallback)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(fallback);
        return new CompositeHolidayScheduleSource(overrides, fallback);
    }

    private static IHolidayScheduleSource LoadBuiltIn()
    {
        using var stream = EmbeddedCalendarData.Open(BuiltInResource);
        return Load(stream, "built-in civil-service-schedules.json");
    }
}
