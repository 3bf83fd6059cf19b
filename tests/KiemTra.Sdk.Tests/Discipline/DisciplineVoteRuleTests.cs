using FsCheck;
using FsCheck.Fluent;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Tests.Infrastructure;
using static KiemTra.Sdk.Tests.Discipline.DisciplineFixtures;

namespace KiemTra.Sdk.Tests.Discipline;

public class DisciplineVoteRuleTests
{
    private static readonly DisciplineFormScale Members = FormPolicy.ScaleFor(DisciplineSubjectKind.FullMember);

    [Fact]
    public void SingleFormWithMoreThanHalfOfAllMembers_IsDecided()
    {
        // R-D1: more than half of ALL full members, not of those present.
        var ballot = DisciplineBallot.Create(9, new Dictionary<DisciplineForm, int> { [DisciplineForm.Warning] = 5, [DisciplineForm.Reprimand] = 2 });
        var outcome = VoteRule.Tally(Members, ballot);
        Assert.Equal(DisciplineForm.Warning, outcome.DecidedForm);
        Assert.Equal(5, outcome.VotesRequired);
        Assert.Contains("được 5 phiếu", outcome.Explanation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void HalfOfTheMembersExactly_IsNotEnough()
    {
        // R-D1
        var ballot = DisciplineBallot.Create(8, new Dictionary<DisciplineForm, int> { [DisciplineForm.Warning] = 4 }, votesForNoDiscipline: 4);
        var outcome = VoteRule.Tally(Members, ballot);
        Assert.False(outcome.IsDecided);
        Assert.Contains("không có quyết định kỷ luật", outcome.Explanation.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("no disciplinary decision", outcome.Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFormAlone_VotesAddedFromTheHeaviestDown()
    {
        // R-D1: expulsion 1, warning 3, reprimand 2 of 9: 1, 1, 4, 6 ≥ 5 → reprimand.
        var ballot = DisciplineBallot.Create(9, new Dictionary<DisciplineForm, int>
        {
            [DisciplineForm.Expulsion] = 1, [DisciplineForm.Warning] = 3, [DisciplineForm.Reprimand] = 2,
        }, votesForNoDiscipline: 3);
        var outcome = VoteRule.Tally(Members, ballot);
        Assert.Equal(DisciplineForm.Reprimand, outcome.DecidedForm);
        Assert.Equal([1, 1, 4, 6], outcome.Steps.Select(s => s.Cumulative));
    }

    [Fact]
    public void AddingFromTheHeaviest_StopsAtTheFirstFormThatPasses()
    {
        // R-D1: expulsion 2, removal 2, warning 1, reprimand 2 of 9: 2, 4, 5 → warning (not reprimand).
        var ballot = DisciplineBallot.Create(9, new Dictionary<DisciplineForm, int>
        {
            [DisciplineForm.Expulsion] = 2, [DisciplineForm.RemovalFromPost] = 2, [DisciplineForm.Warning] = 1, [DisciplineForm.Reprimand] = 2,
        });
        var outcome = VoteRule.Tally(Members, ballot);
        Assert.Equal(DisciplineForm.Warning, outcome.DecidedForm);
        Approvals.Verify($"{outcome.Explanation.Vietnamese}\n{outcome.Explanation.English}", "Vote_AddedFromHeaviest");
    }

    [Fact]
    public void Ballot_RejectsMoreVotesThanMembers()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            DisciplineBallot.Create(3, new Dictionary<DisciplineForm, int> { [DisciplineForm.Warning] = 3 }, votesForNoDiscipline: 1));
        Assert.Contains("only 3 full members", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_RejectsVotesForAFormOutsideTheScale()
    {
        var ballot = DisciplineBallot.Create(5, new Dictionary<DisciplineForm, int> { [DisciplineForm.Expulsion] = 3 });
        var error = Assert.Throws<ArgumentException>(() => VoteRule.Tally(FormPolicy.ScaleFor(DisciplineSubjectKind.ProbationaryMember), ballot));
        Assert.Contains("Expulsion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecidedForm_AlwaysHasMoreThanHalf_CountedFromTheHeaviest()
    {
        // R-D1 invariant: the decided form's running total (from the heaviest) passes half of all members and the
        // running total just above it does not; with no decision, all form votes together do not pass half.
        var gen =
            from members in Gen.Choose(1, 40)
            from votes in Gen.Choose(0, members).ArrayOf(4)
            select (members, votes);
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (members, raw) = input;
            var remaining = members;
            var byForm = new Dictionary<DisciplineForm, int>();
            var forms = Members.HeaviestFirst;
            for (var i = 0; i < forms.Count; i++)
            {
                var n = Math.Min(raw[i], remaining);
                byForm[forms[i]] = n;
                remaining -= n;
            }

            var outcome = VoteRule.Tally(Members, DisciplineBallot.Create(members, byForm, remaining));
            int Cumulative(int upTo) => forms.Take(upTo + 1).Sum(f => byForm[f]);
            if (outcome.DecidedForm is { } decided)
            {
                var index = forms.ToList().IndexOf(decided);
                var above = index == 0 ? 0 : Cumulative(index - 1);
                return Cumulative(index) * 2 > members && above * 2 <= members;
            }

            return byForm.Values.Sum() * 2 <= members;
        }), maxTests: 500);
    }
}
