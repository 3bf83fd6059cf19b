using System.Diagnostics.CodeAnalysis;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// Where official holiday schedules come from (<i>nguồn lịch nghỉ lễ, tết</i>), one per year, in the manner of
/// NodaTime's <c>IDateTimeZoneSource</c>: the built-in data (<see cref="BuiltIn"/>), a host's
/// JSON file (read with the JSON package's <c>HolidayScheduleJson</c>), or a combination in which the
/// host's years override the built-in ones (<see cref="Combine"/>).
/// </summary>
/// <remarks>
/// <para>Implementations must be immutable and thread-safe. A year with no schedule in any source is computed from
/// the statutory rules by <see cref="WorkingCalendar"/> and flagged provisional.</para>
/// <para>The JSON format (<c>kiemtra.holiday-schedules/1</c>) is the one of the built-in file
/// <c>src/KiemTra.Sdk/Data/Calendar/civil-service-schedules.json</c> and is described in <c>docs/deadlines.md</c>.
/// A host adds a newly announced year by reading its own document with the JSON package's <c>HolidayScheduleJson</c>
/// and combining it with <see cref="BuiltIn"/>:</para>
/// <code>
/// using var stream = File.OpenRead("schedules-2027.json");
/// var source = IHolidayScheduleSource.Combine(HolidayScheduleJson.Read(stream, "schedules-2027.json"), IHolidayScheduleSource.BuiltIn);
/// var calendar = WorkingCalendar.Create(new WorkingCalendarOptions { Schedules = source });
/// </code>
/// </remarks>
public interface IHolidayScheduleSource
{
    /// <summary>
    /// The official schedules for party and state bodies shipped with the SDK (2023–2026, each day citing its
    /// notice), loaded once on first use.
    /// </summary>
    static IHolidayScheduleSource BuiltIn => BuiltInHolidaySchedules.Source;

    /// <summary>Combines two sources: for each year the schedule of <paramref name="overrides"/> wins, else <paramref name="fallback"/>'s.</summary>
    /// <param name="overrides">The host's schedules.</param>
    /// <param name="fallback">Usually <see cref="BuiltIn"/>.</param>
    /// <returns>An immutable source.</returns>
    /// <exception cref="ArgumentNullException">A source is null.</exception>
    static IHolidayScheduleSource Combine(IHolidayScheduleSource overrides, IHolidayScheduleSource fallback)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(fallback);
        return new CompositeHolidayScheduleSource(overrides, fallback);
    }

    /// <summary>Identifies the data and its version, e.g. <c>built-in:2025-12-25</c>; shown in explanations.</summary>
    string VersionId { get; }

    /// <summary>The years this source has a schedule for, in ascending order.</summary>
    IReadOnlyList<int> GetYears();

    /// <summary>Finds the schedule for <paramref name="year"/>.</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="schedule">The schedule, when found.</param>
    /// <returns>Whether the source has a schedule for the year.</returns>
    bool TryGetSchedule(int year, [NotNullWhen(true)] out HolidaySchedule? schedule);
}
