using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KiemTra.Sdk.Calendar;
using NodaTime;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// Working-day arithmetic (R-W2): the precomputed <see cref="WorkingCalendar"/> index against a naive day-by-day loop
/// over a <see cref="HashSet{T}"/> of the same days off and make-up Saturdays (the baseline of each category), and
/// the cost of building the calendar for its whole range (2000–2100).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CalendarBenchmarks
{
    private WorkingCalendar calendar = null!;
    private HashSet<LocalDate> daysOff = null!;
    private HashSet<LocalDate> makeUpDays = null!;
    private LocalDate start;
    private LocalDate yearEnd;

    [GlobalSetup]
    public void Setup()
    {
        calendar = WorkingCalendar.Default;
        daysOff = [];
        makeUpDays = [];
        for (var year = 2000; year <= 2100; year++)
        {
            var schedule = calendar.GetSchedule(year);
            daysOff.UnionWith(schedule.DaysOff.Select(d => d.Date));
            makeUpDays.UnionWith(schedule.MakeUpWorkdays.Select(m => m.Date));
        }

        start = new LocalDate(2026, 2, 13);
        yearEnd = new LocalDate(2027, 2, 13);
    }

    [Benchmark(Baseline = true, Description = "Naive AddWorkingDays(30)")]
    [BenchmarkCategory("AddWorkingDays30")]
    public LocalDate NaiveAddWorkingDays30()
    {
        var day = start;
        for (var remaining = 30; remaining > 0;)
        {
            day = day.PlusDays(1);
            if (NaiveIsWorkingDay(day))
            {
                remaining--;
            }
        }

        return day;
    }

    [Benchmark(Description = "WorkingCalendar.AddWorkingDays(30)")]
    [BenchmarkCategory("AddWorkingDays30")]
    public LocalDate AddWorkingDays30() => calendar.AddWorkingDays(start, 30);

    [Benchmark(Baseline = true, Description = "Naive CountWorkingDays(1 year)")]
    [BenchmarkCategory("CountWorkingDaysYear")]
    public int NaiveCountWorkingDaysYear()
    {
        var count = 0;
        for (var day = start.PlusDays(1); day <= yearEnd; day = day.PlusDays(1))
        {
            if (NaiveIsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark(Description = "WorkingCalendar.CountWorkingDays(1 year)")]
    [BenchmarkCategory("CountWorkingDaysYear")]
    public int CountWorkingDaysYear() => calendar.CountWorkingDays(start, yearEnd);

    [Benchmark(Baseline = true, Description = "Naive IsWorkingDay")]
    [BenchmarkCategory("IsWorkingDay")]
    public bool NaiveIsWorkingDayBenchmark() => NaiveIsWorkingDay(start);

    [Benchmark(Description = "WorkingCalendar.IsWorkingDay")]
    [BenchmarkCategory("IsWorkingDay")]
    public bool IsWorkingDay() => calendar.IsWorkingDay(start);

    [Benchmark(Description = "WorkingCalendar.Create(2000–2100)")]
    [BenchmarkCategory("Build")]
    public WorkingCalendar Build() => WorkingCalendar.Create(new WorkingCalendarOptions());

    private bool NaiveIsWorkingDay(LocalDate day)
        => makeUpDays.Contains(day) || (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !daysOff.Contains(day));
}
