namespace KiemTra.Sdk.Discipline;

/// <summary>The subject's attitude to self-criticism and criticism (<i>thái độ tự phê bình, tiếp thu phê bình</i>).</summary>
public enum Attitude
{
    /// <summary>Honest self-criticism, accepted criticism, corrected (<i>thành khẩn, tiếp thu, sửa chữa</i>).</summary>
    Sincere = 1,

    /// <summary>Partly accepted (<i>tiếp thu chưa đầy đủ</i>).</summary>
    Partial = 2,

    /// <summary>Did not own up (<i>không tự giác nhận lỗi</i>).</summary>
    NotAccepting = 3,
}
