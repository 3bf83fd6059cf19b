namespace KiemTra.Sdk.Denunciations;

/// <summary>What is done with a denunciation on receipt (<i>xử lý đơn tố cáo</i>).</summary>
public enum IntakeDecision
{
    /// <summary>Accepted for resolution (<i>thụ lý giải quyết</i>).</summary>
    Accepted = 1,

    /// <summary>Anonymous or false-name: not resolved, kept as information that may feed supervision or an inspection on signs of violation (<i>không giải quyết, dùng làm thông tin</i>).</summary>
    RecordedAsInformation = 2,

    /// <summary>Not accepted on another ground (<i>không thụ lý</i>).</summary>
    NotAccepted = 3,

    /// <summary>Not competent: forwarded to the competent organisation (<i>chuyển đơn</i>).</summary>
    Forwarded = 4,
}
