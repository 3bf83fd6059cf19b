namespace KiemTra.Sdk.Authority;

/// <summary>
/// An activity of inspection, supervision or discipline work (<i>hoạt động kiểm tra, giám sát, kỷ luật</i>):
/// one row of the authority table. Who may perform which activity on whom is answered by the authority rules.
/// </summary>
public enum ActivityKind
{
    /// <summary>Regular supervision (<i>giám sát thường xuyên</i>).</summary>
    RegularSupervision = 1,

    /// <summary>Thematic supervision (<i>giám sát chuyên đề</i>).</summary>
    ThematicSupervision = 2,

    /// <summary>Compliance inspection by plan (<i>kiểm tra việc chấp hành</i>).</summary>
    ComplianceInspection = 3,

    /// <summary>Inspection on signs of violation (<i>kiểm tra khi có dấu hiệu vi phạm</i>).</summary>
    InspectionOnSignsOfViolation = 4,

    /// <summary>Inspection of lower bodies' performance of inspection, supervision and discipline duties (<i>kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật</i>).</summary>
    InspectionOfInspectionDuties = 5,

    /// <summary>Party finance inspection (<i>kiểm tra tài chính đảng</i>).</summary>
    PartyFinanceInspection = 6,

    /// <summary>Checking asset and income declarations (<i>kiểm tra kê khai tài sản, thu nhập</i>).</summary>
    AssetDeclarationInspection = 7,

    /// <summary>Resolving denunciations (<i>giải quyết tố cáo</i>).</summary>
    DenunciationResolution = 8,

    /// <summary>Resolving complaints against discipline (<i>giải quyết khiếu nại kỷ luật</i>).</summary>
    ComplaintResolution = 9,

    /// <summary>Deciding party discipline (<i>thi hành kỷ luật</i>).</summary>
    Discipline = 10,
}
