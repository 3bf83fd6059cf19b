using KiemTra.Sdk.Organization;
using System.Text;
using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Tests.Indicators;

public class IndicatorCatalogTests
{
    [Fact]
    public void BuiltIn_HasKl34SixAndSixTargets_EachCitingSeed001()
    {
        // R-T1: six targets 2022–2025 (§II.2) and six 2025–2030 (§II.3); target (2) of 2025–2030 is split in two parts.
        var kl34 = IndicatorCatalog.BuiltIn.Indicators.Where(i => i.Source.RuleSetId == "KL-34-2022").ToList();
        Assert.Equal(6, kl34.Count(i => i.Source.Article!.StartsWith("§II.2", StringComparison.Ordinal)));
        Assert.Equal(7, kl34.Count(i => i.Source.Article!.StartsWith("§II.3", StringComparison.Ordinal)));
        Assert.Equal(6, kl34.Where(i => i.Source.Article!.StartsWith("§II.3", StringComparison.Ordinal)).Select(i => i.Source.Article).Distinct().Count());
        Assert.All(kl34, i => Assert.Contains("seed 001", i.Source.Instrument, StringComparison.Ordinal));
        Assert.All(kl34, i => Assert.Equal(1.0m, i.Target.Value));
    }

    [Fact]
    public void BuiltIn_HasThaiNguyenTargets_ForCommitteesAdvisoryAgenciesAndCommissions()
    {
        // R-T2: seed 002 §I.2.1–2.3.
        var tn = IndicatorCatalog.BuiltIn.Indicators.Where(i => i.Source.RuleSetId == "DA-GSTX-TN-2025").ToList();
        Assert.Equal(3, tn.Count(i => i.AppliesTo.Body == BodyKind.Committee));
        Assert.Equal(3, tn.Count(i => i.AppliesTo.Body == BodyKind.AdvisoryAgency));
        Assert.Equal(4, tn.Count(i => i.AppliesTo.Body == BodyKind.InspectionCommission));
        Assert.All(tn, i => Assert.Contains("seed 002", i.Source.Instrument, StringComparison.Ordinal));
    }

    [Fact]
    public void BuiltIn_HasDigitalMeetingAndTaskTargets_FromSeed004()
    {
        // R-T3 (≥95%), R-T4 (meeting limits), R-T5 (task specification).
        var catalog = IndicatorCatalog.BuiltIn;
        Assert.Equal(0.95m, catalog["PTLD-SO-01"].Target.Value);
        Assert.Equal(TargetComparator.AtLeast, catalog["PTLD-SO-02"].Target.Comparator);
        Assert.Equal("meetings-within-length-limit", catalog["PTLD-HN-01"].Measure);
        Assert.Equal("tasks-fully-specified", catalog["PTLD-NV-01"].Measure);
        Assert.All(new[] { "PTLD-SO-01", "PTLD-SO-02", "PTLD-HN-01", "PTLD-NV-01" }, c => Assert.Contains("seed 004", catalog[c].Source.Instrument, StringComparison.Ordinal));
        Assert.Equal(0.5m, MeetingLengthLimits.BuiltIn.MaxDays(MeetingKind.Dissemination));
        Assert.Equal(1m, MeetingLengthLimits.BuiltIn.MaxDays(MeetingKind.Professional));
        Assert.Equal(1.5m, MeetingLengthLimits.BuiltIn.MaxDays(MeetingKind.Important));
    }

    [Fact]
    public void BuiltIn_EveryIndicatorIsComplete_AndNamesAKnownMeasure()
    {
        Assert.Equal(27, IndicatorCatalog.BuiltIn.Indicators.Length);
        Assert.All(IndicatorCatalog.BuiltIn.Indicators, i =>
        {
            Assert.True(IndicatorMeasureSet.BuiltIn.Contains(i.Measure));
            Assert.False(string.IsNullOrWhiteSpace(i.Numerator.English));
            Assert.False(string.IsNullOrWhiteSpace(i.Denominator.Vietnamese));
            Assert.NotNull(i.Source.Article);
        });
    }

    [Fact]
    public void Load_ProvinceCatalogue_AddsToBuiltIn()
    {
        var catalog = IndicatorCatalog.BuiltIn.With(Load(Indicator("TINH-01")));
        Assert.Equal(28, catalog.Indicators.Length);
        Assert.Equal("TINH-01", catalog.Indicators[^1].Code);
        Assert.Throws<ArgumentException>(() => catalog.With(Load(Indicator("TINH-01"))));
        Assert.Equal(28, catalog.With(Load(Indicator("TINH-01")), replaceExisting: true).Indicators.Length);
    }

    [Theory]
    [InlineData("\"colour\": \"red\",", "$.indicators[0].colour", "colour", "unknown field")]
    [InlineData("\"target\": { \"value\": 1.0, \"comparator\": \"≥\", \"unit\": \"percent\" },", "$.indicators[0].target.comparator", "≥", "expected one of")]
    [InlineData("\"target\": { \"value\": 95, \"comparator\": \">=\", \"unit\": \"percent\" },", "$.indicators[0].target.value", "95", "fraction")]
    [InlineData("\"target\": { \"value\": 1, \"comparator\": \">=\", \"unit\": \"percentage\" },", "$.indicators[0].target.unit", "percentage", "expected percent")]
    [InlineData("\"measure\": \"no-such-measure\",", "$.indicators[0].measure", "no-such-measure", "unknown measure")]
    [InlineData("\"periodKind\": \"decade\",", "$.indicators[0].periodKind", "decade", "expected year")]
    [InlineData("\"appliesTo\": { \"organizationKinds\": [ \"Village\" ] },", "$.indicators[0].appliesTo.organizationKinds[0]", "Village", "expected one of")]
    public void Load_RejectsBadData_NamingPathAndValue(string replacement, string path, string value, string problem)
    {
        // A province's catalogue goes through the same strict loader: errors name the JSON path and the value.
        var json = Indicator("TINH-01", replacement);
        var ex = Assert.Throws<IndicatorDataFormatException>(() => Load(json));
        Assert.Equal(path, ex.Path);
        Assert.Equal(value, ex.Value);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.Contains("tinh.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectsDuplicateCodes_NamingTheSecond()
    {
        var single = Indicator("TINH-01");
        var item = single[(single.IndexOf('[') + 1)..single.LastIndexOf(']')];
        var json = single.Replace(item, item + "," + item, StringComparison.Ordinal);
        var ex = Assert.Throws<IndicatorDataFormatException>(() => Load(json));
        Assert.Equal("$.indicators[1].code", ex.Path);
        Assert.Equal("TINH-01", ex.Value);
        Assert.Contains("duplicate code (first at $.indicators[0])", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectsMissingFieldAndBadJson()
    {
        var missing = Indicator("TINH-01").Replace("\"verified\": true", "\"verifiedX\": true", StringComparison.Ordinal);
        Assert.Equal("$.indicators[0].verified", Assert.Throws<IndicatorDataFormatException>(() => Load(missing)).Path);
        Assert.Throws<IndicatorDataFormatException>(() => Load("{ not json"));
    }

    private static IndicatorCatalog Load(string json) => IndicatorCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "tinh.json");

    private static string Indicator(string code, string? replacement = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["target"] = "\"target\": { \"value\": 1.0, \"comparator\": \">=\", \"unit\": \"percent\" },",
            ["measure"] = "\"measure\": \"programme-issued\",",
            ["periodKind"] = "\"periodKind\": \"year\",",
            ["appliesTo"] = "\"appliesTo\": { \"organizationKinds\": [ \"Commune\" ], \"body\": \"Committee\" },",
        };
        var extra = string.Empty;
        if (replacement is not null)
        {
            var key = fields.Keys.FirstOrDefault(k => replacement.StartsWith($"\"{k}\"", StringComparison.Ordinal));
            if (key is null)
            {
                extra = replacement;
            }
            else
            {
                fields[key] = replacement;
            }
        }

        return $$"""
            { "catalogue": "tinh", "title": { "vi": "Chỉ tiêu của tỉnh", "en": "Province targets" }, "indicators": [ {
              "code": "{{code}}", {{extra}}
              "text": { "vi": "100% đảng ủy xã ban hành chương trình", "en": "Every commune committee issues a programme" },
              {{fields["target"]}}
              {{fields["measure"]}}
              "numerator": { "vi": "Số đảng ủy xã ban hành", "en": "Committees that issued" },
              "denominator": { "vi": "Số đảng ủy xã", "en": "Commune committees" },
              {{fields["periodKind"]}}
              "validFrom": 2026, "validTo": 2030,
              {{fields["appliesTo"]}}
              "source": { "ruleSet": "TINH-2026", "instrument": "Kế hoạch của tỉnh", "article": "§2" },
              "verified": true } ] }
            """;
    }
}
