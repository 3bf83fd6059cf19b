namespace KiemTra.Sdk.Denunciations;

/// <summary>Who a denunciation comes from (<i>nguồn đơn tố cáo</i>).</summary>
public enum DenunciationSource
{
    /// <summary>Signed with the informant's real name (<i>tố cáo đứng tên</i>).</summary>
    Named = 1,

    /// <summary>Anonymous (<i>giấu tên</i>): not resolved as a denunciation.</summary>
    Anonymous = 2,

    /// <summary>Under a false or borrowed name (<i>mạo tên</i>): not resolved as a denunciation.</summary>
    FalseName = 3,
}
