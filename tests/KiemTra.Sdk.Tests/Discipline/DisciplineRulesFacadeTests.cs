using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Discipline;

/// <summary>The one public entry point to the discipline rules in force on a date, over the built-in rule book.</summary>
public class DisciplineRulesFacadeTests
{
    private static readonly LocalDate Mid2025 = new(2025, 6, 1);
    private static readonly DisciplineRules Rules = DisciplineRules.FromRules(RuleBook.BuiltIn, Mid2025);

    [Fact]
    public void Forms_ForEachKindOfSubject_LightestFirst_AsInQd69()
    {
        // R-D1: the scale of an organisation, of a full member holding a post and of a probationary member.
        Assert.Equal([DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.Dissolution], Rules.ApplicableForms(DisciplineSubject.OfOrganization(OrganizationId.From("TN.X01.CB03"))));
        Assert.Equal([DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.RemovalFromPost, DisciplineForm.Expulsion], Rules.ApplicableForms(DisciplineSubject.OfFullMember(MemberId.From("M-1"), holdsPost: true)));
        Assert.Equal([DisciplineForm.Reprimand, DisciplineForm.Warning], Rules.ApplicableForms(DisciplineSubject.OfProbationaryMember(MemberId.From("M-3"))));
    }

    [Fact]
    public void Tally_NineMembers_AddsFromTheHeaviestDown_DecidesWarning()
    {
        // R-D1: nine full members, threshold more than 4.5, i.e. 5; expulsion 2, removal 2, warning 1, reprimand 2:
        // running totals 2, 4, 5 -> warning (hand-counted, docs/discipline.md).
        var ballot = DisciplineBallot.Create(9, new Dictionary<DisciplineForm, int>
        {
            [DisciplineForm.Expulsion] = 2,
            [DisciplineForm.RemovalFromPost] = 2,
            [DisciplineForm.Warning] = 1,
            [DisciplineForm.Reprimand] = 2,
        });
        var outcome = Rules.Tally(DisciplineSubject.OfFullMember(MemberId.From("M-1"), holdsPost: true), ballot);
        Assert.Equal(DisciplineForm.Warning, outcome.DecidedForm);
        Assert.Equal(5, outcome.VotesRequired);
        Assert.Equal(5, Rules.VotesRequired(9));
    }

    [Fact]
    public void Tally_VotesForAFormOutsideTheSubjectsScale_IsRefused()
    {
        // R-D1: a probationary member cannot be expelled by this scale.
        var ballot = DisciplineBallot.Create(9, new Dictionary<DisciplineForm, int> { [DisciplineForm.Expulsion] = 5 });
        Assert.Throws<ArgumentException>(() => Rules.Tally(DisciplineSubject.OfProbationaryMember(MemberId.From("M-3"), holdsPost: true), ballot));
    }

    [Fact]
    public void Limitation_ReprimandFiveYears_ExpiresTheDayAfter()
    {
        // R-D1: 5 years from 10/3/2020 may still be concluded on 10/3/2025, not on 11/3/2025 (Civil Code Art. 147–148).
        var rules = DisciplineRules.FromRules(RuleBook.BuiltIn, new LocalDate(2023, 1, 1)); // QĐ 69 in force (from 6/7/2022)
        Assert.Equal(Period.FromYears(5), rules.LimitationPeriodFor(DisciplineForm.Reprimand));
        Assert.True(rules.AssessLimitation(DisciplineForm.Reprimand, new LocalDate(2020, 3, 10), new LocalDate(2025, 3, 10), [], []).MayDiscipline);
        Assert.False(rules.AssessLimitation(DisciplineForm.Reprimand, new LocalDate(2020, 3, 10), new LocalDate(2025, 3, 11), [], []).MayDiscipline);
    }

    [Fact]
    public void Deferral_Pregnancy_DefersAndSaysTheRuleIsUnverified()
    {
        // R-D1 [unverified for 2026]
        var answer = Rules.AssessDeferral([DeferralGround.Pregnancy]);
        Assert.True(answer.Holds);
        Assert.False(answer.IsVerified);
        Assert.Contains("đang mang thai", answer.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("pregnancy", answer.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ObligationsFor_CriminalProcedure_NotifyWithinThreeDays_MovedPastTheHolidays()
    {
        // R-D4: 3 calendar days from 28/4/2026 end on 1/5 (a holiday) -> the next working day, Monday 4/5/2026.
        var member = MemberId.From("TN.X01.CB01.M01");
        var obligation = Assert.Single(Rules.ObligationsFor(SynchronizedEventKind.CriminalProcedure, member, new LocalDate(2026, 4, 28), DeadlineCalculator.Default));
        Assert.Equal(new LocalDate(2026, 5, 4), obligation.Deadline.Due);
        Assert.Equal((SynchronizedEventKind.CriminalProcedure, member, new LocalDate(2026, 4, 28)), (obligation.Event, obligation.Member, obligation.Deadline.EventDate));
    }

    [Fact]
    public void FromRules_BeforeQd69_ThrowsRuleNotFound_OnlyWhenAPartIsUsed()
    {
        // Each part is read on first use: building the entry point never fails on a missing rule.
        var rules = DisciplineRules.FromRules(RuleBook.BuiltIn, new LocalDate(2020, 1, 1));
        Assert.Throws<RuleNotFoundException>(() => rules.LimitationPeriodFor(DisciplineForm.Reprimand));
    }
}
