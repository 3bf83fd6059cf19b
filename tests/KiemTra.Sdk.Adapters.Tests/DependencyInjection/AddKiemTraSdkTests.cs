using System.Text;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Organization;
using KiemTra.SampleProvince;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using KiemTra.Sdk.Inspection;

namespace KiemTra.Sdk.Adapters.Tests.DependencyInjection;

public class AddKiemTraSdkTests
{
    private const string Schedule2027 = """
        {"format":"kiemtra.holiday-schedules/1","version":"host-2027","sources":{"S":{"instrument":"Thông báo thử 2027","verified":true}},
         "schedules":[{"year":2027,"source":"S","daysOff":[
           {"date":"2027-01-01","kind":"holiday","reason":{"vi":"Tết Dương lịch","en":"New Year"},"source":"S"},
           {"date":"2027-01-04","kind":"swapped","reason":{"vi":"Nghỉ hoán đổi","en":"Swapped day off"},"source":"S"},
           {"date":"2027-02-06","kind":"holiday","reason":{"vi":"Tết","en":"Tết"},"source":"S"},
           {"date":"2027-02-07","kind":"holiday","reason":{"vi":"Tết","en":"Tết"},"source":"S"},
           {"date":"2027-02-08","kind":"holiday","reason":{"vi":"Tết","en":"Tết"},"source":"S"},
           {"date":"2027-04-16","kind":"holiday","reason":{"vi":"Giỗ Tổ","en":"Hùng Kings"},"source":"S"},
           {"date":"2027-04-30","kind":"holiday","reason":{"vi":"30/4","en":"30 April"},"source":"S"},
           {"date":"2027-05-01","kind":"holiday","reason":{"vi":"1/5","en":"1 May"},"source":"S"},
           {"date":"2027-09-02","kind":"holiday","reason":{"vi":"2/9","en":"2 September"},"source":"S"},
           {"date":"2027-09-03","kind":"holiday","reason":{"vi":"3/9","en":"3 September"},"source":"S"},
           {"date":"2027-11-24","kind":"holiday","reason":{"vi":"24/11","en":"24 November"},"source":"S"}],
          "makeUpWorkdays":[{"date":"2027-01-09","replaces":"2027-01-04","reason":{"vi":"Làm bù","en":"Make-up"},"source":"S"}]}]}
        """;

    private const string HostRuleSet = """
        {"id":"HOST-TEST-1","instrument":"01-QĐ/TU","title":{"vi":"Quy định của tỉnh","en":"Province rule"},"issuer":"Tỉnh ủy",
         "issuedOn":"2026-01-02","effectiveFrom":"2026-02-01","verified":true,"source":"unit test",
         "entries":[{"key":"host.test.duration","value":{"kind":"duration","amount":10,"unit":"workingDays"},"verified":true}]}
        """;

    private static ServiceProvider Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static Func<Stream> Utf8(string json) => () => new MemoryStream(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void AddKiemTraSdk_ResolvesEveryService_WithBuiltInData()
    {
        using var provider = Build(s => s.AddKiemTraSdk());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Equal("Asia/Ho_Chi_Minh", provider.GetRequiredService<DateTimeZone>().Id);
        Assert.Same(WorkingCalendar.Default, provider.GetRequiredService<WorkingCalendar>());
        Assert.Same(RuleBook.BuiltIn, provider.GetRequiredService<RuleBook>());
        Assert.Same(IHolidayScheduleSource.BuiltIn, provider.GetRequiredService<IHolidayScheduleSource>());
        Assert.Same(VietnameseLunarCalendar.Default, provider.GetRequiredService<VietnameseLunarCalendar>());
        Assert.Same(provider.GetRequiredService<WorkingCalendar>(), provider.GetRequiredService<DeadlineCalculator>().Calendar);
        Assert.Equal(RuleDuration.Of(3, RuleDurationUnit.WorkingDays), provider.GetRequiredService<DeadlineMonitor>().Window);
    }

    [Fact]
    public void AddKiemTraSdk_CalledTwice_RegistersNothingTwice()
    {
        var once = new ServiceCollection().AddKiemTraSdk();
        var twice = new ServiceCollection().AddKiemTraSdk().AddKiemTraSdk();
        Assert.Equal(Describe(once), Describe(twice));
        Assert.Single(twice, d => d.ServiceType == typeof(WorkingCalendar));
        Assert.Single(twice, d => d.ServiceType == typeof(IValidateOptions<KiemTraSdkOptions>));
        using var provider = twice.BuildServiceProvider();
        Assert.Single(provider.GetServices<IClock>());
    }

    [Fact]
    public void AddKiemTraSdk_CalledTwiceWithConfigure_AppliesBothConfigurations()
    {
        using var provider = Build(s => s.AddKiemTraSdk(o => o.TimeZoneId = "Asia/Bangkok").AddKiemTraSdk(o => o.EnableVietnameseCultureDay = true));
        var options = provider.GetRequiredService<IOptions<KiemTraSdkOptions>>().Value;
        Assert.Equal("Asia/Bangkok", options.TimeZoneId);
        Assert.True(options.EnableVietnameseCultureDay);
        Assert.Single(provider.GetServices<WorkingCalendar>());
    }

    [Fact]
    public void AddKiemTraSdk_KeepsTheHostsClock()
    {
        var clock = FakeClocks.At(new LocalDate(2026, 11, 22), DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]);
        using var provider = Build(s => s.AddSingleton<IClock>(clock).AddKiemTraSdk());
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Equal(new LocalDate(2026, 11, 22), provider.GetRequiredService<DeadlineMonitor>().Today);
    }

    [Fact]
    public void AddKiemTraSdk_HostScheduleFromStream_OverridesItsYear()
    {
        // R-W3: a host adds a newly announced year without a new SDK release.
        using var provider = Build(s => s.AddKiemTraSdk(o => o.AddHolidaySchedules("host-2027.json", Utf8(Schedule2027))));
        var calendar = provider.GetRequiredService<WorkingCalendar>();
        Assert.Equal(DayKind.SwappedDayOff, calendar.Explain(new LocalDate(2027, 1, 4)).Kind);
        Assert.Equal(DayKind.MakeUpWorkday, calendar.Explain(new LocalDate(2027, 1, 9)).Kind);
        Assert.False(calendar.Explain(new LocalDate(2027, 1, 4)).IsProvisional);
        Assert.Equal(DayKind.PublicHoliday, calendar.Explain(new LocalDate(2026, 2, 17)).Kind); // built-in years still there
        Assert.Contains("host-2027", provider.GetRequiredService<IHolidayScheduleSource>().VersionId, StringComparison.Ordinal);
    }

    [Fact]
    public void AddKiemTraSdk_HostScheduleFromFile_IsRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kiemtra-di-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Schedule2027, Encoding.UTF8);
        try
        {
            using var provider = Build(s => s.AddKiemTraSdk(o => o.AddHolidayScheduleFile(path)));
            Assert.Equal(DayKind.SwappedDayOff, provider.GetRequiredService<WorkingCalendar>().Explain(new LocalDate(2027, 1, 4)).Kind);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddKiemTraSdk_HostRuleSet_IsAddedToTheBuiltInBook()
    {
        using var provider = Build(s => s.AddKiemTraSdk(o => o.AddRuleSet("host-rules.json", Utf8(HostRuleSet))));
        var book = provider.GetRequiredService<RuleBook>();
        Assert.Equal(RuleBook.BuiltIn.RuleSets.Length + 1, book.RuleSets.Length);
        Assert.Equal(RuleDuration.Of(10, RuleDurationUnit.WorkingDays), book.Resolve("host.test.duration", new LocalDate(2026, 3, 1)).Value.AsDuration());
    }

    [Fact]
    public void AddKiemTraSdk_VietnameseCultureDay_IsOffAndProvisional_WhateverTheSwitch()
    {
        // R-W2: statutory from 2026 (Nghị quyết 28/2026/QH16, cited unverified); the old switch is now redundant.
        using var provider = Build(s => s.AddKiemTraSdk(o => o.EnableVietnameseCultureDay = true));
        var day = provider.GetRequiredService<WorkingCalendar>().Explain(new LocalDate(2026, 11, 24));
        Assert.False(day.IsWorkingDay);
        Assert.True(day.IsProvisional);
        using var defaults = Build(s => s.AddKiemTraSdk());
        Assert.False(defaults.GetRequiredService<WorkingCalendar>().IsWorkingDay(new LocalDate(2026, 11, 24)));
        Assert.True(defaults.GetRequiredService<WorkingCalendar>().IsProvisional(new LocalDate(2026, 11, 24)));
    }

    [Fact]
    public void AddKiemTraSdk_BadScheduleDocument_FailsOnFirstResolve_NamingDocumentAndEntry()
    {
        // R-W3: bad data is a typed error naming the document and the entry, never silently dropped.
        var bad = Schedule2027.Replace("\"date\":\"2027-01-09\"", "\"date\":\"2027-01-10\"", StringComparison.Ordinal);
        using var provider = Build(s => s.AddKiemTraSdk(o => o.AddHolidaySchedules("lich-tinh.json", Utf8(bad))));
        var ex = Assert.Throws<KiemTra.Sdk.Diagnostics.DataFormatException>(() => provider.GetRequiredService<DeadlineCalculator>());
        Assert.Equal("lich-tinh.json", ex.SourceName);
        Assert.Equal("/schedules/0/makeUpWorkdays/0/date", ex.Path);
        Assert.Equal(KiemTra.Sdk.Diagnostics.ErrorCodes.DocumentRuleViolated, ex.Code);
    }

    [Fact]
    public void AddKiemTraSdk_BadRuleSetDocument_FailsOnFirstResolve_NamingSourceAndPath()
    {
        var bad = HostRuleSet.Replace("\"source\":\"unit test\"", "\"source\":\"unit test\",\"colour\":\"red\"", StringComparison.Ordinal);
        using var provider = Build(s => s.AddKiemTraSdk(o => o.AddRuleSet("quy-dinh-tinh.json", Utf8(bad))));
        var ex = Assert.Throws<KiemTra.Sdk.Diagnostics.DataFormatException>(() => provider.GetRequiredService<RuleBook>());
        Assert.Equal(KiemTra.Sdk.Diagnostics.ErrorCodes.DocumentFieldUnknown, ex.Code);
        Assert.Equal("quy-dinh-tinh.json", ex.SourceName);
        Assert.Equal("/colour", ex.Path);
    }

    [Fact]
    public void AddKiemTraSdk_UnknownZoneOrMissingFile_FailsStartupValidation()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"kiemtra-missing-{Guid.NewGuid():N}.json");
        using var provider = Build(s => s.AddKiemTraSdk(o => { o.TimeZoneId = "Asia/Hanoi_Typo"; o.AddRuleSetFile(missing); }));
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(ex.Failures, f => f.Contains("Asia/Hanoi_Typo", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains(missing, StringComparison.Ordinal) && f.Contains("RuleSetDocuments[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void AddKiemTraSdk_AuthorityRules_UseTheHostsDataset()
    {
        var dataset = SyntheticProvince.Generate(SyntheticProvinceOptions.Create("TST", "Tỉnh thử", new LocalDate(2026, 1, 1), 7, communes: 2, wards: 1, grassrootsCommittees: 2, grassrootsCells: 2, subCommittees: 1, cells: 12, members: 300));
        using var provider = Build(s => s.AddSingleton(dataset).AddKiemTraSdk());
        var rules = provider.GetRequiredService<AuthorityRules>();

        // R-H4: organisations that exist only in the host's dataset (the synthetic "TST" province, no built-in data has
        // them): a commune's inspection commission may inspect a cell under it on signs of violation, and that answer
        // can only come from the host's hierarchy. The same question asked of rules built over that dataset by hand
        // gets the same answer.
        var commune = dataset.ChildrenOf(dataset.Roots.Single().Id)
            .First(o => dataset.BodiesOf(o.Id).Any(b => b.Kind == BodyKind.InspectionCommission) && dataset.ChildrenOf(o.Id).Count > 0);
        var cell = dataset.ChildrenOf(commune.Id)[0];
        Assert.StartsWith("TST", cell.Id.ToString(), StringComparison.Ordinal);
        var actor = new ActingBody(commune.Id, BodyKind.InspectionCommission);
        var decision = rules.Decide(actor, ActivityKind.InspectionOnSignsOfViolation, OversightSubject.Of(cell.Id), dataset.SnapshotDate);
        Assert.True(decision.Holds, decision.Reason.English);
        var byHand = new AuthorityRules(dataset, RuleBook.BuiltIn).Decide(actor, ActivityKind.InspectionOnSignsOfViolation, OversightSubject.Of(cell.Id), dataset.SnapshotDate);
        Assert.Equal(byHand.Reason, decision.Reason);

        // And the cell, which has no inspection commission in that dataset, is refused as an actor.
        var refused = rules.Decide(new ActingBody(cell.Id, BodyKind.InspectionCommission), ActivityKind.InspectionOnSignsOfViolation, OversightSubject.Of(cell.Id), dataset.SnapshotDate);
        Assert.False(refused.Holds);
    }

    private static string[] Describe(IServiceCollection services)
        => services.Select(d => $"{d.ServiceType.FullName} {d.Lifetime} {d.ImplementationType?.FullName}").ToArray();
}
