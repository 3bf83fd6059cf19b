namespace KiemTra.Sdk.Calendar;

/// <summary>
/// Factories for holiday-schedule sources (<i>nguồn lịch nghỉ</i>): the built-in official schedules and the
/// combination of a host's schedules with them.
/// </summary>
/// <remarks>
/// The JSON format (<c>kiemtra.holiday-schedules/1</c>) is the one of the built-in file
/// <c>src/KiemTra.Sdk/Data/Calendar/civil-service-schedules.json</c> and is described in <c>docs/deadlines.md</c>.
/// A host adds a newly announced year by reading its own document with the JSON package's <c>HolidayScheduleJson</c>
/// and combining it with <see cref="BuiltIn"/>:
/// <code>
/// using var stream = File.OpenRead("schedules-2027.json");
/// var source = HolidayScheduleSources.Combine(HolidayScheduleJson.Read(stream, "schedules-2027.json"), HolidayScheduleSources.BuiltIn);
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
        return Documents.HolidayScheduleJson.Read(stream, "built-in civil-service-schedules.json");
    }
}
