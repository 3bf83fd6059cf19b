using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Tests.Infrastructure;

namespace KiemTra.Sdk.Tests.Inspection;

public class OversightCatalogsTests
{
    private static readonly OversightCatalogs Catalogs = OversightCatalogs.BuiltIn;

    [Fact]
    public void SupervisionTypes_AreTheFiveOfRS1()
    {
        // R-S1
        Assert.Equal(["regular", "thematic", "from-the-start", "with-verification", "on-data"], Catalogs.SupervisionTypes.Items.Select(i => i.Code));
    }

    [Fact]
    public void InspectionTypes_CoverRI1()
    {
        // R-I1
        Assert.Equal(
            ["signs-of-violation", "compliance", "surprise-thematic", "skip-level", "inspection-duties", "party-finance", "asset-declaration", "implementation-of-conclusions"],
            Catalogs.InspectionTypes.Items.Select(i => i.Code));
    }

    [Fact]
    public void ContentAreas_AreTheEightOf002_II2()
    {
        // R-S3
        Assert.Equal(8, Catalogs.ContentAreas.Items.Count);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"Đề án giám sát thường xuyên 2025–2030 (Thái Nguyên) §II.2.{i}"), Catalogs.ContentAreas.Items.Select(i => i.Source));
    }

    [Fact]
    public void WastePreventionFields_AreTheEightOf002_II21()
    {
        // R-S3
        Assert.Equal(8, Catalogs.WastePreventionFields.Items.Count);
        Assert.Equal("Quản lý, sử dụng vốn đầu tư công", Catalogs.WastePreventionFields.Get("public-investment").Name.Vietnamese);
    }

    [Fact]
    public void ThematicTopics_AreI1ToI6_AndHighRiskFieldsTheTenOfRS3()
    {
        // R-S3
        Assert.Equal(["i1", "i2", "i3", "i4", "i5", "i6"], Catalogs.ThematicTopics.Items.Select(i => i.Code[..2]));
        Assert.Equal(10, Catalogs.HighRiskFields.Items.Count);
    }

    [Fact]
    public void Get_UnknownCode_ListsTheValidCodes()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Catalogs.HighRiskFields.Get("gambling"));
        Assert.Contains("'gambling'", error.Message, StringComparison.Ordinal);
        Assert.Contains("banking", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsARepeatedCode_NamingThePlace()
    {
        var json = """{"version":"x","catalogues":[{"id":"supervision-types","title":{"vi":"a","en":"b"},"items":[{"code":"a","vi":"a","en":"a","source":"s"},{"code":"a","vi":"a","en":"a","source":"s"}]}]}""";
        var error = Assert.Throws<DataFormatException>(() => OversightCatalogsJson.Read(json, "host.json"));
        Assert.Contains("host.json: /catalogues/0/items/1/code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAMissingCatalog()
    {
        var json = """{"version":"x","catalogues":[{"id":"supervision-types","title":{"vi":"a","en":"b"},"items":[{"code":"a","vi":"a","en":"a","source":"s"}]}]}""";
        var error = Assert.Throws<DataFormatException>(() => OversightCatalogsJson.Read(json, "host.json"));
        Assert.Contains("inspection-types", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogs_Golden()
    {
        // R-S1, R-S3, R-I1
        var text = string.Join("\n", Catalogs.All.Select(c => $"## {c.Id}: {c.Title}\n" + string.Join("\n", c.Items.Select(i => $"- {i} [{i.Source}]"))));
        Approvals.Verify(text, "Catalogues");
    }
}
