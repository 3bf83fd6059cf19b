namespace KiemTra.Sdk.Discipline;

/// <summary>The subject's part in a collective violation (<i>vai trò trong vi phạm</i>).</summary>
public enum ParticipationRole
{
    /// <summary>Acted alone (<i>tự mình thực hiện</i>).</summary>
    Sole = 1,

    /// <summary>Initiated, organised or decided (<i>khởi xướng, tổ chức, quyết định</i>).</summary>
    Initiator = 2,

    /// <summary>Was incited, drawn in or went along (<i>bị xúi giục, lôi kéo, đồng tình làm sai</i>).</summary>
    Follower = 3,
}
