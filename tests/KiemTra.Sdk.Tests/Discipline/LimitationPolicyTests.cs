using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;
using static KiemTra.Sdk.Tests.Discipline.DisciplineFixtures;

namespace KiemTra.Sdk.Tests.Discipline;

public class LimitationPolicyTests
{
    private static readonly LocalDate Violation = new(2020, 3, 10);

    [Fact]
    public void Reprimand_FiveYears_LastDayIsTheAnniversary()
    {
        // R-D1 (QĐ 69 Art. 4): counted from the violation; the period ends at the end of the same day five years on.
        var onLastDay = Limitations.Assess(DisciplineForm.Reprimand, Violation, new LocalDate(2025, 3, 10), [], []);
        var dayAfter = Limitations.Assess(DisciplineForm.Reprimand, Violation, new LocalDate(2025, 3, 11), [], []);
        Assert.Equal(LimitationOutcome.WithinPeriod, onLastDay.Outcome);
        Assert.Equal(new LocalDate(2025, 3, 10), onLastDay.LastDay);
        Assert.Equal(LimitationOutcome.Expired, dayAfter.Outcome);
        Assert.False(dayAfter.MayDiscipline);
        Assert.Equal(Limitation, dayAfter.Rule);
    }

    [Theory]
    [InlineData(DisciplineForm.Warning)]
    [InlineData(DisciplineForm.RemovalFromPost)]
    public void WarningAndRemoval_TenYears(DisciplineForm form)
    {
        // R-D1
        Assert.Equal(LimitationOutcome.WithinPeriod, Limitations.Assess(form, Violation, new LocalDate(2030, 3, 10), [], []).Outcome);
        Assert.Equal(LimitationOutcome.Expired, Limitations.Assess(form, Violation, new LocalDate(2030, 3, 11), [], []).Outcome);
    }

    [Theory]
    [InlineData(DisciplineForm.Expulsion)]
    [InlineData(DisciplineForm.Dissolution)]
    public void ExpulsionAndDissolution_HaveNoLimitation(DisciplineForm form)
    {
        // R-D1
        var result = Limitations.Assess(form, Violation, new LocalDate(2050, 1, 1), [], []);
        Assert.Equal(LimitationOutcome.NoLimitation, result.Outcome);
        Assert.Null(result.LastDay);
        Assert.True(result.MayDiscipline);
    }

    [Theory]
    [InlineData(ViolationCategory.InternalPoliticalSecurity)]
    [InlineData(ViolationCategory.DefenseSecurityOrForeignAffairs)]
    [InlineData(ViolationCategory.IllegalDiploma)]
    public void ExemptCategories_HaveNoLimitation_EvenForAReprimand(ViolationCategory category)
    {
        // R-D1
        var result = Limitations.Assess(DisciplineForm.Reprimand, Violation, new LocalDate(2040, 1, 1), [], [category]);
        Assert.Equal(LimitationOutcome.NoLimitation, result.Outcome);
        Assert.Contains("Không áp dụng thời hiệu", result.Explanation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void NewViolation_WithinThePeriod_RestartsIt()
    {
        // R-D1: "vi phạm mới ... thời hiệu được tính lại kể từ thời điểm xảy ra vi phạm mới".
        var result = Limitations.Assess(DisciplineForm.Reprimand, Violation, new LocalDate(2027, 6, 1), [new LocalDate(2024, 12, 1)], []);
        Assert.Equal(LimitationOutcome.WithinPeriod, result.Outcome);
        Assert.Equal(new LocalDate(2024, 12, 1), result.CountedFrom);
        Assert.Equal(new LocalDate(2029, 12, 1), result.LastDay);
    }

    [Fact]
    public void NewViolation_AfterThePeriodEnded_DoesNotRevive()
    {
        // R-D1
        var result = Limitations.Assess(DisciplineForm.Reprimand, Violation, new LocalDate(2026, 6, 1), [new LocalDate(2025, 6, 1)], []);
        Assert.Equal(LimitationOutcome.Expired, result.Outcome);
        Assert.Equal(Violation, result.CountedFrom);
    }

    [Fact]
    public void ConclusionBeforeViolation_IsRejected_NamingBothDates()
    {
        var error = Assert.Throws<ArgumentException>(() => Limitations.Assess(DisciplineForm.Warning, Violation, new LocalDate(2019, 1, 1), [], []));
        Assert.Contains("2019-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("2020-03-10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RequiresAnEntryForEveryForm()
    {
        var error = Assert.Throws<ArgumentException>(() => KiemTra.Sdk.Discipline.LimitationPolicy.Create(
            new Dictionary<DisciplineForm, Period?> { [DisciplineForm.Reprimand] = Period.FromYears(5) }, [], Limitation));
        Assert.Contains("Warning", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_WithRestart_Golden()
    {
        // R-D1
        var result = Limitations.Assess(DisciplineForm.Warning, new LocalDate(2014, 5, 20), new LocalDate(2026, 11, 20),
            [new LocalDate(2018, 2, 1), new LocalDate(2030, 1, 1)], []);
        Approvals.Verify($"{result.Outcome}\n{result.Explanation.Vietnamese}\n---\n{result.Explanation.English}\n[{result.Rule}]", "Limitation_WarningWithRestart");
    }
}
