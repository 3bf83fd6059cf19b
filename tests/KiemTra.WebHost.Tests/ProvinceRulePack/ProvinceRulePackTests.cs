using KiemTra.Samples.ProvinceRulePack;
using KiemTra.Sdk;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Tests.Infrastructure;
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
        Assert.Equal(RuleSetId.From("LD-VI-DU-2026"), day.Source.RuleSetId);
        Assert.False(day.Source.Verified);
        Assert.Equal(DayKind.MakeUpWorkday, after.Explain(makeUp).Kind);
        Assert.Equal(before.Explain(new LocalDate(2026, 9, 2)).Kind, after.Explain(new LocalDate(2026, 9, 2)).Kind);

        // One working day after Friday 18/12/2026: Monday 21/12 nationally, Tuesday 22/12 under the pack.
        var rule = DeadlineRule.Create("test", RuleDurationUnit.WorkingDays, 1, LocalizedText.Of("sự kiện", "event"), RuleCitation.Of(RuleSetId.From("TEST"), "test", null, verified: true));
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
        Assert.Equal(RuleSetId.From("LD-DUUBND-KH-NQ05-2026"), review.Citation.RuleSetId);
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
            File.WriteAllText(Path.Combine(dir, "pack.json"), """{ "province": "Lâm Đồng", "ratings": [] }""");
            var unknown = Assert.Throws<FormatException>(() => ProvinceRulePackManifest.Load(dir));
            Assert.Contains("'ratings'", unknown.Message, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(dir, "pack.json"), """{ "province": "Lâm Đồng", "ruleSets": ["rules/none.json"] }""");
            var missing = Assert.Throws<FileNotFoundException>(() => ProvinceRulePackManifest.Load(dir));
            Assert.Contains("ruleSets[0]", missing.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void LamDongPack_Indicators_AreAppendedUnverified_AndEveryResultSaysSo()
    {
        // R-T1: a province ships its own targets as data; an inferred reading is marked unverified in every answer.
        using var national = Provider(withPack: false);
        using var lamDong = Provider(withPack: true);
        var catalog = lamDong.GetRequiredService<IndicatorCatalog>();

        Assert.Same(IndicatorCatalog.BuiltIn, national.GetRequiredService<IndicatorCatalog>());
        Assert.Equal(IndicatorCatalog.BuiltIn.Indicators.Length + 3, catalog.Indicators.Length);
        var own = catalog.Indicators.Where(i => i.Code.StartsWith("LD-NQ05-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["LD-NQ05-01", "LD-NQ05-02", "LD-NQ05-03"], own.Select(i => i.Code));
        Assert.All(own, i =>
        {
            Assert.False(i.Verified);
            Assert.Equal(RuleSetId.From("LD-DUUBND-KH-NQ05-2026"), i.Source.RuleSetId);
        });

        var result = lamDong.GetRequiredService<IndicatorMeasureSet>().Evaluate(catalog["LD-NQ05-01"], SharedDataset.EmptyRegisterData, OrganizationId.From("TN"), ReportingPeriod.Year(2026));
        Assert.EndsWith("[chỉ tiêu chưa kiểm chứng]", result.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.EndsWith("[unverified indicator]", result.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebHost_WithThePacksIndicatorFile_ListsAndEvaluatesTheProvincesIndicators()
    {
        var file = ProvinceRulePackManifest.Load(PackDirectory).IndicatorCatalogFiles.Single();
        var database = Path.Combine(Path.GetTempPath(), $"kiemtra-webhost-{Guid.NewGuid():N}.db");
        await using var factory = new WebHostFactory(new Dictionary<string, string?>
        {
            ["KiemTra:SqlitePath"] = database,
            ["ConnectionStrings:Postgres"] = string.Empty,
            ["KiemTra:IndicatorCatalogueFiles:0"] = file,
        });
        try
        {
            var client = factory.CreateClient();
            var listed = await Api.SendAsync(client, HttpMethod.Get, "/api/indicators");
            var evaluated = await Api.SendAsync(client, HttpMethod.Get, "/api/organizations/TN/indicators?code=LD-NQ05-01&period=2026", actor: ("TN", "InspectionCommission"), language: "en");

            var item = listed.Json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "LD-NQ05-02");
            Assert.False(item.GetProperty("verified").GetBoolean());
            Assert.Equal("LD-DUUBND-KH-NQ05-2026", item.GetProperty("ruleSet").GetString());
            Assert.True(evaluated.Status == System.Net.HttpStatusCode.OK, evaluated.ToString());
            var indicator = Assert.Single(evaluated.Json.GetProperty("indicators").EnumerateArray());
            Assert.False(indicator.GetProperty("verified").GetBoolean());
            Assert.EndsWith("[unverified indicator]", indicator.GetProperty("reason").GetProperty("en").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await factory.DropDatabaseAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(database);
        }
    }
}
