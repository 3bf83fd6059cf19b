using FsCheck;
using FsCheck.Fluent;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Deadlines;

/// <summary>Invariants of deadline counting (Civil Code 2015 Art. 147–148) over 2015–2035.</summary>
public class DeadlineCalculatorProperties
{
    private static readonly DeadlineCalculator Calculator = DeadlineCalculator.Default;
    private static readonly WorkingCalendar Calendar = Calculator.Calendar;
    private static readonly Gen<LocalDate> Dates = Gen.Choose(0, 365 * 20).Select(new LocalDate(2015, 1, 1).PlusDays);
    private static readonly Gen<RuleDurationUnit> Units = Gen.Elements(RuleDurationUnit.CalendarDays, RuleDurationUnit.WorkingDays, RuleDurationUnit.Months);

    private static Deadline Calculate(RuleDurationUnit unit, int count, LocalDate eventDate)
        => Calculator.Calculate(DeadlineRule.Create("p", unit, count, LocalizedText.Of("sự kiện", "event"), RuleCitation.Of(RuleSetId.From("T"), "Thử", null, true)), eventDate);

    [Fact]
    public void Due_IsAWorkingDayAfterTheEvent_AndOnlyNonWorkingDaysAreSkipped()
    {
        // R-W4
        Properties.Check(Prop.ForAll(Arb.From(Dates), Arb.From(Units), Arb.From(Gen.Choose(1, 60)), (eventDate, unit, count) =>
        {
            var deadline = Calculate(unit, count, eventDate);
            return Calendar.IsWorkingDay(deadline.Due)
                && deadline.Due > eventDate
                && deadline.Skipped.All(s => !s.IsWorkingDay && s.Date > eventDate && s.Date < deadline.Due);
        }), maxTests: 300);
    }

    [Fact]
    public void CalendarDays_DueIsNominalEndOrTheNextWorkingDay()
    {
        // R-W4: Art. 148(5): a last day that is not a working day ends at the end of the next working day.
        Properties.Check(Prop.ForAll(Arb.From(Dates), Arb.From(Gen.Choose(1, 60)), (eventDate, count) =>
        {
            var deadline = Calculate(RuleDurationUnit.CalendarDays, count, eventDate);
            var nominal = eventDate.PlusDays(count);
            var expected = Calendar.IsWorkingDay(nominal) ? nominal : Calendar.NextWorkingDay(nominal);
            return deadline.NominalEnd == nominal && deadline.Due == expected
                && deadline.Skipped.Count == Period.Between(nominal, expected, PeriodUnits.Days).Days;
        }), maxTests: 300);
    }

    [Fact]
    public void WorkingDays_CountBetweenEventAndDueIsTheLimit_AndSkippedAreAllNonWorkingDaysBetween()
    {
        // R-W4: only working days count; every non-working day passed over is in the trace.
        Properties.Check(Prop.ForAll(Arb.From(Dates), Arb.From(Gen.Choose(1, 60)), (eventDate, count) =>
        {
            var deadline = Calculate(RuleDurationUnit.WorkingDays, count, eventDate);
            var calendarDays = Period.Between(eventDate, deadline.Due, PeriodUnits.Days).Days;
            return Calendar.CountWorkingDays(eventDate, deadline.Due) == count
                && deadline.Skipped.Count == calendarDays - count;
        }), maxTests: 300);
    }

    [Fact]
    public void Due_IsMonotonicInCount()
    {
        // R-W4: a longer limit never ends earlier.
        Properties.Check(Prop.ForAll(Arb.From(Dates), Arb.From(Units), Arb.From(Gen.Choose(1, 40)), (eventDate, unit, count) =>
            Calculate(unit, count, eventDate).Due <= Calculate(unit, count + 1, eventDate).Due), maxTests: 300);
    }
}
