using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace KiemTra.Sdk.Calendar;

/// <summary>An immutable set of schedules keyed by year (what the JSON loader produces).</summary>
internal sealed class InMemoryHolidayScheduleSource : IHolidayScheduleSource
{
    private readonly FrozenDictionary<int, HolidaySchedule> schedules;
    private readonly int[] years;

    public InMemoryHolidayScheduleSource(string versionId, IEnumerable<HolidaySchedule> schedules)
    {
        VersionId = versionId;
        this.schedules = schedules.ToFrozenDictionary(s => s.Year);
        years = this.schedules.Keys.Order().ToArray();
    }

    public string VersionId { get; }

    public IReadOnlyList<int> GetYears() => years;

    public bool TryGetSchedule(int year, [NotNullWhen(true)] out HolidaySchedule? schedule) => schedules.TryGetValue(year, out schedule);
}
