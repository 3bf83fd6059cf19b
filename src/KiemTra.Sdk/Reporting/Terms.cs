using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk;

// The one table of the names a reader sees for the vocabulary that the core's own sentences use (activities,
// organisation levels, deadline statuses, recommendation sources, discipline forms). This file is compiled twice, as
// an internal type: into the core (its findings, notes and explanations name these values) and, linked, into
// KiemTra.Sdk.Reporting, whose public ReportTexts hands the same names to hosts. It may use only the core's public
// types, so that it compiles in both; a name is changed here and nowhere else.

/// <summary>Names of the domain's vocabulary as readers see them (<i>tên gọi</i>), one table for the core and the report writers.</summary>
internal static class Terms
{
    /// <summary>A kind of activity: "giám sát chuyên đề" / "thematic supervision"…</summary>
    internal static LocalizedText Of(ActivityKind kind) => kind switch
    {
        ActivityKind.RegularSupervision => LocalizedText.Of("giám sát thường xuyên", "regular supervision"),
        ActivityKind.ThematicSupervision => LocalizedText.Of("giám sát chuyên đề", "thematic supervision"),
        ActivityKind.ComplianceInspection => LocalizedText.Of("kiểm tra chấp hành", "compliance inspection"),
        ActivityKind.InspectionOnSignsOfViolation => LocalizedText.Of("kiểm tra khi có dấu hiệu vi phạm", "inspection on signs of violation"),
        ActivityKind.InspectionOfInspectionDuties => LocalizedText.Of("kiểm tra thực hiện nhiệm vụ kiểm tra, giám sát, kỷ luật", "inspection of inspection duties"),
        ActivityKind.PartyFinanceInspection => LocalizedText.Of("kiểm tra tài chính đảng", "party finance inspection"),
        ActivityKind.AssetDeclarationInspection => LocalizedText.Of("kiểm tra kê khai tài sản, thu nhập", "asset declaration inspection"),
        ActivityKind.DenunciationResolution => LocalizedText.Of("giải quyết tố cáo", "denunciation resolution"),
        ActivityKind.ComplaintResolution => LocalizedText.Of("giải quyết khiếu nại", "complaint resolution"),
        _ => LocalizedText.Of("thi hành kỷ luật", "discipline"),
    };

    /// <summary>The level of a party organisation: "chi bộ trực thuộc" / "cell under a grassroots committee"…</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined kind.</exception>
    internal static LocalizedText Of(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Province => LocalizedText.Of("đảng bộ tỉnh", "provincial party organisation"),
        OrganizationKind.District => LocalizedText.Of("đảng bộ huyện", "district party organisation"),
        OrganizationKind.Commune => LocalizedText.Of("đảng bộ xã", "commune party committee"),
        OrganizationKind.Ward => LocalizedText.Of("đảng bộ phường", "ward party committee"),
        OrganizationKind.SpecialZone => LocalizedText.Of("đảng bộ đặc khu", "special-zone party committee"),
        OrganizationKind.PeoplesCommitteeOrganization => LocalizedText.Of("đảng bộ Ủy ban nhân dân tỉnh", "party organisation of the provincial People's Committee"),
        OrganizationKind.PartyAgencies => LocalizedText.Of("đảng bộ các cơ quan Đảng tỉnh", "party committee of the provincial party agencies"),
        OrganizationKind.Police => LocalizedText.Of("đảng bộ Công an tỉnh", "provincial police party committee"),
        OrganizationKind.Military => LocalizedText.Of("đảng bộ Quân sự tỉnh", "provincial military party committee"),
        OrganizationKind.Enterprise => LocalizedText.Of("đảng bộ doanh nghiệp trực thuộc", "enterprise party committee"),
        OrganizationKind.GrassrootsCommittee => LocalizedText.Of("đảng bộ cơ sở", "grassroots party committee"),
        OrganizationKind.GrassrootsCell => LocalizedText.Of("chi bộ cơ sở", "grassroots party cell"),
        OrganizationKind.SubCommittee => LocalizedText.Of("đảng bộ bộ phận", "sub-committee"),
        OrganizationKind.Cell => LocalizedText.Of("chi bộ trực thuộc", "cell under a grassroots committee"),
        OrganizationKind.PartyGroup => LocalizedText.Of("tổ đảng", "party group"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown organisation kind."),
    };

    /// <summary>A deadline status: "quá hạn" / "overdue"…</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined status.</exception>
    internal static LocalizedText Of(DeadlineStatus status) => status switch
    {
        DeadlineStatus.NotDue => LocalizedText.Of("chưa đến hạn", "not due"),
        DeadlineStatus.DueSoon => LocalizedText.Of("sắp đến hạn", "due soon"),
        DeadlineStatus.DueToday => LocalizedText.Of("đến hạn hôm nay", "due today"),
        DeadlineStatus.Overdue => LocalizedText.Of("quá hạn", "overdue"),
        DeadlineStatus.MetOnTime => LocalizedText.Of("hoàn thành đúng hạn", "completed on time"),
        DeadlineStatus.MetLate => LocalizedText.Of("hoàn thành quá hạn", "completed late"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown deadline status."),
    };

    /// <summary>Where a recommendation comes from: "kiểm tra của Đảng" / "party inspection"…</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined source.</exception>
    internal static LocalizedText Of(RecommendationSource source) => source switch
    {
        RecommendationSource.PartyInspection => LocalizedText.Of("kiểm tra của Đảng", "party inspection"),
        RecommendationSource.PartySupervision => LocalizedText.Of("giám sát của Đảng", "party supervision"),
        RecommendationSource.StateInspection => LocalizedText.Of("thanh tra", "state inspection"),
        RecommendationSource.Audit => LocalizedText.Of("kiểm toán", "state audit"),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown recommendation source."),
    };

    /// <summary>A form of discipline: "Khiển trách" / "Reprimand"…</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined form.</exception>
    internal static LocalizedText Of(DisciplineForm form) => form switch
    {
        DisciplineForm.Reprimand => LocalizedText.Of("Khiển trách", "Reprimand"),
        DisciplineForm.Warning => LocalizedText.Of("Cảnh cáo", "Warning"),
        DisciplineForm.RemovalFromPost => LocalizedText.Of("Cách chức", "Removal from post"),
        DisciplineForm.Expulsion => LocalizedText.Of("Khai trừ", "Expulsion"),
        DisciplineForm.Dissolution => LocalizedText.Of("Giải tán", "Dissolution"),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Not a defined discipline form."),
    };
}
