namespace KiemTra.Sdk.Inspection;

/// <summary>Why a higher commission takes a case up or reviews it (<i>căn cứ cấp trên xem xét</i>).</summary>
public enum TakeUpReason
{
    /// <summary>The lower level did not act (<i>không xử lý</i>).</summary>
    LowerLevelDidNotAct = 1,

    /// <summary>The lower level acted wrongly or too leniently (<i>xử lý không đúng mức</i>).</summary>
    LowerLevelActedWrongly = 2,

    /// <summary>The lower level delayed resolving a denunciation (<i>trì hoãn giải quyết tố cáo</i>).</summary>
    DenunciationDelayed = 3,

    /// <summary>Signs of tolerating, covering up or missing violations (<i>dung túng, bao che, bỏ lọt</i>).</summary>
    CoverUpSuspected = 4,
}
