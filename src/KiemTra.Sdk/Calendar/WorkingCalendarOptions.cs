namespace KiemTra.Sdk.Calendar;

/// <summary>
/// What a <see cref="WorkingCalendar"/> is built from (<i>tùy chọn lịch làm việc</i>): the year range, the official
/// schedules, the statutory rules and the optional holidays the host enables.
/// </summary>
public sealed record WorkingCalendarOptions
{
    /// <summary>The first year covered (default 2000).</summary>
    public int FirstYear { get; init; } = 2000;

    /// <summary>The last year covered (default 2100).</summary>
    public int LastYear { get; init; } = 2100;

    /// <summary>The official schedules (default <see cref="IHolidayScheduleSource.BuiltIn"/>); other years are computed and provisional.</summary>
    public IHolidayScheduleSource Schedules { get; init; } = IHolidayScheduleSource.BuiltIn;

    /// <summary>The statutory rules used for years without an official schedule (default <see cref="StatutoryHolidayRules.BuiltIn"/>).</summary>
    public StatutoryHolidayRules StatutoryRules { get; init; } = StatutoryHolidayRules.BuiltIn;

    /// <summary>
    /// Ids of optional holidays to apply (default none). An enabled optional holiday applies from its effective date in
    /// every year, official years included, and every day it affects is flagged provisional. The built-in rules have no
    /// optional holiday since 24/11 (<c>vietnamese-culture-day</c>) became statutory in 2026 (Nghị quyết 28/2026/QH16):
    /// it is applied by default, and naming the id of a statutory holiday here is accepted and changes nothing.
    /// </summary>
    public IReadOnlyCollection<string> EnabledOptionalHolidays { get; init; } = [];
}
