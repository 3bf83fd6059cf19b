namespace KiemTra.Sdk.Discipline;

/// <summary>
/// A category of violation that matters to the rules (<i>loại vi phạm</i>), e.g. because no limitation
/// period applies to it (QĐ 69-QĐ/TW Art. 4).
/// </summary>
public enum ViolationCategory
{
    /// <summary>Violation of internal political security (<i>vi phạm về chính trị nội bộ</i>).</summary>
    InternalPoliticalSecurity = 1,

    /// <summary>Harm to national defence, security or foreign affairs (<i>xâm hại đến lợi ích quốc gia trong lĩnh vực quốc phòng, an ninh, đối ngoại</i>).</summary>
    DefenseSecurityOrForeignAffairs = 2,

    /// <summary>Use of illegal diplomas, certificates or attestations (<i>sử dụng văn bằng, chứng chỉ, chứng nhận không hợp pháp</i>).</summary>
    IllegalDiploma = 3,
}
