using System.Text;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Serialization.SystemTextJson;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Documents;

/// <summary>
/// Issue 16 item 2 ("one dialect per type"): a lineage event and a post have one JSON form, the party-dataset
/// document's, whose kinds are camel-case codes; the member-name spelling is not a second accepted form.
/// </summary>
public sealed class DatasetCodeSpellingTests
{
    private static readonly LocalDate Founded = new(2000, 1, 1);

    private static PartyDataset Sample()
    {
        var b = new PartyDatasetBuilder("Tỉnh Mẫu", new LocalDate(2025, 10, 31));
        b.AddOrganization(OrganizationId.From("P"), "Đảng bộ tỉnh Mẫu", OrganizationKind.Province, null, Founded);
        b.AddOrganization(OrganizationId.From("P.B"), "Đảng bộ xã B", OrganizationKind.Commune, OrganizationId.From("P"), Founded);
        b.AddOrganization(OrganizationId.From("P.C"), "Đảng bộ xã C", OrganizationKind.Commune, OrganizationId.From("P"), Founded);
        b.AddLineageEvent(LineageEvent.MergedInto(OrganizationId.From("P.B"), new LocalDate(2025, 7, 1), OrganizationId.From("P.C")));
        b.AddMember(MemberId.From("M1"), "Nguyễn Văn A", OrganizationId.From("P.C"), MemberStatus.Full, new LocalDate(2010, 5, 19));
        b.AddPost(MemberId.From("M1"), OrganizationId.From("P.C"), PostKind.Head, fullTime: true);
        return b.Build();
    }

    private static string Written(PartyDataset dataset)
    {
        using var buffer = new MemoryStream();
        PartyDatasetJson.Write(dataset, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static PartyDataset Read(string json) => PartyDatasetJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json), writable: false), "d.json");

    [Fact]
    public void LineageAndPostKinds_AreWrittenAsCamelCaseCodes()
    {
        // Issue 16 item 2: "mergedInto" and "head" hand-spelled: the camel-case codes PartyDatasetJson documents.
        var json = Written(Sample());
        Assert.Contains("\"kind\":\"mergedInto\"", json.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"head\"", json.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("MergedInto", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Head\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void LineageAndPostKinds_ReadBack_AsTheSameValues()
    {
        // Issue 16 item 2: the written codes read back to the values written.
        var read = Read(Written(Sample()));
        var merge = Assert.Single(read.Lineage);
        Assert.Equal((LineageEventKind.MergedInto, OrganizationId.From("P.B"), (OrganizationId?)OrganizationId.From("P.C")), (merge.Kind, merge.Organization, merge.Other));
        var post = Assert.Single(read.GetMember(MemberId.From("M1")).Posts);
        Assert.Equal((PostKind.Head, true), (post.Kind, post.FullTime));
    }

    [Theory]
    [InlineData("\"mergedInto\"", "\"MergedInto\"")]
    [InlineData("\"head\"", "\"Head\"")]
    public void MemberNameSpelling_IsRefusedAsAnInvalidValue(string code, string memberName)
    {
        // Issue 16 item 2: one spelling; the enum member name is not a second accepted form.
        var json = Written(Sample()).Replace(code, memberName, StringComparison.Ordinal);
        var ex = Assert.Throws<DataFormatException>(() => Read(json));
        Assert.Equal(ErrorCodes.DocumentValueInvalid, ex.Code);
        Assert.EndsWith("/kind", ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void AdvisoryAgencyCodes_KeepTheirPublishedSpelling_WhileTheIdentifiersUseTheDotNetOne()
    {
        // Issue 16 item 4: AdvisoryAgencyKind.Organization and .PropagandaAndMassMobilization are written "organisation"
        // and "propagandaAndMassMobilisation", the codes datasets were published with, and read back to the same values.
        var b = new PartyDatasetBuilder("Tỉnh Mẫu", new LocalDate(2025, 10, 31));
        b.AddOrganization(OrganizationId.From("P"), "Đảng bộ tỉnh Mẫu", OrganizationKind.Province, null, Founded);
        b.AddAdvisoryAgency(OrganizationId.From("P"), AdvisoryAgencyKind.Organization);
        b.AddAdvisoryAgency(OrganizationId.From("P"), AdvisoryAgencyKind.PropagandaAndMassMobilization);
        var json = Written(b.Build());

        Assert.Contains("\"organisation\"", json, StringComparison.Ordinal);
        Assert.Contains("\"propagandaAndMassMobilisation\"", json, StringComparison.Ordinal);
        Assert.Equal(
            [AdvisoryAgencyKind.Organization, AdvisoryAgencyKind.PropagandaAndMassMobilization],
            Read(json).GetOrganization(OrganizationId.From("P")).AdvisoryAgencies.Order());
        var ex = Assert.Throws<DataFormatException>(() => Read(json.Replace("\"organisation\"", "\"organization\"", StringComparison.Ordinal)));
        Assert.Contains("organisation", ex.Problem.English, StringComparison.Ordinal);
        Assert.DoesNotContain("AdvisoryAgencyKind", ex.Message, StringComparison.Ordinal);
    }
}
