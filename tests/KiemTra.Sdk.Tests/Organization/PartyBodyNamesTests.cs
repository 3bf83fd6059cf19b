using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Tests.Organization;

/// <summary>
/// Bodies are named as the party writes them (issue 14 item 2; seeds 000 §II.5 and §III, 002 §I.2.2;
/// /work/shared/domain/party-documents.md): the committee by its level, every other body after the committee. Expected
/// names are written by hand from those documents.
/// </summary>
public class PartyBodyNamesTests
{
    private static PartyDataset Dataset()
    {
        var reform = new LocalDate(2025, 7, 1);
        var b = new PartyDatasetBuilder("Tên cơ quan", new LocalDate(2026, 1, 1), "hand-built");
        BodyKind[] Full = [BodyKind.StandingCommittee, BodyKind.InspectionCommission];
        b.AddOrganization(OrganizationId.From("TN"), "Đảng bộ tỉnh Thái Nguyên", OrganizationKind.Province, null, new LocalDate(1997, 1, 1), Full);
        foreach (var agency in new[] { AdvisoryAgencyKind.Organization, AdvisoryAgencyKind.PropagandaAndMassMobilization, AdvisoryAgencyKind.InternalAffairs, AdvisoryAgencyKind.Office, AdvisoryAgencyKind.InspectionCommissionOffice })
        {
            b.AddAdvisoryAgency(OrganizationId.From("TN"), agency);
        }

        b.AddOrganization(OrganizationId.From("TN.X1"), "Đảng bộ xã Tân La", OrganizationKind.Commune, OrganizationId.From("TN"), reform, Full);
        b.AddAdvisoryAgency(OrganizationId.From("TN.X1"), AdvisoryAgencyKind.Office);
        b.AddAdvisoryAgency(OrganizationId.From("TN.X1"), AdvisoryAgencyKind.PartyBuildingBoard);
        b.AddOrganization(OrganizationId.From("TN.P1"), "Đảng bộ phường Phan Đình Phùng", OrganizationKind.Ward, OrganizationId.From("TN"), reform, [BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("TN.X1.CB1"), "Chi bộ thôn Làng Cả", OrganizationKind.Cell, OrganizationId.From("TN.X1"), reform, cellCommittee: true);
        b.AddOrganization(OrganizationId.From("TN.BV"), "Đảng bộ Bệnh viện C", OrganizationKind.GrassrootsCommittee, OrganizationId.From("TN"), reform, [BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("HN"), "Đảng bộ thành phố Hà Nội", OrganizationKind.Province, null, new LocalDate(1997, 1, 1), Full);
        return b.Build();
    }

    private static string[] Names(string org) => [.. Dataset().BodiesOf(OrganizationId.From(org)).Select(b => b.Name.Vietnamese)];

    [Fact]
    public void ProvinceBodies_AreNamedAfterTheTinhUy()
    {
        // R-H3
        Assert.Equal(
            [
                "Tỉnh ủy Thái Nguyên", "Ban Thường vụ Tỉnh ủy Thái Nguyên", "Ủy ban Kiểm tra Tỉnh ủy Thái Nguyên",
                "Ban Tổ chức Tỉnh ủy Thái Nguyên", "Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên", "Ban Nội chính Tỉnh ủy Thái Nguyên",
                "Văn phòng Tỉnh ủy Thái Nguyên", "Cơ quan Ủy ban Kiểm tra Tỉnh ủy Thái Nguyên",
            ],
            Names("TN"));
    }

    [Fact]
    public void ACityUnderTheCentre_HasAThanhUy()
    {
        // R-H3
        Assert.Equal(["Thành ủy Hà Nội", "Ban Thường vụ Thành ủy Hà Nội", "Ủy ban Kiểm tra Thành ủy Hà Nội"], Names("HN"));
    }

    [Fact]
    public void CommuneAndWardBodies_AreNamedAfterTheDangUy()
    {
        // R-H3: "Ủy ban kiểm tra" with a small k below the province.
        Assert.Equal(
            [
                "Đảng ủy xã Tân La", "Ban Thường vụ Đảng ủy xã Tân La", "Ủy ban kiểm tra Đảng ủy xã Tân La",
                "Văn phòng Đảng ủy xã Tân La", "Ban Xây dựng Đảng Đảng ủy xã Tân La",
            ],
            Names("TN.X1"));
        Assert.Equal(["Đảng ủy phường Phan Đình Phùng", "Ủy ban kiểm tra Đảng ủy phường Phan Đình Phùng"], Names("TN.P1"));
    }

    [Fact]
    public void GrassrootsBodies_AreTheDangUyAndTheChiUy()
    {
        // R-H3
        Assert.Equal(["Đảng ủy Bệnh viện C", "Ủy ban kiểm tra Đảng ủy Bệnh viện C"], Names("TN.BV"));
        Assert.Equal(["Chi bộ thôn Làng Cả"], Names("TN.X1.CB1"));
        Assert.Equal("Chi ủy Chi bộ thôn Làng Cả", PartyBodyNames.Committee(OrganizationKind.Cell, "Chi bộ thôn Làng Cả"));
    }

    [Fact]
    public void NoBodyIsNamedAfterTheOrganisation()
    {
        // Issue 14 item 2: never "Ủy ban kiểm tra Đảng bộ tỉnh …" or "Văn phòng Đảng bộ xã …".
        foreach (var org in new[] { "TN", "TN.X1", "TN.P1", "TN.BV", "HN" })
        {
            Assert.All(Names(org), n => Assert.DoesNotContain("Đảng bộ", n, StringComparison.Ordinal));
        }
    }
}
