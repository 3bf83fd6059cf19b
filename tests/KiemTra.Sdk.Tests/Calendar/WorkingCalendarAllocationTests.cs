using KiemTra.Sdk.Calendar;
using NodaTime;

namespace KiemTra.Sdk.Tests.Calendar;

/// <summary>The precomputed index answers without allocating (benchmarks measure speed; this guards the 0 B contract).</summary>
public class WorkingCalendarAllocationTests
{
    [Fact]
    public void Queries_AllocateNothing()
    {
        // R-W2: O(1), zero-allocation queries.
        var calendar = WorkingCalendar.Default;
        var start = new LocalDate(2026, 2, 13);
        var sink = 0L;
        for (var i = 0; i < 2; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var n = 0; n < 1000; n++)
            {
                var day = start.PlusDays(n % 300);
                sink += calendar.IsWorkingDay(day) ? 1 : 0;
                sink += calendar.AddWorkingDays(day, 30).Day;
                sink += calendar.CountWorkingDays(day, day.PlusDays(365));
                sink += calendar.IsProvisional(day) ? 1 : 0;
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (i == 1)
            {
                Assert.Equal(0, allocated);
            }
        }

        Assert.NotEqual(0, sink);
    }
}
