namespace KiemTra.Sdk.Organization;

/// <summary>Kind of body that acts for a party organisation (<i>loại chủ thể</i>).</summary>
public enum BodyKind
{
    /// <summary>The elected committee (<i>cấp ủy, Ban Chấp hành</i>).</summary>
    Committee = 1,

    /// <summary>The committee's standing committee (<i>Ban Thường vụ</i>).</summary>
    StandingCommittee = 2,

    /// <summary>The inspection commission (<i>ủy ban kiểm tra</i>), elected by the committee.</summary>
    InspectionCommission = 3,

    /// <summary>An advisory agency (<i>cơ quan tham mưu, giúp việc</i>): Organisation, Propaganda and Mass Mobilisation, Internal Affairs, Office, Party Building Board.</summary>
    AdvisoryAgency = 4,

    /// <summary>A party cell acting as a whole (<i>chi bộ</i>), including its cell committee where it has one.</summary>
    Cell = 5,
}
