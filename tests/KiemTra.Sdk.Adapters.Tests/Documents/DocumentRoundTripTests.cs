using System.Text;
using KiemTra.SampleProvince;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson;
using Microsoft.Extensions.DependencyInjection;

namespace KiemTra.Sdk.Adapters.Tests.Documents;

/// <summary>
/// Issue 16 ("every data format has one owner"): for every document format, the built-in document read, written and
/// read again by the JSON package gives an equal value (compared field by field, not by the JSON text), and the
/// written document is accepted by the loaders hosts use.
/// </summary>
public sealed class DocumentRoundTripTests
{
    private static Stream Embedded(string logicalName)
    {
        var assembly = typeof(RuleBook).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.Replace('/', '.').Replace('\\', '.') == logicalName);
        return assembly.GetManifestResourceStream(name)!;
    }

    private static byte[] Written(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    private static MemoryStream Stream(byte[] bytes) => new(bytes, writable: false);

    public static TheoryData<string> RuleSetNames => new(typeof(RuleBook).Assembly.GetManifestResourceNames()
        .Select(n => n.Replace('/', '.').Replace('\\', '.'))
        .Where(n => n.StartsWith("KiemTra.Sdk.Data.rules.", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(RuleSetNames))]
    public void RuleSet_BuiltIn_ReadWrittenRead_IsEqual(string name)
    {
        using var original = Embedded(name);
        var first = RuleSetJson.Read(original, name);
        var second = RuleSetJson.Read(Stream(Written(s => RuleSetJson.Write(first, s))), "written.json");
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Instrument, second.Instrument);
        Assert.Equal(first.Title, second.Title);
        Assert.Equal(first.Issuer, second.Issuer);
        Assert.Equal(first.IssuedOn, second.IssuedOn);
        Assert.Equal(first.EffectiveFrom, second.EffectiveFrom);
        Assert.Equal(first.Verified, second.Verified);
        Assert.Equal(first.Source, second.Source);
        Assert.Equal(first.SupersededBy, second.SupersededBy);
        Assert.Equal(first.SupersededOn, second.SupersededOn);
        Assert.Equal(first.SupersessionVerified, second.SupersessionVerified);
        Assert.Equal(first.Amends, second.Amends);
        Assert.Equal(first.Entries.Length, second.Entries.Length);
        foreach (var (a, b) in first.Entries.Zip(second.Entries))
        {
            Assert.Equal((a.Key, a.Article, a.Verified, a.Note, a.Value), (b.Key, b.Article, b.Verified, b.Note, b.Value));
        }
    }

    [Fact]
    public void HolidaySchedules_BuiltIn_ReadWrittenRead_IsEqual()
    {
        var first = HolidayScheduleJson.Read(Embedded("KiemTra.Sdk.Data.Calendar.civil-service-schedules.json"), "schedules.json");
        var second = HolidayScheduleJson.Read(Stream(Written(s => HolidayScheduleJson.Write(first, s))), "written.json");
        Assert.Equal(first.GetYears(), second.GetYears());
        Assert.Equal([2023, 2024, 2025, 2026], first.GetYears()); // the notices shipped (docs/deadlines.md)
        foreach (var year in first.GetYears())
        {
            Assert.True(first.TryGetSchedule(year, out var a));
            Assert.True(second.TryGetSchedule(year, out var b));
            Assert.Equal(a.Source, b.Source);
            Assert.Equal(a.IsProvisional, b.IsProvisional);
            Assert.Equal(a.ReplacesStatutoryRules, b.ReplacesStatutoryRules);
            Assert.Equal(a.DaysOff, b.DaysOff);
            Assert.Equal(a.MakeUpWorkdays, b.MakeUpWorkdays);
        }
    }

    [Fact]
    public void StatutoryHolidayRules_BuiltIn_ReadWrittenRead_IsEqual()
    {
        var first = StatutoryHolidayRulesJson.Read(Embedded("KiemTra.Sdk.Data.Calendar.statutory-holidays.json"), "statutory.json");
        var second = StatutoryHolidayRulesJson.Read(Stream(Written(s => StatutoryHolidayRulesJson.Write(first, s))), "written.json");
        Assert.Equal(first.Holidays, second.Holidays);
        Assert.Equal(first.WeeklyRestFrom, second.WeeklyRestFrom);
        Assert.Equal(first.WeeklyRestSource, second.WeeklyRestSource);
        Assert.Equal(first.Compensation, second.Compensation);
        Assert.Equal(first.FirstCoveredDate, second.FirstCoveredDate);
    }

    [Fact]
    public void OversightCatalogs_BuiltIn_ReadWrittenRead_IsEqual()
    {
        var first = OversightCatalogsJson.Read(Embedded("KiemTra.Sdk.Data.catalogues.oversight.json"), "oversight.json");
        var second = OversightCatalogsJson.Read(Stream(Written(s => OversightCatalogsJson.Write(first, s))), "written.json");
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(first.All.Select(c => c.Id), second.All.Select(c => c.Id));
        foreach (var (a, b) in first.All.Zip(second.All))
        {
            Assert.Equal(a.Title, b.Title);
            Assert.Equal(a.Items, b.Items);
        }
    }

    [Fact]
    public void IndicatorCatalog_BuiltIn_ReadWrittenRead_IsEqual()
    {
        var first = IndicatorCatalog.BuiltIn;
        var second = IndicatorCatalogJson.Read(Stream(Written(s => IndicatorCatalogJson.Write(first, s))), "written.json");
        Assert.Equal(first.Indicators.Length, second.Indicators.Length);
        foreach (var (a, b) in first.Indicators.Zip(second.Indicators))
        {
            Assert.Equal(a.Code, b.Code);
            Assert.Equal(a.Text, b.Text);
            Assert.Equal(a.Target, b.Target);
            Assert.Equal(a.Measure, b.Measure);
            Assert.Equal(a.Numerator, b.Numerator);
            Assert.Equal(a.Denominator, b.Denominator);
            Assert.Equal(a.PeriodKind, b.PeriodKind);
            Assert.Equal(a.ValidFromYear, b.ValidFromYear);
            Assert.Equal(a.ValidToYear, b.ValidToYear);
            Assert.Equal(a.AppliesTo.OrganizationKinds.ToArray(), b.AppliesTo.OrganizationKinds.ToArray());
            Assert.Equal(a.AppliesTo.Body, b.AppliesTo.Body);
            Assert.Equal(a.AppliesTo.SubordinatesOnly, b.AppliesTo.SubordinatesOnly);
            Assert.Equal(a.AppliesTo.ExcludedAgencies.ToArray(), b.AppliesTo.ExcludedAgencies.ToArray());
            Assert.Equal(a.Source, b.Source);
            Assert.Equal(a.Gates.ToArray(), b.Gates.ToArray());
            Assert.Equal(a.NotMeasured, b.NotMeasured);
        }
    }

    [Fact]
    public void PartyDataset_Synthetic_ReadWrittenRead_IsEqual()
    {
        var first = PartyDatasetJson.Read(Stream(Written(s => PartyDatasetJson.Write(SyntheticProvince.Generate(SyntheticProvince.NationalProvince(0, 2_100_000)), s))), "first.json");
        var second = PartyDatasetJson.Read(Stream(Written(s => PartyDatasetJson.Write(first, s))), "second.json");
        Assert.Equal(first.Name, second.Name);
        Assert.Equal(first.SnapshotDate, second.SnapshotDate);
        Assert.Equal(first.OrganizationCount, second.OrganizationCount);
        Assert.Equal(first.MemberCount, second.MemberCount);
        Assert.Equal(first.PostCount, second.PostCount);
        Assert.Equal(first.Lineage.ToArray(), second.Lineage.ToArray());
        foreach (var (a, b) in first.Organizations.Zip(second.Organizations))
        {
            Assert.Equal(a.Id, b.Id);
            Assert.Equal(a.OriginalName, b.OriginalName);
            Assert.Equal(a.Kind, b.Kind);
            Assert.Equal(a.Parent, b.Parent);
            Assert.Equal(a.CreatedOn, b.CreatedOn);
            Assert.Equal(a.EndedOn, b.EndedOn);
            Assert.Equal(Enum.GetValues<BodyKind>().Select(a.HasBody), Enum.GetValues<BodyKind>().Select(b.HasBody));
            Assert.Equal((a.HasCellCommittee, a.HasDelegatedPowers), (b.HasCellCommittee, b.HasDelegatedPowers));
            Assert.Equal(a.AdvisoryAgencies.ToArray(), b.AdvisoryAgencies.ToArray());
            var membersA = first.MembersOf(a.Id);
            var membersB = second.MembersOf(b.Id);
            Assert.Equal(membersA.Select(m => (m.Id, m.DisplayName, m.Status, m.AdmittedOn, m.CadreCommittee, m.IsLocal)), membersB.Select(m => (m.Id, m.DisplayName, m.Status, m.AdmittedOn, m.CadreCommittee, m.IsLocal)));
            Assert.Equal(membersA.SelectMany(m => m.Posts), membersB.SelectMany(m => m.Posts));
        }
    }

    [Fact]
    public void WrittenDocuments_AreAcceptedBy_AddKiemTraSdk()
    {
        var schedules = Written(s => HolidayScheduleJson.Write(HolidayScheduleJson.Read(Embedded("KiemTra.Sdk.Data.Calendar.civil-service-schedules.json"), "schedules.json"), s));
        var rules = Written(s => RuleSetJson.Write(RuleSetJson.Read(Embedded("KiemTra.Sdk.Data.rules.KL-34-2022.json"), "kl34.json"), s));
        // A host set must not reuse a built-in id; amending the built-in set lets it redefine the same keys.
        var rulesAsHost = Encoding.UTF8.GetString(rules).Replace("\"id\": \"KL-34-2022\"", "\"id\": \"HOST-KL-34\", \"amends\": \"KL-34-2022\"", StringComparison.Ordinal);
        var catalog = Encoding.UTF8.GetString(Written(s => IndicatorCatalogJson.Write(IndicatorCatalog.BuiltIn, s)))
            .Replace("\"code\": \"", "\"code\": \"HOST-", StringComparison.Ordinal);
        var services = new ServiceCollection();
        services.AddKiemTraSdk(o => o
            .AddHolidaySchedules("schedules.json", () => Stream(schedules))
            .AddRuleSet("host-rules.json", () => Stream(Encoding.UTF8.GetBytes(rulesAsHost)))
            .AddIndicatorCatalog("catalogue.json", () => Stream(Encoding.UTF8.GetBytes(catalog))));
        using var provider = services.BuildServiceProvider();
        var book = provider.GetRequiredService<RuleBook>();
        Assert.Contains(book.RuleSets, s => s.Id == RuleSetId.From("HOST-KL-34"));
        Assert.Equal(2 * IndicatorCatalog.BuiltIn.Indicators.Length, provider.GetRequiredService<IndicatorCatalog>().Indicators.Length);
        Assert.Equal(IHolidayScheduleSource.BuiltIn.GetYears(), provider.GetRequiredService<IHolidayScheduleSource>().GetYears());
    }
}
