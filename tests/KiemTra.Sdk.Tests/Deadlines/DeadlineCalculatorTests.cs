using System.Text;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Deadlines;

public class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = DeadlineCalculator.Default;
    private static readonly RuleCitation Seed001 = RuleCitation.Of(RuleSetId.From("SEED-001"), "Chương trình hành động thực hiện Kết luận 34-KL/TW", "§2.2(4)", verified: true);

    private static DeadlineRule Rule(RuleDurationUnit unit, int count, string anchor = "ngày xảy ra sự kiện") => DeadlineRule.Create("test", unit, count, LocalizedText.Of(anchor, "the event"), Seed001);

    // R-D4 shapes (the rule-set data is owned elsewhere; these are the four shapes of seed 001 §2.2(4)).
    [Fact]
    public void DetentionNotice_3CalendarDays_EndingOnWeekend_RollsToMonday()
    {
        // R-W1, R-W4: i1 "chậm nhất 3 ngày": Thu 2026-03-05 + 3 days = Sun 8/3 → Mon 9/3.
        var deadline = Calculator.Calculate(Rule(RuleDurationUnit.CalendarDays, 3, "ngày đảng viên bị tạm giữ"), new LocalDate(2026, 3, 5));
        Assert.Equal(new LocalDate(2026, 3, 8), deadline.NominalEnd);
        Assert.Equal(new LocalDate(2026, 3, 9), deadline.Due);
        Assert.Equal([new LocalDate(2026, 3, 8)], deadline.Skipped.Select(s => s.Date));
    }

    [Fact]
    public void StateDisciplineNotice_5CalendarDays_EndingOnWorkingDay_IsNotMoved()
    {
        // R-W1, R-W4: i3 "trong thời hạn 5 ngày": Mon 2026-03-02 + 5 days = Sat 7/3 → Mon 9/3; Wed 4/3 + 5 = Mon 9/3.
        Assert.Equal(new LocalDate(2026, 3, 9), Calculator.Calculate(Rule(RuleDurationUnit.CalendarDays, 5), new LocalDate(2026, 3, 2)).Due);
        var onTime = Calculator.Calculate(Rule(RuleDurationUnit.CalendarDays, 5), new LocalDate(2026, 3, 4));
        Assert.Equal(new LocalDate(2026, 3, 9), onTime.Due);
        Assert.Empty(onTime.Skipped);
    }

    [Fact]
    public void PartyConsidersDiscipline_30WorkingDays_SkipsTet_2026()
    {
        // R-W1, R-W2: i3 "chậm nhất là 30 ngày làm việc, kể từ ngày nhận được thông báo": Fri 13/2/2026 → Fri 3/4/2026.
        var deadline = Calculator.Calculate(Rule(RuleDurationUnit.WorkingDays, 30, "ngày nhận được thông báo"), new LocalDate(2026, 2, 13));
        Assert.Equal(new LocalDate(2026, 4, 3), deadline.Due);
        Assert.False(deadline.IsProvisional);
        Assert.Equal(Enumerable.Range(14, 9).Select(d => new LocalDate(2026, 2, d)), deadline.Skipped.Take(9).Select(s => s.Date));
        Assert.Contains("Tết Nguyên đán Bính Ngọ", deadline.Explanation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void StateConsidersDiscipline_30WorkingDays_CountsMakeUpSaturday_2026_08_22()
    {
        // R-W1, R-W3: i4 "trong thời hạn 30 ngày làm việc, kể từ ngày công bố quyết định kỷ luật đảng".
        var deadline = Calculator.Calculate(Rule(RuleDurationUnit.WorkingDays, 30, "ngày công bố quyết định kỷ luật đảng"), new LocalDate(2026, 8, 14));
        Assert.Equal(new LocalDate(2026, 9, 29), deadline.Due);
        Assert.DoesNotContain(new LocalDate(2026, 8, 22), deadline.Skipped.Select(s => s.Date));
        Assert.Contains(new LocalDate(2026, 8, 31), deadline.Skipped.Select(s => s.Date));
        Assert.Equal(30, Calculator.Calendar.CountWorkingDays(deadline.EventDate, deadline.Due));
    }

    [Fact]
    public void CalendarDays_LastDayOnCompensatoryDay_EndsNextWorkingDay()
    {
        // R-W4: Fri 24/4/2026 + 3 days = Mon 27/4 (compensatory day for Hùng Kings) → Tue 28/4.
        var deadline = Calculator.Calculate(Rule(RuleDurationUnit.CalendarDays, 3), new LocalDate(2026, 4, 24));
        Assert.Equal(new LocalDate(2026, 4, 28), deadline.Due);
        Assert.Equal(DayKind.CompensatoryDayOff, deadline.Skipped.Single().Kind);
        Assert.Contains("Art. 148(5)", deadline.Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Months_ClampToMonthEnd_ThenRollForward()
    {
        // R-W4: 31/1/2026 + 1 month = 28/2/2026 (Saturday) → Mon 2/3/2026 (Civil Code Art. 148(3), 148(5)).
        var deadline = Calculator.Calculate(Rule(RuleDurationUnit.Months, 1), new LocalDate(2026, 1, 31));
        Assert.Equal(new LocalDate(2026, 2, 28), deadline.NominalEnd);
        Assert.Equal(new LocalDate(2026, 3, 2), deadline.Due);
    }

    [Fact]
    public void Years_SameDayAndMonth_LeapDayClampsToTheTwentyEighth()
    {
        // R-W4: 29/2/2024 + 1 year has no 29/2: the limit ends on 28/2/2025, a Friday and a working day (Civil Code Art. 148(4)).
        var deadline = Calculator.Calculate(Rule(RuleDurationUnit.Years, 1), new LocalDate(2024, 2, 29));
        Assert.Equal(new LocalDate(2025, 2, 28), deadline.NominalEnd);
        Assert.Equal(new LocalDate(2025, 2, 28), deadline.Due);
        Assert.Contains("1 năm", deadline.Explanation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_InYearWithoutOfficialSchedule_IsProvisional()
    {
        // R-W2: Tết 2027 is computed from the statutory rules.
        var deadline = Calculator.Calculate(Rule(RuleDurationUnit.WorkingDays, 5), new LocalDate(2027, 2, 1));
        Assert.True(deadline.IsProvisional);
        Assert.Contains("Provisional", deadline.Explanation.English, StringComparison.Ordinal);
        Assert.False(Calculator.Calculate(Rule(RuleDurationUnit.WorkingDays, 5), new LocalDate(2026, 2, 1)).IsProvisional);
    }

    [Fact]
    public void Rule_RejectsBadCountAndUnit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rule(RuleDurationUnit.WorkingDays, 0));
        Assert.Throws<ArgumentException>(() => Rule((RuleDurationUnit)7, 3));
    }

    [Fact]
    public void GoldenCases_AroundTetSwapsAndMakeUpSaturdays_2023To2027()
    {
        // R-W4: every deadline explains itself: due date, provisional flag, every day skipped and why.
        var cases = new (string Event, RuleDurationUnit Unit, int Count)[]
        {
            ("2022-12-30", RuleDurationUnit.WorkingDays, 1),
            ("2023-01-19", RuleDurationUnit.WorkingDays, 1),
            ("2023-01-17", RuleDurationUnit.CalendarDays, 5),
            ("2023-04-28", RuleDurationUnit.WorkingDays, 3),
            ("2023-08-31", RuleDurationUnit.CalendarDays, 1),
            ("2024-02-07", RuleDurationUnit.WorkingDays, 30),
            ("2024-04-26", RuleDurationUnit.WorkingDays, 5),
            ("2024-05-03", RuleDurationUnit.CalendarDays, 1),
            ("2025-01-24", RuleDurationUnit.CalendarDays, 3),
            ("2025-04-25", RuleDurationUnit.WorkingDays, 1),
            ("2025-04-29", RuleDurationUnit.WorkingDays, 3),
            ("2025-08-29", RuleDurationUnit.WorkingDays, 2),
            ("2025-12-31", RuleDurationUnit.Months, 1),
            ("2026-01-09", RuleDurationUnit.WorkingDays, 1),
            ("2026-02-13", RuleDurationUnit.WorkingDays, 30),
            ("2026-02-12", RuleDurationUnit.CalendarDays, 5),
            ("2026-08-21", RuleDurationUnit.WorkingDays, 1),
            ("2026-08-28", RuleDurationUnit.CalendarDays, 3),
            ("2026-12-25", RuleDurationUnit.WorkingDays, 30),
            ("2027-02-03", RuleDurationUnit.WorkingDays, 5),
            ("2027-04-15", RuleDurationUnit.CalendarDays, 1),
        };
        var text = new StringBuilder();
        foreach (var (eventDate, unit, count) in cases)
        {
            var deadline = Calculator.Calculate(Rule(unit, count), NodaTime.Text.LocalDatePattern.Iso.Parse(eventDate).Value);
            text.AppendLine($"{eventDate} +{count} {unit} -> due {deadline.Due:uuuu-MM-dd} ({deadline.Due.DayOfWeek}) nominal {deadline.NominalEnd:uuuu-MM-dd} provisional={deadline.IsProvisional}");
            foreach (var day in deadline.Skipped)
            {
                text.AppendLine($"    skip {day.Date:uuuu-MM-dd} {day.Date.DayOfWeek,-9} {day.Kind,-18} {day.Reason.English}");
            }

            text.AppendLine($"    vi: {deadline.Explanation.Vietnamese}");
            text.AppendLine($"    en: {deadline.Explanation.English}");
        }

        Approvals.Verify(text.ToString(), "DeadlineCases_2023_2027");
    }
}
