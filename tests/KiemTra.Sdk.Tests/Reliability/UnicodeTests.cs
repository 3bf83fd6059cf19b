using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using System.Text;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Tests.Reliability;

/// <summary>
/// Vietnamese text arrives in NFC or NFD depending on the keyboard and the platform: every loader stores it in NFC,
/// so that "Đảng bộ xã Phú Bình" typed with combining marks equals the precomposed string.
/// </summary>
public class UnicodeTests
{
    private const string Nfc = "Đảng bộ xã Phú Bình";
    private static readonly string Nfd = Nfc.Normalize(NormalizationForm.FormD);

    [Fact]
    public void Fixture_DecomposedText_DiffersFromPrecomposed()
    {
        Assert.NotEqual(Nfc, Nfd);
        Assert.True(Nfd.Length > Nfc.Length);
    }

    [Fact]
    public void RuleSetJson_NfdTitleAndIssuer_StoredAsNfc()
    {
        var json = LoaderCorpusTests.Resource("KiemTra.Sdk.Data.rules.QD-69-2022.json").Replace("\"Bộ Chính trị\"", $"\"{Nfd}\"", StringComparison.Ordinal);
        Assert.Contains(Nfd, json, StringComparison.Ordinal);
        var set = RuleSetJson.Read(json, "nfd");
        Assert.Equal(Nfc, set.Issuer);
    }

    [Fact]
    public void HolidayScheduleSources_NfdReason_StoredAsNfc()
    {
        var seed = LoaderCorpusTests.HolidayScheduleSeed();
        var at = seed.IndexOf("\"vi\":\"", StringComparison.Ordinal) + 6;
        var end = seed.IndexOf('"', at);
        var json = seed[..at] + Nfd + seed[end..];
        var source = HolidayScheduleJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "nfd");
        var year = int.Parse(System.Text.RegularExpressions.Regex.Match(seed, "\"year\":(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(source.TryGetSchedule(year, out var schedule));
        Assert.Contains(schedule.DaysOff, d => d.Reason.Vietnamese == Nfc);
    }

    [Fact]
    public void StatutoryHolidayRules_NfdName_StoredAsNfc()
    {
        var seed = LoaderCorpusTests.Resource("KiemTra.Sdk.Data.Calendar.statutory-holidays.json");
        var at = seed.IndexOf("\"name\":{\"vi\":\"", StringComparison.Ordinal) + 14;
        var end = seed.IndexOf('"', at);
        var rules = StatutoryHolidayRulesJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(seed[..at] + Nfd + seed[end..])), "nfd");
        Assert.Contains(rules.Holidays, h => h.Name.Vietnamese == Nfc);
    }

    [Fact]
    public void PartyDatasetJson_NfdOrganisationName_StoredAsNfc()
    {
        var seed = LoaderCorpusTests.DatasetSeed();
        var at = seed.IndexOf("\"name\":\"", seed.IndexOf("\"organizations\"", StringComparison.Ordinal), StringComparison.Ordinal) + 8;
        var end = seed.IndexOf('"', at);
        var dataset = PartyDatasetJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(seed[..at] + Nfd + seed[end..])), "nfd");
        Assert.Contains(dataset.Organizations, o => o.Name == Nfc);
        Assert.DoesNotContain(dataset.Organizations, o => o.Name == Nfd);
    }

    [Fact]
    public void PartyDatasetJson_NfdOrganisationId_StoredAsNfc_AndFoundByEitherForm()
    {
        // R-H1: an id with Vietnamese letters typed decomposed is stored precomposed (InputRules).
        const string id = "HB.X1.Đồng";
        var seed = LoaderCorpusTests.DatasetSeed().Replace("HB.X1.CB1", id.Normalize(NormalizationForm.FormD), StringComparison.Ordinal);
        var dataset = PartyDatasetJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(seed)), "nfd-id");
        Assert.Contains(dataset.Organizations, o => o.Id.Value == id);
        Assert.True(dataset.Contains(OrganizationId.From(id.Normalize(NormalizationForm.FormD))));
        Assert.Equal(2, dataset.MembersOf(OrganizationId.From(id)).Count);
    }

    [Fact]
    public void PartyDatasetBuilder_NfdIdAndNfcReference_AreTheSameOrganisation()
    {
        // R-H1: an id typed decomposed (NFD) is the same id as the precomposed one (OrganizationId.From stores NFC), so the
        // builder resolves a reference typed in either form.
        const string id = "HB.Đông-Hỷ";
        var b = new PartyDatasetBuilder("Tỉnh", new NodaTime.LocalDate(2026, 1, 1), "nfd");
        b.AddOrganization(OrganizationId.From("HB"), "Đảng bộ tỉnh", OrganizationKind.Province, null, new NodaTime.LocalDate(1990, 1, 1));
        b.AddOrganization(OrganizationId.From(id.Normalize(NormalizationForm.FormD)), "Đảng bộ xã Đông Hỷ", OrganizationKind.Commune, OrganizationId.From("HB"), new NodaTime.LocalDate(2025, 7, 1));
        b.AddOrganization(OrganizationId.From("HB.Đông-Hỷ.CB1"), "Chi bộ thôn Một", OrganizationKind.Cell, OrganizationId.From(id), new NodaTime.LocalDate(2025, 7, 1));
        b.AddMember(MemberId.From("Đ-0001".Normalize(NormalizationForm.FormD)), "Nguyễn Văn Đông", OrganizationId.From("HB.Đông-Hỷ.CB1".Normalize(NormalizationForm.FormD)), MemberStatus.Full, new NodaTime.LocalDate(2010, 1, 1));
        var dataset = b.Build();
        Assert.Equal(OrganizationId.From(id), dataset.GetOrganization(OrganizationId.From("HB.Đông-Hỷ.CB1")).Parent);
        Assert.True(dataset.Contains(MemberId.From("Đ-0001")));
    }
}
