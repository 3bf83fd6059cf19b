namespace KiemTra.Sdk.FollowUp;

/// <summary>Where a conclusion or recommendation comes from (<i>nguồn kết luận, kiến nghị</i>).</summary>
public enum RecommendationSource
{
    /// <summary>Party inspection (<i>kiểm tra của Đảng</i>).</summary>
    PartyInspection = 1,

    /// <summary>Party supervision (<i>giám sát của Đảng</i>).</summary>
    PartySupervision = 2,

    /// <summary>State inspection (<i>thanh tra</i>).</summary>
    StateInspection = 3,

    /// <summary>State audit (<i>kiểm toán</i>).</summary>
    Audit = 4,
}
