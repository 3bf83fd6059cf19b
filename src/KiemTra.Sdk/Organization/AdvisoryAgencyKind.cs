namespace KiemTra.Sdk.Organization;

/// <summary>An advisory agency of a committee (<i>cơ quan tham mưu, giúp việc</i>).</summary>
public enum AdvisoryAgencyKind
{
    /// <summary>Organisation Board (<i>Ban Tổ chức</i>).</summary>
    Organization = 1,

    /// <summary>Propaganda and Mass Mobilisation Board (<i>Ban Tuyên giáo và Dân vận</i>).</summary>
    PropagandaAndMassMobilization = 2,

    /// <summary>Internal Affairs Board (<i>Ban Nội chính</i>).</summary>
    InternalAffairs = 3,

    /// <summary>Office of the committee (<i>Văn phòng</i>).</summary>
    Office = 4,

    /// <summary>Office of the inspection commission (<i>Cơ quan Ủy ban kiểm tra</i>).</summary>
    InspectionCommissionOffice = 5,

    /// <summary>Party Building Board at commune level (<i>Ban Xây dựng Đảng</i>).</summary>
    PartyBuildingBoard = 6,
}
