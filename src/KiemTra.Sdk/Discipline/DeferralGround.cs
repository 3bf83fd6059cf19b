namespace KiemTra.Sdk.Discipline;

/// <summary>A ground for not yet considering discipline of a member (<i>chưa xem xét kỷ luật</i>).</summary>
public enum DeferralGround
{
    /// <summary>Pregnant or on maternity leave (<i>đang mang thai, nghỉ thai sản</i>).</summary>
    Pregnancy = 1,

    /// <summary>Raising a child under 12 months (<i>đang nuôi con nhỏ dưới 12 tháng tuổi</i>).</summary>
    RaisingInfantUnder12Months = 2,

    /// <summary>Seriously ill and treated as an in-patient (<i>bị bệnh nặng đang điều trị nội trú tại bệnh viện</i>).</summary>
    SeriouslyIllInHospital = 3,
}
