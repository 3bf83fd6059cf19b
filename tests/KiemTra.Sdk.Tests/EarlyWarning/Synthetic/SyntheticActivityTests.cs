using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.EarlyWarning.Synthetic;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Organization.Synthetic;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.EarlyWarning.Synthetic;

public class SyntheticActivityTests
{
    private static readonly PartyDataset Province = SyntheticProvince.Generate(SyntheticProvinceOptions.Create(
        "SP", "Tỉnh mẫu nhỏ", new LocalDate(2025, 10, 1), 7UL, communes: 10, wards: 2, grassrootsCommittees: 20, grassrootsCells: 30, subCommittees: 2, cells: 200, members: 8000));

    private static SyntheticActivityYear Year(ulong seed) =>
        SyntheticActivity.Generate(Province, 2026, new LocalDate(2026, 11, 22), seed, RuleBook.BuiltIn, DeadlineCalculator.Default, OversightCatalogues.BuiltIn);

    [Fact]
    public void SameSeed_SameActivity()
    {
        var a = Year(1);
        var b = Year(1);
        Assert.Equal(a.Decisions.Select(d => (d.Id, d.Subject.Id, d.Form)), b.Decisions.Select(d => (d.Id, d.Subject.Id, d.Form)));
        Assert.Equal(a.Cases.Select(c => c.HistoryText()), b.Cases.Select(c => c.HistoryText()));
    }

    [Fact]
    public void Discipline_FollowsSeed002Proportions_AndEveryFormApplies()
    {
        // R-D7: about 230 member decisions a year, reprimand the most frequent, then expulsion, warning, removal.
        var year = Year(2);
        var forms = DisciplineFormPolicy.FromRules(RuleBook.BuiltIn, year.From);
        var stats = DisciplineStatistics.Compute(year.Decisions, year.From, year.To, forms);
        Assert.InRange(stats.Members, 180, 230);
        var byForm = stats.MembersByForm.ToDictionary(c => c.Form, c => c.Count);
        Assert.True(byForm[DisciplineForm.Reprimand] > byForm[DisciplineForm.Expulsion]);
        Assert.True(byForm[DisciplineForm.Expulsion] > byForm[DisciplineForm.Warning]);
        Assert.All(year.Decisions, d => Assert.True(forms.Check(d.Subject, d.Form).IsApplicable));
        Assert.All(year.Decisions, d => Assert.True(d.DecidedOn >= year.From && d.AnnouncedOn <= year.To));
    }

    [Fact]
    public void NothingHappensOnOrAfterToday()
    {
        var year = Year(3);
        Assert.Equal(new LocalDate(2026, 11, 21), year.To);
        Assert.All(year.Cases, c => Assert.True(c.LastStepOn <= year.To));
        Assert.All(year.Denunciations, d => Assert.True(d.Receipts[0].On <= year.To));
    }
}
