using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Organization;
using KiemTra.SampleProvince;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Inspection;

namespace KiemTra.Sdk.Tests.Reliability;

/// <summary>
/// No body acts outside its jurisdiction: for random pairs in the synthetic province, an allowed decision concerns an
/// organisation strictly below the actor's, or a member of the actor's subtree or a cadre its committee manages
/// (the documented rules in <see cref="AuthorityRules"/>; skip-level inspection is the subtree rule).
/// </summary>
public class AuthorityJurisdictionProperties
{
    private static readonly Lazy<PartyDataset> Province = new(() => SyntheticProvince.Generate());

    [Fact]
    public void Decide_RandomActorsAndSubjects_AllowsOnlyWithinJurisdiction()
    {
        // R-H5
        var dataset = Province.Value;
        var authority = new AuthorityRules(dataset, RuleBook.BuiltIn);
        var organizations = dataset.Organizations.ToArray();
        var members = organizations
            .Select(o => dataset.MembersOf(o.Id))
            .Where(m => m.Count > 0)
            .Select(m => m[0])
            .ToArray();
        var asOf = dataset.SnapshotDate;
        var bodies = Enum.GetValues<BodyKind>();
        var activities = Enum.GetValues<ActivityKind>().Where(a => a != ActivityKind.Discipline).ToArray();
        var random = new CorpusRandom(8);
        var allowed = 0;
        for (var i = 0; i < 6000; i++)
        {
            var actor = organizations[random.Next(organizations.Length)];
            if (!actor.ExistsOn(asOf))
            {
                continue;
            }

            var body = bodies[random.Next(bodies.Length)];
            var activity = activities[random.Next(activities.Length)];
            // Most subjects near the actor (its children and their members), so that allowed answers occur too.
            var near = dataset.ChildrenOf(actor.Id, asOf);
            var nearMembers = near.Count > 0 ? dataset.MembersOf(near[random.Next(near.Count)].Id, asOf) : dataset.MembersOf(actor.Id, asOf);
            if (random.Next(2) == 0)
            {
                var subject = near.Count > 0 && random.Next(4) != 0 ? near[random.Next(near.Count)] : organizations[random.Next(organizations.Length)];
                if (!subject.ExistsOn(asOf))
                {
                    continue;
                }

                var decision = authority.Decide(new ActingBody(actor.Id, body), activity, OversightSubject.Of(subject.Id), asOf);
                if (decision.Holds)
                {
                    allowed++;
                    Assert.True(subject.Id != actor.Id && dataset.IsInSubtree(actor.Id, subject.Id), $"{actor.Id} {body} {activity} {subject.Id}: {decision.Reason.English}");
                }
            }
            else
            {
                var member = nearMembers.Count > 0 && random.Next(4) != 0 ? nearMembers[random.Next(nearMembers.Count)] : members[random.Next(members.Length)];
                var decision = authority.Decide(new ActingBody(actor.Id, body), activity, OversightSubject.Of(member.Id), asOf);
                if (decision.Holds)
                {
                    allowed++;
                    Assert.True(
                        dataset.IsInSubtree(actor.Id, member.Organization) || member.CadreCommittee == actor.Id,
                        $"{actor.Id} {body} {activity} {member.Id} of {member.Organization}: {decision.Reason.English}");
                }
            }
        }

        Assert.True(allowed > 200, $"only {allowed} allowed decisions: the property was barely exercised");
    }
}
