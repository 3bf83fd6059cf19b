using System.Diagnostics.CodeAnalysis;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// Where official holiday schedules come from (<i>nguồn lịch nghỉ lễ, tết</i>), one per year, in the manner of
/// NodaTime's <c>IDateTimeZoneSource</c>: the built-in data (<see cref="HolidayScheduleSources.BuiltIn"/>), a host's
/// JSON file (read with the JSON package's <c>HolidayScheduleJson</c>), or a combination in which the
/// host's years override the built-in ones (<see cref="HolidayScheduleSources.Combine"/>).
/// </summary>
/// <remarks>
/// Implementations must be immutable and thread-safe. A year with no schedule in any source is computed from
/// the statutory rules by <see cref="WorkingCalendar"/> and flagged provisional.
/// </remarks>
public interface IHolidayScheduleSource
{
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
