using FsCheck;
using FsCheck.Fluent;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;
using static KiemTra.Sdk.Tests.Discipline.DisciplineFixtures;

namespace KiemTra.Sdk.Tests.Discipline;

public class LimitationPolicyProperties
{
    private static readonly LocalDate Origin = new(2000, 1, 1);
    private static readonly Gen<DisciplineForm> Forms = Gen.Elements(DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.RemovalFromPost);

    [Fact]
    public void OnceExpired_StaysExpired_ForLaterConclusions()
    {
        // R-D1: expiry is monotone in the conclusion date.
        var gen = from form in Forms
                  from v in Gen.Choose(0, 8000)
                  from c in Gen.Choose(0, 6000)
                  from later in Gen.Choose(0, 6000).ArrayOf(2)
                  select (form, v, c, later);
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var violation = Origin.PlusDays(t.v);
            var conclusion = violation.PlusDays(t.c);
            var laterDates = t.later.Select(d => violation.PlusDays(d)).ToArray();
            var now = Limitations.Assess(t.form, violation, conclusion, laterDates, []);
            var after = Limitations.Assess(t.form, violation, conclusion.PlusDays(1), laterDates, []);
            return now.MayDiscipline || !after.MayDiscipline;
        }), maxTests: 300);
    }

    [Fact]
    public void NewViolations_NeverShortenThePeriod()
    {
        // R-D1: a new violation can only restart (extend) the period, never end it sooner.
        var gen = from form in Forms
                  from v in Gen.Choose(0, 8000)
                  from later in Gen.Choose(1, 5000).ArrayOf(3)
                  select (form, v, later);
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var violation = Origin.PlusDays(t.v);
            var conclusion = violation.PlusDays(9000);
            var without = Limitations.Assess(t.form, violation, conclusion, [], []);
            var with = Limitations.Assess(t.form, violation, conclusion, t.later.Select(d => violation.PlusDays(d)), []);
            return with.LastDay >= without.LastDay && with.CountedFrom >= without.CountedFrom;
        }), maxTests: 300);
    }
}
