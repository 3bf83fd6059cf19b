using FsCheck;
using FsCheck.Fluent;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Organization;

public class HierarchyProperties
{
    private static readonly PartyDataset Province = HandBuiltProvince.Build();
    private static readonly OrganizationId[] Ids = Province.Organizations.Select(o => o.Id).ToArray();

    [Fact]
    public void IsInSubtree_AgreesWithTheParentChain()
    {
        // R-H7: the Euler-tour ranges answer exactly what walking the parents answers.
        Properties.Check(Prop.ForAll(Gen.Choose(0, Ids.Length - 1).Two().ToArbitrary(), pair =>
        {
            var (a, b) = (Ids[pair.Item1], Ids[pair.Item2]);
            var byChain = a == b || Province.AncestorsOf(b).Any(o => o.Id == a);
            return Province.IsInSubtree(a, b) == byChain;
        }));
    }

    [Fact]
    public void SubtreeMemberCount_EqualsTheNaiveWalk()
    {
        // R-H7
        int Walk(OrganizationId id) => Province.MembersOf(id).Count + Province.ChildrenOf(id).Sum(c => Walk(c.Id));
        Properties.Check(Prop.ForAll(Gen.Choose(0, Ids.Length - 1).ToArbitrary(), i => Province.SubtreeMemberCount(Ids[i]) == Walk(Ids[i])), maxTests: 100);
    }

    [Fact]
    public void Resolve_NeverReturnsARuleSetNotYetInForce_NorASupersededOneSilently()
    {
        var keys = RuleBook.BuiltIn.Keys.ToArray();
        var start = new LocalDate(2010, 1, 1);
        Properties.Check(Prop.ForAll(Gen.Choose(0, keys.Length - 1).Zip(Gen.Choose(0, 365 * 18)).ToArbitrary(), t =>
        {
            var date = start.PlusDays(t.Item2);
            if (!RuleBook.BuiltIn.TryResolve(keys[t.Item1], date, out var answer, out var failure))
            {
                return failure.Key == keys[t.Item1] && failure.AsOf == date;
            }

            // A set whose successor has taken over can only still answer by carry-over, and then says so.
            var superseded = answer.RuleSet.SupersededOn is { } on && on <= date;
            return answer.RuleSet.EffectiveFrom <= date && (!superseded || (answer.IsCarriedOver && !answer.IsVerified));
        }));
    }
}
