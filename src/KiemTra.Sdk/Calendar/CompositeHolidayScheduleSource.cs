using System.Diagnostics.CodeAnalysis;

namespace KiemTra.Sdk.Calendar;

/// <summary>Two sources where the first one's years replace the second one's, year by year.</summary>
internal sealed class CompositeHolidayScheduleSource : IHolidayScheduleSource
{
    private readonly IHolidayScheduleSource overrides;
    private readonly IHolidayScheduleSource fallback;
    private readonly int[] years;

    public CompositeHolidayScheduleSource(IHolidayScheduleSource overrides, IHolidayScheduleSource fallback)
    {
        this.overrides = overrides;
        this.fallback = fallback;
        years = overrides.GetYears().Union(fallback.GetYears()).Order().ToArray();
        VersionId = $"{overrides.VersionId} > {fallback.VersionId}";
    }

    public string VersionId { get; }

    public IReadOnlyList<int> GetYears() => years;

    public bool TryGetSchedule(int year, [NotNullWhen(true)] out HolidaySchedule? schedule)
        => overrides.TryGetSchedule(year, out schedule) || fallback.TryGetSchedule(year, out schedule);
}
