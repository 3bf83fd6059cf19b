using System.Text;
using KiemTra.Sdk.Indicators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KiemTra.Sdk.Adapters.Tests.DependencyInjection;

/// <summary>Host indicator catalogues through <see cref="KiemTraSdkOptions"/> (R-T1: targets are data a province adds).</summary>
public class IndicatorCatalogOptionsTests
{
    private const string HostCatalog = """
        {"catalogue":"tinh-thu","title":{"vi":"Chỉ tiêu của tỉnh thử","en":"Test province targets"},"indicators":[
         {"code":"TT-01","text":{"vi":"100% cấp ủy ban hành chương trình kiểm tra, giám sát","en":"100% of committees issue a programme"},
          "target":{"value":1.0,"comparator":">=","unit":"percent"},"measure":"programme-issued",
          "numerator":{"vi":"Số cấp ủy ban hành chương trình","en":"Committees that issued a programme"},
          "denominator":{"vi":"Số cấp ủy","en":"Committees"},"periodKind":"year","validFrom":2026,"validTo":2030,
          "appliesTo":{"organizationKinds":["Province","Commune"],"body":"Committee"},
          "source":{"ruleSet":"TT-2026","instrument":"Kế hoạch thử","article":"§1"},"verified":false}]}
        """;

    private static ServiceProvider Build(Action<KiemTraSdkOptions> configure)
        => new ServiceCollection().AddKiemTraSdk(configure).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    private static Func<Stream> Utf8(string json) => () => new MemoryStream(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void NoHostCatalog_RegistersTheBuiltInCatalogAndMeasures()
    {
        using var provider = Build(_ => { });
        Assert.Same(IndicatorCatalog.BuiltIn, provider.GetRequiredService<IndicatorCatalog>());
        Assert.Same(IndicatorMeasureSet.BuiltIn, provider.GetRequiredService<IndicatorMeasureSet>());
    }

    [Fact]
    public void HostCatalogStream_IsAppendedAfterTheBuiltInIndicators_KeepingItsVerifiedFlag()
    {
        // R-T1: a province adds its own targets as data, marked unverified when they are.
        using var provider = Build(o => o.AddIndicatorCatalog("chi-tieu-tinh.json", Utf8(HostCatalog)));
        var catalog = provider.GetRequiredService<IndicatorCatalog>();
        Assert.Equal(IndicatorCatalog.BuiltIn.Indicators.Length + 1, catalog.Indicators.Length);
        Assert.Equal("TT-01", catalog.Indicators[^1].Code);
        Assert.False(catalog["TT-01"].Verified);
        Assert.Equal(RuleSetId.From("TT-2026"), catalog["TT-01"].Source.RuleSetId);
        Assert.True(catalog.TryGet("KL34-2025-04", out _));
    }

    [Fact]
    public void HostCatalogFile_IsRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kiemtra-di-indicators-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, HostCatalog, Encoding.UTF8);
        try
        {
            using var provider = Build(o => o.AddIndicatorCatalogFile(path));
            Assert.True(provider.GetRequiredService<IndicatorCatalog>().TryGet("TT-01", out _));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BadCatalogFile_FailsStartup_NamingTheOptionTheFileItsPathAndTheJsonPath()
    {
        // A typo in a province's file must stop the host at start-up, saying where, not surface on the first request.
        var path = Path.Combine(Path.GetTempPath(), $"kiemtra-di-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, HostCatalog.Replace("\">=\"", "\"=>\"", StringComparison.Ordinal), Encoding.UTF8);
        try
        {
            using var provider = Build(o => o.AddIndicatorCatalogFile(path));
            var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
            var failure = Assert.Single(ex.Failures);
            Assert.Contains("IndicatorCatalogDocuments[0]", failure, StringComparison.Ordinal);
            Assert.Contains(path, failure, StringComparison.Ordinal);
            Assert.Contains("/indicators/0/target/comparator", failure, StringComparison.Ordinal);
            Assert.Contains("=>", failure, StringComparison.Ordinal);

            // Without a host, the first resolve throws the core's typed exception.
            var typed = Assert.Throws<KiemTra.Sdk.Diagnostics.DataFormatException>(() => provider.GetRequiredService<IndicatorMeasureSet>());
            Assert.Equal("/indicators/0/target/comparator", typed.Path);
            Assert.Equal(Path.GetFileName(path), typed.SourceName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingCatalogFile_FailsOptionsValidation_NamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"kiemtra-missing-{Guid.NewGuid():N}.json");
        using var provider = Build(o => o.AddIndicatorCatalogFile(missing));
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(ex.Failures, f => f.Contains("IndicatorCatalogDocuments[0]", StringComparison.Ordinal) && f.Contains(missing, StringComparison.Ordinal));
    }

    [Fact]
    public void CatalogRepeatingABuiltInCode_IsRefused_UnlessReplacingIsAllowed()
    {
        var clash = HostCatalog.Replace("\"TT-01\"", "\"KL34-2025-04\"", StringComparison.Ordinal);
        using var refused = Build(o => o.AddIndicatorCatalog("trung-ma.json", Utf8(clash)));
        var ex = Assert.Throws<OptionsValidationException>(() => refused.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(ex.Failures, f => f.Contains("trung-ma.json", StringComparison.Ordinal) && f.Contains("KL34-2025-04", StringComparison.Ordinal));

        using var replaced = Build(o =>
        {
            o.ReplaceExistingIndicators = true;
            o.AddIndicatorCatalog("trung-ma.json", Utf8(clash));
        });
        var catalog = replaced.GetRequiredService<IndicatorCatalog>();
        Assert.Equal(IndicatorCatalog.BuiltIn.Indicators.Length, catalog.Indicators.Length);
        Assert.Equal(RuleSetId.From("TT-2026"), catalog["KL34-2025-04"].Source.RuleSetId);
    }

    [Fact]
    public void CatalogRepeatingACode_FailsWithOneCleanMessage_NamingTheOptionTheFileAndTheCode()
    {
        // R-T1 / issue 8: a national target cannot be silently changed; the host is told where, in one sentence.
        var path = Path.Combine(Path.GetTempPath(), $"kiemtra-di-dup-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, HostCatalog.Replace("\"TT-01\"", "\"KL34-2025-04\"", StringComparison.Ordinal), Encoding.UTF8);
        try
        {
            using var provider = Build(o =>
            {
                o.AddIndicatorCatalog("ok.json", Utf8(HostCatalog));
                o.AddIndicatorCatalogFile(path);
            });
            var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
            var failure = Assert.Single(ex.Failures);
            Assert.StartsWith($"KiemTraSdkOptions.IndicatorCatalogDocuments[1] {Path.GetFileName(path)} ({path}): ", failure, StringComparison.Ordinal);
            Assert.Contains("'KL34-2025-04'", failure, StringComparison.Ordinal);
            Assert.Contains("ReplaceExistingIndicators", failure, StringComparison.Ordinal);
            Assert.DoesNotContain("(Parameter", failure, StringComparison.Ordinal);

            // Without a host, the first resolve throws an ArgumentException naming the option, with the same message.
            var typed = Assert.ThrowsAny<ArgumentException>(() => provider.GetRequiredService<IndicatorCatalog>());
            Assert.Equal("IndicatorCatalogDocuments", typed.ParamName);
            Assert.Equal(failure, typed.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InMemoryCatalogRepeatingACode_NamesItsIndexInIndicatorCatalogs()
    {
        var host = KiemTra.Sdk.Serialization.SystemTextJson.IndicatorCatalogJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(HostCatalog)), "host.json");
        using var provider = Build(o =>
        {
            o.IndicatorCatalogs.Add(host);
            o.IndicatorCatalogs.Add(host);
        });
        var typed = Assert.ThrowsAny<ArgumentException>(() => provider.GetRequiredService<IndicatorCatalog>());
        Assert.Equal("IndicatorCatalogs", typed.ParamName);
        Assert.StartsWith("KiemTraSdkOptions.IndicatorCatalogs[1]: the indicator code 'TT-01' ", typed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", typed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StreamFactory_IsCalledOnce_ThroughStartupAndEveryResolve()
    {
        var opened = 0;
        using var provider = Build(o => o.AddIndicatorCatalog("dem.json", () =>
        {
            Interlocked.Increment(ref opened);
            return new MemoryStream(Encoding.UTF8.GetBytes(HostCatalog));
        }));
        provider.GetRequiredService<IStartupValidator>().Validate();
        provider.GetRequiredService<IndicatorCatalog>();
        provider.GetRequiredService<IndicatorMeasureSet>();
        Assert.Equal(1, opened);
    }

    [Fact]
    public void NullInMemoryCatalog_FailsOptionsValidation()
    {
        using var provider = Build(o => o.IndicatorCatalogs.Add(null!));
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<KiemTraSdkOptions>>().Value);
        Assert.Contains(ex.Failures, f => f.Contains("IndicatorCatalogs[0] is null", StringComparison.Ordinal));
    }

    [Fact]
    public void HostMeasure_CanBeNamedByAHostCatalog_AndIsRegisteredForTheEvaluator()
    {
        var catalog = HostCatalog.Replace("\"measure\":\"programme-issued\"", "\"measure\":\"tinh-thu-programme\"", StringComparison.Ordinal);
        using var without = Build(o => o.AddIndicatorCatalog("do-luong.json", Utf8(catalog)));
        var unknown = Assert.Throws<OptionsValidationException>(() => without.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(unknown.Failures, f => f.Contains("tinh-thu-programme", StringComparison.Ordinal) && f.Contains("/indicators/0/measure", StringComparison.Ordinal));

        using var with = Build(o =>
        {
            o.IndicatorMeasures.Add(new RenamedMeasure("tinh-thu-programme", IndicatorMeasureSet.BuiltIn["programme-issued"]));
            o.AddIndicatorCatalog("do-luong.json", Utf8(catalog));
        });
        with.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal("tinh-thu-programme", with.GetRequiredService<IndicatorCatalog>()["TT-01"].Measure);
        Assert.True(with.GetRequiredService<IndicatorMeasureSet>().Contains("tinh-thu-programme"));
    }

    /// <summary>A host measure: a built-in one under the host's own name.</summary>
    private sealed class RenamedMeasure(string name, IIndicatorMeasure inner) : IIndicatorMeasure
    {
        public string Name => name;

        public LocalizedText Description => inner.Description;

        public RecordKind DataKind => inner.DataKind;

        public void Compute(MeasureContext context) => inner.Compute(context);

        public IEnumerable<UnitFacts> Explain(MeasureContext context, int organizationIndex) => inner.Explain(context, organizationIndex);
    }
}
