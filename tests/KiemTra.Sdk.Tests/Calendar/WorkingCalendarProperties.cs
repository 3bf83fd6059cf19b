using FsCheck;
using FsCheck.Fluent;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Calendar;

/// <summary>Invariants of working-day arithmetic over 2015–2035 (official and provisional years).</summary>
public class WorkingCalendarProperties
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;
    private static readonly LocalDate Start = new(2015, 1, 1);

    private static readonly Gen<LocalDate> Dates = Gen.Choose(0, 365 * 20).Select(Start.PlusDays);
    private static readonly Gen<int> Steps = Gen.Choose(-400, 400);

    private static LocalDate WorkingOnOrAfter(LocalDate d) => Calendar.IsWorkingDay(d) ? d : Calendar.NextWorkingDay(d);

    [Fact]
    public void AddOfCount_ReturnsEnd_ForEveryWorkingEnd()
    {
        // R-W4: AddWorkingDays(d, CountWorkingDays(d, e)) == e for working e, e before or after d.
        Properties.Check(Prop.ForAll(Arb.From(Dates), Arb.From(Dates), (d, end) =>
        {
            var e = WorkingOnOrAfter(end);
            return Calendar.AddWorkingDays(d, Calendar.CountWorkingDays(d, e)) == e;
        }));
    }

    [Fact]
    public void CountOfAdd_ReturnsN()
    {
        // R-W4
        Properties.Check(Prop.ForAll(Arb.From(Dates), Arb.From(Steps), (d, n) => Calendar.CountWorkingDays(d, Calendar.AddWorkingDays(d, n)) == n));
    }

    [Fact]
    public void AddWorkingDays_ResultIsWorkingDay_ForNonZeroN()
    {
        // R-W2
        Properties.Check(Prop.ForAll(Arb.From(Dates), Arb.From(Steps.Where(n => n != 0)), (d, n) => Calendar.IsWorkingDay(Calendar.AddWorkingDays(d, n))));
    }

    [Fact]
    public void AddWorkingDays_IsStrictlyMonotonicInN()
    {
        // R-W4: more working days never give an earlier date.
        Properties.Check(Prop.ForAll(Arb.From(Dates), Arb.From(Steps), (d, n) => Calendar.AddWorkingDays(d, n) < Calendar.AddWorkingDays(d, n + 1)));
    }

    [Fact]
    public void AddThenSubtract_ReturnsDateOrNearestWorkingDayBehind()
    {
        // R-W4: AddWorkingDays(AddWorkingDays(d, n), -n) is d for a working d; otherwise the working day
        // before d (n > 0) or after d (n < 0).
        Properties.Check(Prop.ForAll(Arb.From(Dates), Arb.From(Steps.Where(n => n != 0)), (d, n) =>
        {
            var back = Calendar.AddWorkingDays(Calendar.AddWorkingDays(d, n), -n);
            var expected = Calendar.IsWorkingDay(d) ? d : n > 0 ? Calendar.PreviousWorkingDay(d) : Calendar.NextWorkingDay(d);
            return back == expected;
        }));
    }

    [Fact]
    public void CountWorkingDays_MatchesNaiveDayByDayCount()
    {
        // R-W2: the precomputed index agrees with a day-by-day count.
        Properties.Check(Prop.ForAll(Arb.From(Dates), Arb.From(Gen.Choose(0, 120)), (d, span) =>
        {
            var e = d.PlusDays(span);
            var naive = 0;
            for (var x = d.PlusDays(1); x <= e; x = x.PlusDays(1))
            {
                naive += Calendar.IsWorkingDay(x) ? 1 : 0;
            }

            return Calendar.CountWorkingDays(d, e) == naive && Calendar.CountWorkingDays(e, d) == -(naive - (Calendar.IsWorkingDay(e) ? 1 : 0) + (Calendar.IsWorkingDay(d) ? 1 : 0));
        }), maxTests: 200);
    }
}
