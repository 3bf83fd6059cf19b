namespace KiemTra.Sdk.Denunciations;

/// <summary>How one allegation of a denunciation is concluded (<i>kết luận nội dung tố cáo</i>).</summary>
public enum AllegationConclusion
{
    /// <summary>False (<i>tố cáo sai</i>).</summary>
    False = 1,

    /// <summary>No basis to conclude (<i>không có cơ sở</i>).</summary>
    NoBasis = 2,

    /// <summary>True, a shortcoming but not a violation (<i>đúng, có khuyết điểm</i>).</summary>
    TrueWithShortcoming = 3,

    /// <summary>True, a violation (<i>đúng, có vi phạm</i>).</summary>
    TrueWithViolation = 4,
}
