using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using System.Text;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Tests.Organization;

public class PartyDatasetJsonTests
{
    private const string Small = """
        {
          "name": "Thử",
          "snapshotDate": "2025-10-31",
          "organizations": [
            { "id": "A", "name": "Đảng bộ tỉnh A", "kind": "province", "createdOn": "2000-01-01", "flags": ["standingCommittee", "inspectionCommission"] },
            { "id": "A.X1", "name": "Đảng bộ xã Một", "kind": "commune", "parent": "A", "createdOn": "2025-07-01", "advisoryAgencies": ["office"] },
            { "id": "A.X1.C1", "name": "Chi bộ thôn Một", "kind": "cell", "parent": "A.X1", "createdOn": "2025-07-01" }
          ],
          "lineage": [
            { "organization": "A.X1", "kind": "renamed", "date": "2025-09-01", "newName": "Đảng bộ xã Một Mới" }
          ],
          "members": [
            { "id": "M1", "name": "Nguyễn Văn An", "organization": "A.X1.C1", "status": "full", "admittedOn": "2010-01-01", "cadreCommittee": "A", "local": false },
            { "id": "M2", "name": "Trần Thị Bình", "organization": "A.X1.C1", "status": "probationary", "admittedOn": "2025-06-01" }
          ],
          "posts": [
            { "member": "M1", "organization": "A.X1", "kind": "commissionChair", "fullTime": true }
          ]
        }
        """;

    private static PartyDataset Load(string json) => PartyDatasetJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    [Fact]
    public void Load_ReadsEveryRecordKind()
    {
        var data = Load(Small);
        Assert.Equal(3, data.OrganizationCount);
        Assert.Equal("Đảng bộ xã Một Mới", data.GetOrganization(OrganizationId.From("A.X1")).Name);
        Assert.Equal(OrganizationId.From("A"), data.GetMember(MemberId.From("M1")).CadreCommittee);
        Assert.Equal(PostKind.CommissionChair, Assert.Single(data.GetMember(MemberId.From("M1")).Posts).Kind);
        Assert.Equal(MemberStatus.Probationary, data.GetMember(MemberId.From("M2")).Status);
    }

    [Fact]
    public void WriteThenLoad_HandBuiltProvince_RoundTrips()
    {
        var original = HandBuiltProvince.Build();
        using var buffer = new MemoryStream();
        PartyDatasetJson.Write(original, buffer);
        var copy = PartyDatasetJson.Read(new MemoryStream(buffer.ToArray()), "roundtrip.json");
        Assert.Equal(original.OrganizationCount, copy.OrganizationCount);
        Assert.Equal(original.MemberCount, copy.MemberCount);
        Assert.Equal(original.PostCount, copy.PostCount);
        Assert.Equal(original.Lineage.ToArray(), copy.Lineage.ToArray());
        Assert.Equal(
            HierarchyChecksTests.Render(HierarchyChecks.Run(original, RuleBook.BuiltIn, HandBuiltProvince.Snapshot)),
            HierarchyChecksTests.Render(HierarchyChecks.Run(copy, RuleBook.BuiltIn, HandBuiltProvince.Snapshot)));
    }

    [Fact]
    public void Flags_AreTheOrganisationsBodiesCellCommitteeAndDelegatedPowers_AndWriteBackAsRead()
    {
        var json = Small
            .Replace("\"advisoryAgencies\": [\"office\"]", "\"flags\": [\"delegatedPowers\", \"inspectionCommission\"], \"advisoryAgencies\": [\"office\"]", StringComparison.Ordinal)
            .Replace("\"kind\": \"cell\", \"parent\": \"A.X1\", \"createdOn\": \"2025-07-01\"", "\"kind\": \"cell\", \"parent\": \"A.X1\", \"createdOn\": \"2025-07-01\", \"flags\": [\"cellCommittee\"]", StringComparison.Ordinal);
        var data = Load(json);
        var (a, x1, c1) = (data.GetOrganization(OrganizationId.From("A")), data.GetOrganization(OrganizationId.From("A.X1")), data.GetOrganization(OrganizationId.From("A.X1.C1")));

        Assert.Equal((true, true, false, false), (a.HasBody(BodyKind.StandingCommittee), a.HasBody(BodyKind.InspectionCommission), a.HasCellCommittee, a.HasDelegatedPowers));
        Assert.Equal((false, true, false, true), (x1.HasBody(BodyKind.StandingCommittee), x1.HasBody(BodyKind.InspectionCommission), x1.HasCellCommittee, x1.HasDelegatedPowers));
        Assert.Equal((false, false, true, false), (c1.HasBody(BodyKind.StandingCommittee), c1.HasBody(BodyKind.InspectionCommission), c1.HasCellCommittee, c1.HasDelegatedPowers));
        Assert.Equal([BodyKind.Committee, BodyKind.InspectionCommission, BodyKind.AdvisoryAgency], data.BodiesOf(x1.Id).Select(b => b.Kind));

        using var buffer = new MemoryStream();
        PartyDatasetJson.Write(data, buffer);
        var written = string.Concat(Encoding.UTF8.GetString(buffer.ToArray()).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("\"flags\":[\"standingCommittee\",\"inspectionCommission\"]", written, StringComparison.Ordinal);
        Assert.Contains("\"flags\":[\"delegatedPowers\",\"inspectionCommission\"]", written, StringComparison.Ordinal);
        Assert.Contains("\"flags\":[\"cellCommittee\"]", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Features_AreListedInTheOneFixedOrder_AndTheJsonFlagsAreTheirCamelCasedNames()
    {
        // One model, one path: the organisation's features and their order come from PartyOrganization.Features; the
        // dataset's "flags" codes are those names, camel-cased, written in that order whatever order they were read in.
        Assert.Equal(["DelegatedPowers", "StandingCommittee", "InspectionCommission", "CellCommittee"], PartyOrganization.FeatureNames);
        var json = Small.Replace("\"flags\": [\"standingCommittee\", \"inspectionCommission\"]", "\"flags\": [\"inspectionCommission\", \"delegatedPowers\", \"standingCommittee\"]", StringComparison.Ordinal);
        var data = Load(json);
        var a = data.GetOrganization(OrganizationId.From("A"));

        Assert.Equal(["DelegatedPowers", "StandingCommittee", "InspectionCommission"], a.Features);
        Assert.Empty(data.GetOrganization(OrganizationId.From("A.X1.C1")).Features);
        using var buffer = new MemoryStream();
        PartyDatasetJson.Write(data, buffer);
        var written = string.Concat(Encoding.UTF8.GetString(buffer.ToArray()).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("\"flags\":[\"delegatedPowers\",\"standingCommittee\",\"inspectionCommission\"]", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownFlagCode_ListsTheAllowedCodes()
    {
        var ex = Assert.Throws<DataFormatException>(() => Load(Small.Replace("\"standingCommittee\"", "\"committee\"", StringComparison.Ordinal)));
        Assert.Equal("committee", ex.Value);
        Assert.Contains("cellCommittee, delegatedPowers, inspectionCommission, standingCommittee", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOrganization_ABodyTheKindOrTheAgenciesGive_IsRefusedNamingIt()
    {
        var b = new PartyDatasetBuilder("Thử", new NodaTime.LocalDate(2025, 10, 31), "test");
        var ex = Assert.Throws<DataFormatException>(() => b.AddOrganization(OrganizationId.From("A"), "Đảng bộ tỉnh A", OrganizationKind.Province, null, new NodaTime.LocalDate(2000, 1, 1), [BodyKind.Committee]));
        Assert.Equal("Committee", ex.Value);
        Assert.Throws<DataFormatException>(() => b.AddOrganization(OrganizationId.From("A"), "Đảng bộ tỉnh A", OrganizationKind.Province, null, new NodaTime.LocalDate(2000, 1, 1), [BodyKind.AdvisoryAgency]));
        Assert.Equal(0, b.OrganizationCount);
    }

    [Fact]
    public void Load_MalformedJson_NamesTheLine()
    {
        var ex = Assert.Throws<DataFormatException>(() => Load(Small.Replace("\"kind\": \"cell\",", "\"kind\": \"cell\"", StringComparison.Ordinal)));
        Assert.Equal(7, ex.Line);
        Assert.Contains("test.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownField_NamesPointerAndLine()
    {
        var ex = Assert.Throws<DataFormatException>(() => Load(Small.Replace("\"status\": \"probationary\",", "\"status\": \"probationary\", \"phone\": \"0900\",", StringComparison.Ordinal)));
        Assert.Equal("/members/1/phone", ex.Path);
        Assert.Equal(14, ex.Line);
    }

    [Fact]
    public void Load_UnknownKindCode_ListsTheAllowedCodes()
    {
        var ex = Assert.Throws<DataFormatException>(() => Load(Small.Replace("\"kind\": \"cell\"", "\"kind\": \"chi-bo\"", StringComparison.Ordinal)));
        Assert.Equal("/organizations/2/kind", ex.Path);
        Assert.Equal("chi-bo", ex.Value);
        Assert.Contains("grassrootsCell", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"id\": \"M2\"", "\"id\": \"M 2\"", "/members/1/id", 14, "M 2", "member id")]
    [InlineData("\"id\": \"A.X1.C1\"", "\"id\": \"A.X1/C1\"", "/organizations/2/id", 7, "A.X1/C1", "organisation id")]
    [InlineData("\"parent\": \"A.X1\"", "\"parent\": \"-A.X1\"", "/organizations/2/parent", 7, "-A.X1", "organisation id")]
    [InlineData("\"member\": \"M1\"", "\"member\": \"M1\u202E\"", "/posts/0/member", 17, "M1\u202E", "member id")]
    public void Load_AMalformedId_IsRefusedAtItsNode_InEachLanguage(string find, string replace, string path, int line, string value, string kind)
    {
        // R-H1: ids follow the SDK's identifier rules wherever a dataset names one.
        var ex = Assert.Throws<DataFormatException>(() => Load(Small.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Equal((path, line, value, ErrorCodes.DocumentValueInvalid), (ex.Path, ex.Line, ex.Value, ex.Code));
        Assert.StartsWith("mã không hợp lệ", ex.Problem.Vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("identifier", ex.Problem.Vietnamese, StringComparison.Ordinal);
        Assert.Contains(kind, ex.Problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DanglingParent_NamesPointerAndLine()
    {
        var ex = Assert.Throws<DataFormatException>(() => Load(Small.Replace("\"parent\": \"A.X1\"", "\"parent\": \"A.X9\"", StringComparison.Ordinal)));
        Assert.Equal("/organizations/2/parent", ex.Path);
        Assert.Equal(7, ex.Line);
        Assert.Equal("A.X9", ex.Value);
    }

    [Fact]
    public void Load_DuplicateMemberId_IsRelocatedToTheJsonRecord()
    {
        var ex = Assert.Throws<DataFormatException>(() => Load(Small.Replace("\"id\": \"M2\"", "\"id\": \"M1\"", StringComparison.Ordinal)));
        Assert.Equal("/members/1/id", ex.Path);
        Assert.Equal(14, ex.Line);
    }

    [Fact]
    public void Load_BadDate_NamesPointer()
    {
        var ex = Assert.Throws<DataFormatException>(() => Load(Small.Replace("2010-01-01", "2010-13-01", StringComparison.Ordinal)));
        Assert.Equal("/members/0/admittedOn", ex.Path);
        Assert.Equal(13, ex.Line);
    }

    [Fact]
    public void Load_OrganisationsAfterMembers_AreRejected_NamingTheRecord()
    {
        var json = """
            {
              "name": "x",
              "snapshotDate": "2025-10-31",
              "members": [],
              "posts": [ { "member": "M1", "organization": "A", "kind": "head" } ],
              "organizations": [ { "id": "A", "name": "Chi bộ A", "kind": "grassrootsCell", "createdOn": "2000-01-01" } ]
            }
            """;
        var ex = Assert.Throws<DataFormatException>(() => Load(json));
        Assert.Equal("/posts/0/organization", ex.Path);
        Assert.Equal(5, ex.Line);
    }

    [Fact]
    public void Load_MissingSnapshotDate_IsRejected()
    {
        var ex = Assert.Throws<DataFormatException>(() => Load("""{ "name": "x", "organizations": [] }"""));
        Assert.Equal("/snapshotDate", ex.Path);
    }

    [Fact]
    public void Load_DanglingPostMember_IsRelocatedWithItsLine()
    {
        var ex = Assert.Throws<DataFormatException>(() => Load(Small.Replace("\"member\": \"M1\"", "\"member\": \"M9\"", StringComparison.Ordinal)));
        Assert.Equal("/posts/0/member", ex.Path);
        Assert.Equal(17, ex.Line);
        Assert.Equal("M9", ex.Value);
    }
}
