namespace KiemTra.Sdk.Denunciations;

/// <summary>A ground on which a named denunciation is not accepted for resolution (<i>căn cứ không thụ lý</i>).</summary>
public enum NonAcceptanceGround
{
    /// <summary>No concrete content, nothing that can be verified (<i>nội dung không cụ thể, không có cơ sở để xác minh</i>).</summary>
    NoConcreteContent = 1,

    /// <summary>Already resolved and repeated without new content (<i>đã được giải quyết, tố cáo lại không có nội dung mới</i>).</summary>
    AlreadyResolvedWithoutNewContent = 2,

    /// <summary>A copy without the informant's own signature (<i>đơn sao chụp không có chữ ký trực tiếp</i>).</summary>
    CopyWithoutSignature = 3,

    /// <summary>The receiving organisation is not competent; the letter is forwarded (<i>không thuộc thẩm quyền</i>).</summary>
    NotCompetent = 4,
}
