namespace KiemTra.Sdk.Calendar;

/// <summary>The built-in official schedules behind <see cref="IHolidayScheduleSource.BuiltIn"/>, loaded once on first use.</summary>
internal static class BuiltInHolidaySchedules
{
    private const string Resource = "civil-service-schedules.json";

    private static readonly Lazy<IHolidayScheduleSource> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in source.</summary>
    internal static IHolidayScheduleSource Source => Loaded.Value;

    private static IHolidayScheduleSource Load()
    {
        using var stream = EmbeddedCalendarData.Open(Resource);
        return Documents.HolidayScheduleJson.Read(stream, "built-in civil-service-schedules.json");
    }
}
