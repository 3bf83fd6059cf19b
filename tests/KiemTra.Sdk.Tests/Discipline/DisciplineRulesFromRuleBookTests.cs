using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Discipline;

/// <summary>The discipline policies built from the built-in rule sets as of the date of the fact judged.</summary>
public class DisciplineRulesFromRuleBookTests
{
    private static readonly LocalDate Mid2025 = new(2025, 6, 1);
    private static readonly LocalDate Late2026 = new(2026, 9, 15);

    [Fact]
    public void FormPolicy_FromBuiltInRules_MatchesQd69()
    {
        // R-D1
        var policy = DisciplineFormPolicy.FromRules(RuleBook.BuiltIn, Mid2025);
        Assert.Equal([DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.Dissolution], policy.ScaleFor(DisciplineSubjectKind.Organization).LightestFirst);
        Assert.Equal([DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.RemovalFromPost, DisciplineForm.Expulsion], policy.ScaleFor(DisciplineSubjectKind.FullMember).LightestFirst);
        Assert.Equal([DisciplineForm.Reprimand, DisciplineForm.Warning], policy.ScaleFor(DisciplineSubjectKind.ProbationaryMember).LightestFirst);
        Assert.Equal([DisciplineForm.RemovalFromPost], policy.FormsRequiringPost);
        Assert.Equal(RuleSetId.From("QD-69-2022"), policy.Rule.RuleSetId);
        Assert.True(policy.Rule.Verified);
    }

    [Fact]
    public void LimitationPolicy_FromBuiltInRules_CitesArticle4()
    {
        // R-D1
        var policy = LimitationPolicy.FromRules(RuleBook.BuiltIn, Mid2025);
        Assert.Equal(Period.FromYears(5), policy.PeriodFor(DisciplineForm.Reprimand));
        Assert.Equal(Period.FromYears(10), policy.PeriodFor(DisciplineForm.Warning));
        Assert.Equal(Period.FromYears(10), policy.PeriodFor(DisciplineForm.RemovalFromPost));
        Assert.Null(policy.PeriodFor(DisciplineForm.Expulsion));
        Assert.Null(policy.PeriodFor(DisciplineForm.Dissolution));
        Assert.Equal(3, policy.ExemptCategories.Count);
        Assert.Equal("Điều 4", policy.Rule.Article);
        Assert.True(policy.Rule.Verified);
    }

    [Fact]
    public void LimitationPolicy_AfterQd212_IsCarriedOverAndSaysUnverified()
    {
        // R-D1: QĐ 212 (17/8/2026) has unverified contents, so QĐ 69's values are carried over and flagged.
        var policy = LimitationPolicy.FromRules(RuleBook.BuiltIn, Late2026);
        Assert.Equal(Period.FromYears(5), policy.PeriodFor(DisciplineForm.Reprimand));
        Assert.False(policy.Rule.Verified);
        var answer = policy.Assess(DisciplineForm.Reprimand, new LocalDate(2026, 9, 1), new LocalDate(2026, 10, 1), [], []);
        Assert.Contains("chưa kiểm chứng", answer.Rule.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EffectPolicy_FromBuiltInRules_TwelveMonthsAndFourRestrictions()
    {
        // R-D1
        var policy = DisciplineEffectPolicy.FromRules(RuleBook.BuiltIn, Mid2025);
        Assert.Equal(Period.FromMonths(12), policy.LapseAfter);
        Assert.Equal([DisciplineForm.Expulsion, DisciplineForm.Dissolution], policy.PermanentForms.Order());
        Assert.Equal([RestrictedAction.Transfer, RestrictedAction.Appointment, RestrictedAction.Promotion, RestrictedAction.Honors], policy.RestrictionsWhileInEffect);
    }

    [Fact]
    public void VoteRule_FromBuiltInRules_MoreThanHalf_VerifiedUnderQd296_CarriedOverAfterQd21()
    {
        // R-D1: verified under QĐ 296; after QĐ 21 (11/4/2026, contents unverified) it is carried over and flagged.
        var vote = DisciplineVoteRule.FromRules(RuleBook.BuiltIn, Mid2025);
        Assert.Equal(5, vote.VotesRequired(9));
        Assert.Equal(5, vote.VotesRequired(8));
        Assert.Equal(RuleSetId.From("QD-296-2025"), vote.Rule.RuleSetId);
        Assert.True(vote.Rule.Verified);
        Assert.False(DisciplineVoteRule.FromRules(RuleBook.BuiltIn, Late2026).Rule.Verified);
    }

    [Fact]
    public void Deferral_FromBuiltInRules_IsFlaggedUnverified()
    {
        // R-D1 [unverified for 2026]
        var deferral = DeferralPolicy.FromRules(RuleBook.BuiltIn, Mid2025);
        Assert.Equal(3, deferral.Grounds.Count);
        Assert.False(deferral.Rule.Verified);
    }

    [Fact]
    public void FromRules_BeforeQd69_ThrowsRuleNotFound()
    {
        Assert.Throws<RuleNotFoundException>(() => LimitationPolicy.FromRules(RuleBook.BuiltIn, new LocalDate(2020, 1, 1)));
    }
}
