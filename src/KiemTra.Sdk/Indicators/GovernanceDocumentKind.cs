namespace KiemTra.Sdk.Indicators;

/// <summary>Kind of governing document a body issues (<i>loại văn bản</i>), counted by the Thái Nguyên targets.</summary>
public enum GovernanceDocumentKind
{
    /// <summary>Inspection and supervision programme or plan, for the term or the year (<i>chương trình, kế hoạch kiểm tra, giám sát</i>).</summary>
    InspectionSupervisionProgram = 1,

    /// <summary>Decision or notice assigning members or staff to follow localities (<i>quyết định/thông báo phân công theo dõi địa bàn</i>).</summary>
    LocalityAssignment = 2,

    /// <summary>Regulation on locality work (<i>quy chế công tác địa bàn</i>).</summary>
    LocalityWorkRegulation = 3,
}
