using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using System.Text;
using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Tests.Indicators;

public class IndicatorCatalogTests
{
    [Fact]
    public void BuiltIn_HasKl34SixAndSixTargets_CitingTheQuangNinhProgramThatRestatesThem()
    {
        // R-T1: six targets 2022–2025 (§II.2) and six 2025–2030 (§II.3); target (2) of 2025–2030 is split in two parts.
        // The text is Quảng Ninh's action programme implementing KL 34 (it names tỉnh Quảng Ninh), so every target cites
        // that programme, saying it restates KL 34's targets; no shipped string names a seed.
        var kl34 = IndicatorCatalog.BuiltIn.Indicators.Where(i => i.Code.StartsWith("KL34-", StringComparison.Ordinal)).ToList();
        Assert.Equal(13, kl34.Count);
        Assert.Equal(6, kl34.Count(i => i.Source.Article!.StartsWith("§II.2", StringComparison.Ordinal)));
        Assert.Equal(7, kl34.Count(i => i.Source.Article!.StartsWith("§II.3", StringComparison.Ordinal)));
        Assert.Equal(6, kl34.Where(i => i.Source.Article!.StartsWith("§II.3", StringComparison.Ordinal)).Select(i => i.Source.Article).Distinct().Count());
        Assert.All(kl34, i =>
        {
            Assert.Equal(RuleSetId.From("CTHD-KL34-QN-2022"), i.Source.RuleSetId);
            Assert.Contains("Tỉnh ủy Quảng Ninh", i.Source.Instrument.Replace("Ban Chấp hành Đảng bộ tỉnh Quảng Ninh", "Tỉnh ủy Quảng Ninh", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("nêu lại mục tiêu của Kết luận 34-KL/TW", i.Source.Instrument, StringComparison.Ordinal);
            Assert.DoesNotContain("seed", i.Source.Instrument, StringComparison.OrdinalIgnoreCase);
        });
        Assert.All(kl34, i => Assert.Equal(1.0m, i.Target.Value));
    }

    [Fact]
    public void BuiltIn_HoldsNoProvinceTargets_AndNoRatingGate()
    {
        // R-T2, R-T3, R-T5 (issue 13 item 7): Thái Nguyên's project and the leadership-methods plan are one province's
        // targets, shipped as province rule packs, not built into every host's catalogue. Item 6: the uncited rating gate
        // "từ 'Hoàn thành tốt nhiệm vụ' trở lên" is gone from the built-in data.
        var codes = IndicatorCatalog.BuiltIn.Indicators.Select(i => i.Code).ToList();
        Assert.Equal(13, codes.Count);
        Assert.DoesNotContain(codes, c => c.StartsWith("TN-", StringComparison.Ordinal) || c.StartsWith("PTLD-", StringComparison.Ordinal));
        Assert.All(IndicatorCatalog.BuiltIn.Indicators, i => Assert.Empty(i.Gates));
        Assert.All(ProvincePacks.EmbeddedProvince.Indicators, i => Assert.Empty(i.Gates));
    }

    [Fact]
    public void ThaiNguyenPack_HasTargetsForCommitteesAdvisoryAgenciesAndCommissions_FromDecember2025()
    {
        // R-T2: seed 002 §I.2.1–2.3. "Đầu nhiệm kỳ và hằng năm" is two obligations: a term programme (TN-UBKT-01A) and a
        // yearly one (TN-UBKT-01B). The project runs from 12/2025, so no target applies to calendar 2025.
        var tn = ProvincePacks.ThaiNguyen.Indicators;
        Assert.All(tn, i => Assert.Equal(RuleSetId.From("DA-GSTX-TN-2025"), i.Source.RuleSetId));
        Assert.Equal(3, tn.Count(i => i.AppliesTo.Body == BodyKind.Committee));
        Assert.Equal(3, tn.Count(i => i.AppliesTo.Body == BodyKind.AdvisoryAgency));
        Assert.Equal(5, tn.Count(i => i.AppliesTo.Body == BodyKind.InspectionCommission));
        Assert.Equal(ReportingPeriodKind.Term, ProvincePacks.ThaiNguyen["TN-UBKT-01A"].PeriodKind);
        Assert.Equal(ReportingPeriodKind.Year, ProvincePacks.ThaiNguyen["TN-UBKT-01B"].PeriodKind);
        Assert.All(tn, i => Assert.False(i.AppliesDuring(2025, 2025), i.Code));
        Assert.All(tn, i => Assert.True(i.AppliesDuring(2026, 2026), i.Code));
        Assert.All(tn, i => Assert.DoesNotContain("seed", i.Source.Instrument, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void LeadershipMethodsPack_HasDigitalMeetingAndTaskTargets_DigitalOnlyForBodiesHandlingProcedures()
    {
        // R-T3 (≥95%), R-T4 (meeting limits), R-T5 (task specification); seed 004 §III.5: the 95% targets concern
        // administrative procedures, handled by government bodies, so party cells and party agencies are not units.
        var catalog = ProvincePacks.LeadershipMethods;
        Assert.Equal(0.95m, catalog["PTLD-SO-01"].Target.Value);
        Assert.Equal(TargetComparator.AtLeast, catalog["PTLD-SO-02"].Target.Comparator);
        Assert.Equal("meetings-within-length-limit", catalog["PTLD-HN-01"].Measure);
        Assert.Equal("tasks-fully-specified", catalog["PTLD-NV-01"].Measure);
        foreach (var code in new[] { "PTLD-SO-01", "PTLD-SO-02" })
        {
            var applies = catalog[code].AppliesTo;
            Assert.True(applies.Includes(OrganizationKind.PeoplesCommitteeOrganization));
            Assert.True(applies.Includes(OrganizationKind.Commune));
            Assert.False(applies.Includes(OrganizationKind.Cell));
            Assert.False(applies.Includes(OrganizationKind.GrassrootsCell));
            Assert.False(applies.Includes(OrganizationKind.PartyAgencies));
        }

        Assert.All(catalog.Indicators, i => Assert.DoesNotContain("seed", i.Source.Instrument, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0.5m, MeetingLengthLimits.BuiltIn.MaxDays(MeetingKind.Dissemination));
        Assert.Equal(1m, MeetingLengthLimits.BuiltIn.MaxDays(MeetingKind.Professional));
        Assert.Equal(1.5m, MeetingLengthLimits.BuiltIn.MaxDays(MeetingKind.Important));
    }

    [Fact]
    public void Kl34Target6_2022_CountsCommuneWardAndTownshipCommissionsToo_AndSaysWhatIsNotMeasured()
    {
        // R-T1, seed 001 §4.1(3): "ủy ban kiểm tra đảng ủy cơ sở xã, phường, thị trấn" are grassroots commissions.
        var target6 = IndicatorCatalog.BuiltIn["KL34-2022-06"];
        Assert.True(target6.AppliesTo.Includes(OrganizationKind.Commune));
        Assert.True(target6.AppliesTo.Includes(OrganizationKind.Ward));
        Assert.True(target6.AppliesTo.Includes(OrganizationKind.GrassrootsCommittee));
        Assert.False(target6.AppliesTo.Includes(OrganizationKind.Province));
        Assert.Equal(BodyKind.InspectionCommission, target6.AppliesTo.Body);

        // The proactive-inspection half of (6) and the complaints clause of (2) are said to be unmeasured, not left silent.
        foreach (var code in new[] { "KL34-2022-06", "KL34-2025-06" })
        {
            Assert.Contains("dấu hiệu vi phạm", IndicatorCatalog.BuiltIn[code].NotMeasured!.Vietnamese, StringComparison.Ordinal);
        }

        foreach (var code in new[] { "KL34-2022-02", "KL34-2025-02B" })
        {
            Assert.Contains("khiếu nại, tố cáo", IndicatorCatalog.BuiltIn[code].NotMeasured!.Vietnamese, StringComparison.Ordinal);
        }

        Assert.Null(IndicatorCatalog.BuiltIn["KL34-2025-04"].NotMeasured);
    }

    [Fact]
    public void BuiltIn_EveryIndicatorIsComplete_AndNamesAKnownMeasure()
    {
        Assert.Equal(13, IndicatorCatalog.BuiltIn.Indicators.Length);
        Assert.Equal(13 + 11 + 4, ProvincePacks.EmbeddedProvince.Indicators.Length);
        Assert.All(ProvincePacks.EmbeddedProvince.Indicators, i =>
        {
            Assert.True(IndicatorMeasureSet.BuiltIn.Contains(i.Measure));
            Assert.False(string.IsNullOrWhiteSpace(i.Numerator.English));
            Assert.False(string.IsNullOrWhiteSpace(i.Denominator.Vietnamese));
            Assert.NotNull(i.Source.Article);
        });
    }

    [Fact]
    public void Load_ProvinceCatalog_AddsToBuiltIn()
    {
        var catalog = IndicatorCatalog.BuiltIn.With(Load(Indicator("TINH-01")));
        Assert.Equal(14, catalog.Indicators.Length);
        Assert.Equal("TINH-01", catalog.Indicators[^1].Code);
        Assert.Throws<ArgumentException>(() => catalog.With(Load(Indicator("TINH-01"))));
        Assert.Equal(14, catalog.With(Load(Indicator("TINH-01")), replaceExisting: true).Indicators.Length);
    }

    [Fact]
    public void Load_ExcludeAgencies_OnlyForAdvisoryAgencyUnits()
    {
        // R-T2: "excludeAgencies" leaves advisory agencies of some kinds out; it makes no sense for other units.
        var ok = Load(Indicator("TINH-01", "\"appliesTo\": { \"organizationKinds\": [ \"Province\" ], \"body\": \"AdvisoryAgency\", \"excludeAgencies\": [ \"InspectionCommissionOffice\" ] },"));
        Assert.Equal([AdvisoryAgencyKind.InspectionCommissionOffice], ok["TINH-01"].AppliesTo.ExcludedAgencies.ToArray());
        Assert.True(ok["TINH-01"].AppliesTo.CountsBody(new EvaluationBody("T.VP", BodyKind.AdvisoryAgency, "Văn phòng Tỉnh ủy", AdvisoryAgencyKind.Office)));
        Assert.False(ok["TINH-01"].AppliesTo.CountsBody(new EvaluationBody("T.CQ", BodyKind.AdvisoryAgency, "Cơ quan Ủy ban Kiểm tra Tỉnh ủy", AdvisoryAgencyKind.InspectionCommissionOffice)));
        Assert.True(ok["TINH-01"].AppliesTo.CountsBody(new EvaluationBody("T.X", BodyKind.AdvisoryAgency, "Ban (không rõ loại)")));

        var ex = Assert.Throws<DataFormatException>(() => Load(Indicator("TINH-01", "\"appliesTo\": { \"organizationKinds\": [ \"Province\" ], \"body\": \"Committee\", \"excludeAgencies\": [ \"Office\" ] },")));
        Assert.Equal("/indicators/0/appliesTo/excludeAgencies", ex.Path);
    }

    [Fact]
    public void Load_NotMeasured_IsReadAsLocalizedText()
    {
        // R-T1: the catalogue format carries an optional "notMeasured" note.
        var catalog = Load(Indicator("TINH-01", "\"notMeasured\": { \"vi\": \"Vế B chưa đo\", \"en\": \"Part B not measured\" },"));
        Assert.Equal("Vế B chưa đo", catalog["TINH-01"].NotMeasured!.Vietnamese);
        Assert.Equal("Part B not measured", catalog["TINH-01"].NotMeasured!.English);
        Assert.Null(Load(Indicator("TINH-02"))["TINH-02"].NotMeasured);
    }

    [Theory]
    [InlineData("\"colour\": \"red\",", "/indicators/0/colour", "colour", "unknown field")]
    [InlineData("\"target\": { \"value\": 1.0, \"comparator\": \"≥\", \"unit\": \"percent\" },", "/indicators/0/target/comparator", "≥", "expected one of")]
    [InlineData("\"target\": { \"value\": 95, \"comparator\": \">=\", \"unit\": \"percent\" },", "/indicators/0/target/value", "95", "fraction")]
    [InlineData("\"target\": { \"value\": 1, \"comparator\": \">=\", \"unit\": \"percentage\" },", "/indicators/0/target/unit", "percentage", "expected percent")]
    [InlineData("\"measure\": \"no-such-measure\",", "/indicators/0/measure", "no-such-measure", "unknown measure")]
    [InlineData("\"periodKind\": \"decade\",", "/indicators/0/periodKind", "decade", "expected year")]
    [InlineData("\"appliesTo\": { \"organizationKinds\": [ \"Village\" ] },", "/indicators/0/appliesTo/organizationKinds/0", "Village", "expected one of")]
    public void Load_RejectsBadData_NamingPathAndValue(string replacement, string path, string value, string problem)
    {
        // A province's catalogue goes through the same strict loader: errors name the JSON path and the value.
        var json = Indicator("TINH-01", replacement);
        var ex = Assert.Throws<DataFormatException>(() => Load(json));
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
        var ex = Assert.Throws<DataFormatException>(() => Load(json));
        Assert.Equal("/indicators/1/code", ex.Path);
        Assert.Equal("TINH-01", ex.Value);
        Assert.Contains("duplicate code (first at /indicators/0)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectsMissingFieldAndBadJson()
    {
        var missing = Indicator("TINH-01").Replace("\"verified\": true", "\"verifiedX\": true", StringComparison.Ordinal);
        Assert.Equal("/indicators/0/verified", Assert.Throws<DataFormatException>(() => Load(missing)).Path);
        Assert.Throws<DataFormatException>(() => Load("{ not json"));
    }

    private static IndicatorCatalog Load(string json) => IndicatorCatalogJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "tinh.json");

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
