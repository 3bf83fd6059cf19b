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
        var set = RuleSetJson.Parse(json, "nfd");
        Assert.Equal(Nfc, set.Issuer);
    }

    [Fact]
    public void HolidayScheduleSources_NfdReason_StoredAsNfc()
    {
        var seed = LoaderCorpusTests.HolidayScheduleSeed();
        var at = seed.IndexOf("\"vi\":\"", StringComparison.Ordinal) + 6;
        var end = seed.IndexOf('"', at);
        var json = seed[..at] + Nfd + seed[end..];
        var source = HolidayScheduleSources.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "nfd");
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
        var rules = StatutoryHolidayRules.Load(new MemoryStream(Encoding.UTF8.GetBytes(seed[..at] + Nfd + seed[end..])), "nfd");
        Assert.Contains(rules.Holidays, h => h.Name.Vietnamese == Nfc);
    }

    [Fact]
    public void PartyDatasetJson_NfdOrganisationName_StoredAsNfc()
    {
        var seed = LoaderCorpusTests.DatasetSeed();
        var at = seed.IndexOf("\"name\":\"", seed.IndexOf("\"organizations\"", StringComparison.Ordinal), StringComparison.Ordinal) + 8;
        var end = seed.IndexOf('"', at);
        var dataset = PartyDatasetJson.Load(new MemoryStream(Encoding.UTF8.GetBytes(seed[..at] + Nfd + seed[end..])), "nfd");
        Assert.Contains(dataset.Organizations, o => o.Name == Nfc);
        Assert.DoesNotContain(dataset.Organizations, o => o.Name == Nfd);
    }
}
