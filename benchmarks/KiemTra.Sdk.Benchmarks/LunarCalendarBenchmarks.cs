using System.Globalization;
using BenchmarkDotNet.Attributes;
using KiemTra.Sdk.Calendar;
using NodaTime;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// Gregorian → lunar conversion over a year of dates: the SDK's precomputed table against .NET's
/// <see cref="ChineseLunisolarCalendar"/> (UTC+8, the wrong calendar for Vietnam, but the BCL's own
/// table-driven lunisolar conversion) as the baseline; plus the one-off cost of building the table.
/// </summary>
[MemoryDiagnoser]
public class LunarCalendarBenchmarks
{
    private readonly VietnameseLunarCalendar calendar = VietnameseLunarCalendar.Default;
    private readonly ChineseLunisolarCalendar chinese = new();
    private LocalDate[] dates = [];
    private DateTime[] dateTimes = [];

    [GlobalSetup]
    public void Setup()
    {
        var start = new LocalDate(2026, 1, 1);
        dates = Enumerable.Range(0, 365).Select(start.PlusDays).ToArray();
        dateTimes = dates.Select(d => new DateTime(d.Year, d.Month, d.Day, 0, 0, 0, DateTimeKind.Unspecified)).ToArray();
        calendar.FromLocalDate(start);
    }

    [Benchmark(Baseline = true)]
    public int ChineseLunisolarCalendar_YearMonthDay()
    {
        var sum = 0;
        foreach (var date in dateTimes)
        {
            sum += chinese.GetYear(date) + chinese.GetMonth(date) + chinese.GetDayOfMonth(date);
        }

        return sum;
    }

    [Benchmark]
    public int VietnameseLunarCalendar_FromLocalDate()
    {
        var sum = 0;
        foreach (var date in dates)
        {
            var lunar = calendar.FromLocalDate(date);
            sum += lunar.Year + lunar.Month + lunar.Day;
        }

        return sum;
    }

    [Benchmark]
    public int BuildTable_1900To2199() => LunarMonthTable.Build(1900, 2199, 7.0).MonthCount;
}

/// <summary>
/// Every day of the lunar calendar's supported range, Gregorian → lunar and back (the round trip the CLI's
/// <c>lunar</c> command and the holiday builder rely on): 1900–2199, about 110,000 days.
/// </summary>
[MemoryDiagnoser]
public class LunarRangeBenchmarks
{
    private readonly VietnameseLunarCalendar calendar = VietnameseLunarCalendar.Default;
    private LocalDate first;
    private int days;

    [GlobalSetup]
    public void Setup()
    {
        first = calendar.MinDate;
        days = Period.DaysBetween(calendar.MinDate, calendar.MaxDate) + 1;
        calendar.FromLocalDate(first);
    }

    /// <summary>Every day of the range to lunar and back; returns the number of round trips that came back equal.</summary>
    [Benchmark]
    public int EveryDay_RoundTrip()
    {
        var same = 0;
        var date = first;
        for (var i = 0; i < days; i++, date = date.PlusDays(1))
        {
            same += calendar.ToLocalDate(calendar.FromLocalDate(date)) == date ? 1 : 0;
        }

        return same;
    }

    /// <summary>Every day of the range to lunar only.</summary>
    [Benchmark]
    public int EveryDay_ToLunar()
    {
        var sum = 0;
        var date = first;
        for (var i = 0; i < days; i++, date = date.PlusDays(1))
        {
            sum += calendar.FromLocalDate(date).Day;
        }

        return sum;
    }
}
