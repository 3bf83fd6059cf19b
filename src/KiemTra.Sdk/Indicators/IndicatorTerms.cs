using KiemTra.Sdk.Authority;

namespace KiemTra.Sdk.Indicators;

/// <summary>Vietnamese and English names of the kinds that appear in explanations, so notes never show code names.</summary>
internal static class IndicatorTerms
{
    public static LocalizedText Of(RecordKind kind) => kind switch
    {
        RecordKind.PlanItems => LocalizedText.Of("kế hoạch kiểm tra, giám sát", "inspection and supervision plan"),
        RecordKind.GovernanceDocuments => LocalizedText.Of("văn bản chương trình, phân công, quy chế", "programmes, assignments and regulations"),
        RecordKind.Directives => LocalizedText.Of("quán triệt văn bản", "dissemination of party texts"),
        RecordKind.InspectionStaff => LocalizedText.Of("cán bộ kiểm tra", "inspection staff"),
        RecordKind.ConclusionFollowUps => LocalizedText.Of("thực hiện kết luận, kiến nghị", "follow-up of conclusions"),
        RecordKind.LocalityAssignments => LocalizedText.Of("phân công theo dõi địa bàn", "locality assignments"),
        RecordKind.DigitalTransformation => LocalizedText.Of("chuyển đổi số", "digital transformation"),
        RecordKind.Meetings => LocalizedText.Of("hội nghị", "meetings"),
        _ => LocalizedText.Of("giao nhiệm vụ", "task assignment"),
    };

    public static LocalizedText Of(GovernanceDocumentKind kind) => kind switch
    {
        GovernanceDocumentKind.InspectionSupervisionProgramme => LocalizedText.Of("chương trình, kế hoạch kiểm tra, giám sát", "inspection and supervision programme"),
        GovernanceDocumentKind.LocalityAssignment => LocalizedText.Of("quyết định/thông báo phân công theo dõi địa bàn", "locality-assignment decision"),
        _ => LocalizedText.Of("quy chế công tác địa bàn", "locality-work regulation"),
    };

    public static LocalizedText Of(MeetingKind kind) => kind switch
    {
        MeetingKind.Dissemination => LocalizedText.Of("hội nghị quán triệt", "dissemination meeting"),
        MeetingKind.Professional => LocalizedText.Of("hội nghị chuyên môn", "professional meeting"),
        _ => LocalizedText.Of("hội nghị quan trọng", "important meeting"),
    };

    public static LocalizedText Of(ActivityKind kind) => kind switch
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
}
