using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Tests.Organization;

/// <summary>
/// A small province built by hand that covers every organisation kind, every lineage event and every structural
/// finding (each placed on purpose; see the comments). Snapshot 31/5/2026: after the end of districts on 1/7/2025 and after NQ 05-NQ/TW (7/4/2026), whose non-local chair rule (R-H6) applies from then.
/// </summary>
internal static class HandBuiltProvince
{
    public static readonly LocalDate Snapshot = new(2026, 5, 31);
    public static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate Old = new(1990, 1, 1);
    private static readonly LocalDate LongAgo = new(2010, 5, 19);

    public static PartyDataset Build()
    {
        var b = new PartyDatasetBuilder("Tỉnh Mẫu (dựng tay)", Snapshot, "hand-built");
        var seq = 0;

        void Members(string org, int full, int probationary = 0, string? cadre = null)
        {
            for (var i = 0; i < full; i++)
            {
                b.AddMember(MemberId.From($"M{++seq:D4}"), $"Đảng viên {seq}", OrganizationId.From(org), MemberStatus.Full, LongAgo, Cadre(cadre), isLocal: true);
            }

            for (var i = 0; i < probationary; i++)
            {
                b.AddMember(MemberId.From($"M{++seq:D4}"), $"Đảng viên {seq}", OrganizationId.From(org), MemberStatus.Probationary, new LocalDate(2025, 3, 1), Cadre(cadre), isLocal: true);
            }
        }

        void Person(string id, string name, string org, bool? local, string? cadre = null)
            => b.AddMember(MemberId.From(id), name, OrganizationId.From(org), MemberStatus.Full, LongAgo, Cadre(cadre), local);

        static OrganizationId? Cadre(string? cadre) => cadre is null ? null : OrganizationId.From(cadre);

        BodyKind[] Full = [BodyKind.StandingCommittee, BodyKind.InspectionCommission];

        // Province: commission of 9 (rule 11–13) -> ORG-COMMISSION-SIZE.
        b.AddOrganization(OrganizationId.From("HB"), "Đảng bộ tỉnh Mẫu", OrganizationKind.Province, null, Old, Full);
        foreach (var agency in new[] { AdvisoryAgencyKind.Organization, AdvisoryAgencyKind.PropagandaAndMassMobilization, AdvisoryAgencyKind.InternalAffairs, AdvisoryAgencyKind.Office, AdvisoryAgencyKind.InspectionCommissionOffice })
        {
            b.AddAdvisoryAgency(OrganizationId.From("HB"), agency);
        }

        // Pre-2025 district (R-H2) with two old communes, all ended on 1/7/2025.
        b.AddOrganization(OrganizationId.From("HB.H1"), "Đảng bộ huyện Sơn Hà", OrganizationKind.District, OrganizationId.From("HB"), Old, Full);
        b.AddOrganization(OrganizationId.From("HB.H1.X1"), "Đảng bộ xã An Lạc", OrganizationKind.Commune, OrganizationId.From("HB.H1"), Old, [BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("HB.H1.X2"), "Đảng bộ xã An Hòa", OrganizationKind.Commune, OrganizationId.From("HB.H1"), Old, [BodyKind.InspectionCommission]);

        // New commune: chair is local (ORG-COMMISSION-CHAIR-LOCAL), no full-time deputy (ORG-COMMISSION-FULL-TIME-DEPUTY).
        b.AddOrganization(OrganizationId.From("HB.X1"), "Đảng bộ xã An Bình", OrganizationKind.Commune, OrganizationId.From("HB"), Reform, Full, delegatedPowers: true);
        b.AddAdvisoryAgency(OrganizationId.From("HB.X1"), AdvisoryAgencyKind.PartyBuildingBoard);
        b.AddAdvisoryAgency(OrganizationId.From("HB.X1"), AdvisoryAgencyKind.Office);
        b.AddOrganization(OrganizationId.From("HB.X1.CB1"), "Chi bộ thôn Làng Cả", OrganizationKind.Cell, OrganizationId.From("HB.X1"), Reform); // 2 full + 1 probationary -> ORG-CELL-MIN-FULL-MEMBERS
        b.AddOrganization(OrganizationId.From("HB.X1.CB2"), "Chi bộ thôn Đồng Tâm", OrganizationKind.Cell, OrganizationId.From("HB.X1"), Reform, cellCommittee: true);
        b.AddOrganization(OrganizationId.From("HB.X1.CB2.T1"), "Tổ đảng xóm Trại", OrganizationKind.PartyGroup, OrganizationId.From("HB.X1.CB2"), Reform);
        b.AddOrganization(OrganizationId.From("HB.X1.CB3"), "Chi bộ thôn Bãi Sậy", OrganizationKind.Cell, OrganizationId.From("HB.X1"), Reform); // dissolved 1/9/2025
        b.AddOrganization(OrganizationId.From("HB.X1.TH"), "Chi bộ Trường Tiểu học An Bình", OrganizationKind.GrassrootsCell, OrganizationId.From("HB.X1"), Reform); // 31 members -> ORG-GRASSROOTS-CELL-TOO-LARGE

        // Ward, renamed on 15/9/2025; a second ward split from it on 1/8/2025.
        b.AddOrganization(OrganizationId.From("HB.P1"), "Đảng bộ phường Trung Tâm", OrganizationKind.Ward, OrganizationId.From("HB"), Reform, Full);
        b.AddOrganization(OrganizationId.From("HB.P1.CB1"), "Chi bộ khu phố 1", OrganizationKind.Cell, OrganizationId.From("HB.P1"), Reform);
        // Grassroots committee of 20 (ORG-GRASSROOTS-COMMITTEE-TOO-SMALL) whose sub-committee has a commission (ORG-COMMISSION-NOT-ALLOWED).
        b.AddOrganization(OrganizationId.From("HB.P1.BV"), "Đảng bộ Bệnh viện Đa khoa khu vực", OrganizationKind.GrassrootsCommittee, OrganizationId.From("HB.P1"), Reform, [BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("HB.P1.BV.K1"), "Đảng bộ bộ phận Khối Nội", OrganizationKind.SubCommittee, OrganizationId.From("HB.P1.BV"), Reform, [BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("HB.P1.BV.K1.CB1"), "Chi bộ Khoa Nội tổng hợp", OrganizationKind.Cell, OrganizationId.From("HB.P1.BV.K1"), Reform);
        b.AddOrganization(OrganizationId.From("HB.P1.BV.CB2"), "Chi bộ Khoa Ngoại", OrganizationKind.Cell, OrganizationId.From("HB.P1.BV"), Reform);
        b.AddOrganization(OrganizationId.From("HB.P2"), "Đảng bộ phường Bắc Sơn", OrganizationKind.Ward, OrganizationId.From("HB"), new LocalDate(2025, 8, 1), [BodyKind.StandingCommittee]); // no commission -> ORG-COMMISSION-MISSING
        b.AddOrganization(OrganizationId.From("HB.P2.CB1"), "Chi bộ khu phố Bắc Sơn", OrganizationKind.Cell, OrganizationId.From("HB.P2"), new LocalDate(2025, 8, 1));

        // Other directly-subordinate kinds, each with a commission.
        b.AddOrganization(OrganizationId.From("HB.DK"), "Đảng bộ đặc khu Hòn Mê", OrganizationKind.SpecialZone, OrganizationId.From("HB"), Reform, Full);
        b.AddOrganization(OrganizationId.From("HB.DK.CB1"), "Chi bộ đảo Hòn Mê", OrganizationKind.Cell, OrganizationId.From("HB.DK"), Reform);
        b.AddOrganization(OrganizationId.From("HB.UB"), "Đảng bộ Ủy ban nhân dân tỉnh", OrganizationKind.PeoplesCommitteeOrganization, OrganizationId.From("HB"), Reform, Full);
        b.AddOrganization(OrganizationId.From("HB.UB.SXD"), "Chi bộ Sở Xây dựng", OrganizationKind.GrassrootsCell, OrganizationId.From("HB.UB"), Reform);
        b.AddOrganization(OrganizationId.From("HB.CQD"), "Đảng bộ các cơ quan Đảng tỉnh", OrganizationKind.PartyAgencies, OrganizationId.From("HB"), Reform, Full);
        b.AddOrganization(OrganizationId.From("HB.CQD.VP"), "Chi bộ Văn phòng Tỉnh ủy", OrganizationKind.GrassrootsCell, OrganizationId.From("HB.CQD"), Reform);
        b.AddOrganization(OrganizationId.From("HB.CA"), "Đảng bộ Công an tỉnh", OrganizationKind.Police, OrganizationId.From("HB"), Old, Full);
        b.AddOrganization(OrganizationId.From("HB.CA.PC"), "Chi bộ Phòng Cảnh sát giao thông", OrganizationKind.GrassrootsCell, OrganizationId.From("HB.CA"), Old);
        b.AddOrganization(OrganizationId.From("HB.QS"), "Đảng bộ Quân sự tỉnh", OrganizationKind.Military, OrganizationId.From("HB"), Old, Full);
        b.AddOrganization(OrganizationId.From("HB.QS.BCH"), "Chi bộ Ban Chỉ huy Quân sự", OrganizationKind.GrassrootsCell, OrganizationId.From("HB.QS"), Old);
        b.AddOrganization(OrganizationId.From("HB.DN"), "Đảng bộ Công ty Điện lực tỉnh", OrganizationKind.Enterprise, OrganizationId.From("HB"), Old, [BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("HB.DN.CB1"), "Chi bộ Phân xưởng Vận hành", OrganizationKind.GrassrootsCell, OrganizationId.From("HB.DN"), Old);

        // Lineage: both old communes merged into the new commune, the district dissolved, a cell dissolved, a rename, a split.
        b.AddLineageEvent(LineageEvent.MergedInto(OrganizationId.From("HB.H1.X1"), Reform, OrganizationId.From("HB.X1")));
        b.AddLineageEvent(LineageEvent.MergedInto(OrganizationId.From("HB.H1.X2"), Reform, OrganizationId.From("HB.X1")));
        b.AddLineageEvent(LineageEvent.Dissolved(OrganizationId.From("HB.H1"), Reform));
        b.AddLineageEvent(LineageEvent.Dissolved(OrganizationId.From("HB.X1.CB3"), new LocalDate(2025, 9, 1)));
        b.AddLineageEvent(LineageEvent.Renamed(OrganizationId.From("HB.P1"), new LocalDate(2025, 9, 15), "Đảng bộ phường Trung Tâm Mới"));
        b.AddLineageEvent(LineageEvent.SplitFrom(OrganizationId.From("HB.P2"), new LocalDate(2025, 8, 1), OrganizationId.From("HB.P1")));

        // Members.
        Members("HB.X1.CB1", 2, 1);
        Members("HB.X1.CB2", 5);
        Members("HB.X1.CB2.T1", 2);
        Members("HB.X1.TH", 31);
        Members("HB.P1.CB1", 4);
        Members("HB.P1.BV.K1.CB1", 10);
        Members("HB.P1.BV.CB2", 10);
        Members("HB.P2.CB1", 3);
        Members("HB.DK.CB1", 6);
        Members("HB.UB.SXD", 5, cadre: "HB");
        Members("HB.CQD.VP", 5);
        Members("HB.CA.PC", 5);
        Members("HB.QS.BCH", 5);
        Members("HB.DN.CB1", 5);

        // Province leaders and commission (9 people) sit in the Party Office cell; cadres managed by the province committee.
        Person("HB.BT", "Nguyễn Văn Bình", "HB.CQD.VP", null, "HB");
        b.AddPost(MemberId.From("HB.BT"), OrganizationId.From("HB"), PostKind.Head, fullTime: true);
        b.AddPost(MemberId.From("HB.BT"), OrganizationId.From("HB"), PostKind.StandingCommitteeMember, fullTime: true);
        for (var i = 1; i <= 9; i++)
        {
            Person($"HB.UBKT{i}", $"Trần Thị Kiểm {i}", "HB.CQD.VP", null, "HB");
            b.AddPost(MemberId.From($"HB.UBKT{i}"), OrganizationId.From("HB"), i == 1 ? PostKind.CommissionChair : i <= 3 ? PostKind.CommissionDeputyChair : PostKind.CommissionMember, fullTime: i <= 5);
        }

        // Commune commission: local chair, deputy not full-time, one member.
        Person("HB.X1.CN", "Lê Văn Chủ", "HB.X1.CB2", local: true, cadre: "HB");
        Person("HB.X1.PCN", "Phạm Thị Phó", "HB.X1.CB2", local: true);
        Person("HB.X1.UV", "Hoàng Văn Ủy", "HB.X1.CB2", local: true);
        b.AddPost(MemberId.From("HB.X1.CN"), OrganizationId.From("HB.X1"), PostKind.CommissionChair, fullTime: true);
        b.AddPost(MemberId.From("HB.X1.PCN"), OrganizationId.From("HB.X1"), PostKind.CommissionDeputyChair, fullTime: false);
        b.AddPost(MemberId.From("HB.X1.UV"), OrganizationId.From("HB.X1"), PostKind.CommissionMember, fullTime: false);
        b.AddPost(MemberId.From("HB.X1.CN"), OrganizationId.From("HB.X1"), PostKind.StandingCommitteeMember, fullTime: true);

        // Ward commission: non-local chair, full-time deputy, one member (no finding).
        Person("HB.P1.CN", "Vũ Văn Ngoài", "HB.P1.CB1", local: false, cadre: "HB");
        Person("HB.P1.PCN", "Đỗ Thị Chuyên", "HB.P1.CB1", local: true);
        Person("HB.P1.UV", "Bùi Văn Viên", "HB.P1.CB1", local: true);
        b.AddPost(MemberId.From("HB.P1.CN"), OrganizationId.From("HB.P1"), PostKind.CommissionChair, fullTime: true);
        b.AddPost(MemberId.From("HB.P1.PCN"), OrganizationId.From("HB.P1"), PostKind.CommissionDeputyChair, fullTime: true);
        b.AddPost(MemberId.From("HB.P1.UV"), OrganizationId.From("HB.P1"), PostKind.CommissionMember, fullTime: false);

        // Special zone commission: non-local chair, full-time deputy, member (size 3, no finding).
        Person("HB.DK.CN", "Ngô Văn Đảo", "HB.DK.CB1", local: false, cadre: "HB");
        Person("HB.DK.PCN", "Đinh Thị Biển", "HB.DK.CB1", local: true);
        Person("HB.DK.UV", "Mai Văn Sóng", "HB.DK.CB1", local: true);
        b.AddPost(MemberId.From("HB.DK.CN"), OrganizationId.From("HB.DK"), PostKind.CommissionChair, fullTime: true);
        b.AddPost(MemberId.From("HB.DK.PCN"), OrganizationId.From("HB.DK"), PostKind.CommissionDeputyChair, fullTime: true);
        b.AddPost(MemberId.From("HB.DK.UV"), OrganizationId.From("HB.DK"), PostKind.CommissionMember, fullTime: false);

        // A cell secretary (head) and a grassroots-committee head.
        b.AddPost(MemberId.From("M0004"), OrganizationId.From("HB.X1.CB2"), PostKind.Head);
        b.AddPost(MemberId.From("M0060"), OrganizationId.From("HB.P1.BV"), PostKind.Head);
        return b.Build();
    }
}
