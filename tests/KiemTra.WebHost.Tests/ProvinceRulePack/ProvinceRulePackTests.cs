using KiemTra.Samples.ProvinceRulePack;
using KiemTra.Sdk;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace KiemTra.WebHost.Tests.ProvinceRulePack;

public sealed class ProvinceRulePackTests
{
    private static readonly string PackDirectory = Path.Combine(AppContext.BaseDirectory, "lam-dong");

    private static ServiceProvider Provider(bool withPack)
    {
        var services = new ServiceCollection();
        services.AddKiemTraSdk(o =>
        {
            if (withPack)
            {
                ProvinceRulePackManifest.Load(PackDirectory).ApplyTo(o);
            }
        });
        return services.BuildServiceProvider();
    }

    [Fact]
    public void LamDongPack_HolidayOverrideTakesEffect_AndSaysItIsUnverified()
    {
        // R-W3: a host schedule replaces the built-in year; the explanation cites the host's source and its verification.
        using var national = Provider(withPack: false);
        using var lamDong = Provider(withPack: true);
        var swapped = new LocalDate(2026, 12, 21);
        var makeUp = new LocalDate(2026, 12, 26);

        var before = national.GetRequiredService<WorkingCalendar>();
        var after = lamDong.GetRequiredService<WorkingCalendar>();

        Assert.True(before.IsWorkingDay(swapped));
        Assert.False(before.IsWorkingDay(makeUp));
        var day = after.Explain(swapped);
        Assert.Equal(DayKind.SwappedDayOff, day.Kind);
        Assert.Contains("Lâm Đồng", day.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Equal("LD-VI-DU-2026", day.Source.RuleSetId);
        Assert.False(day.Source.Verified);
        Assert.Equal(DayKind.MakeUpWorkday, after.Explain(makeUp).Kind);
        Assert.Equal(before.Explain(new LocalDate(2026, 9, 2)).Kind, after.Explain(new LocalDate(2026, 9, 2)).Kind);

        // One working day after Friday 18/12/2026: Monday 21/12 nationally, Tuesday 22/12 under the pack.
        var rule = DeadlineRule.Create("test", DeadlineUnit.WorkingDays, 1, LocalizedText.Of("sự kiện", "event"), RuleCitation.Of("TEST", "test", null, verified: true));
        Assert.Equal(new LocalDate(2026, 12, 21), national.GetRequiredService<DeadlineCalculator>().Calculate(rule, new LocalDate(2026, 12, 18)).Due);
        Assert.Equal(new LocalDate(2026, 12, 22), lamDong.GetRequiredService<DeadlineCalculator>().Calculate(rule, new LocalDate(2026, 12, 18)).Due);
    }

    [Fact]
    public void LamDongPack_RuleEntriesResolveWithTheirCitation_FromThePlanDate()
    {
        using var national = Provider(withPack: false);
        using var lamDong = Provider(withPack: true);
        var book = lamDong.GetRequiredService<RuleBook>();

        var review = book.Resolve("lam-dong.coordination-regulation.review-interval", new LocalDate(2026, 11, 22));

        Assert.Equal(RuleDuration.Of(1, RuleDurationUnit.Years), review.Value.AsDuration());
        Assert.Equal("LD-DUUBND-KH-NQ05-2026", review.Citation.RuleSetId);
        Assert.Equal("Mục III.2", review.Citation.Article);
        Assert.False(review.IsVerified);
        Assert.Equal(2, book.Resolve("lam-dong.inspection-commission.levels", new LocalDate(2026, 11, 22)).Value.AsInteger());
        Assert.Throws<RuleNotFoundException>(() => book.Resolve("lam-dong.inspection-commission.levels", new LocalDate(2026, 5, 1)));
        Assert.Throws<RuleNotFoundException>(() => national.GetRequiredService<RuleBook>().Resolve("lam-dong.inspection-commission.levels", new LocalDate(2026, 11, 22)));
    }

    [Fact]
    public void Manifest_WithUnknownFieldOrMissingFile_IsRejectedNamingIt()
    {
        var dir = Directory.CreateTempSubdirectory("kiemtra-pack-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "pack.json"), """{ "province": "Lâm Đồng", "indicators": [] }""");
            var unknown = Assert.Throws<FormatException>(() => ProvinceRulePackManifest.Load(dir));
            Assert.Contains("'indicators'", unknown.Message, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(dir, "pack.json"), """{ "province": "Lâm Đồng", "ruleSets": ["rules/none.json"] }""");
            var missing = Assert.Throws<FileNotFoundException>(() => ProvinceRulePackManifest.Load(dir));
            Assert.Contains("ruleSets[0]", missing.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
