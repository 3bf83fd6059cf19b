namespace KiemTra.Sdk.Discipline.Complaints;

/// <summary>Why a complaint against discipline is not accepted (<i>khiếu nại không được thụ lý</i>).</summary>
internal enum ComplaintInadmissibility
{
    /// <summary>Filed after the filing window (<i>quá thời hạn</i>).</summary>
    OutOfTime = 1,

    /// <summary>Filed on someone else's behalf (<i>khiếu nại hộ</i>).</summary>
    OnBehalfOfAnother = 2,

    /// <summary>Filed before receiving the decision (<i>khi chưa nhận được quyết định</i>).</summary>
    BeforeReceivingDecision = 3,

    /// <summary>Already resolved by the Central Committee, whose decision is final (<i>đã được Ban Chấp hành Trung ương giải quyết</i>).</summary>
    AlreadyResolvedByCentralCommittee = 4,

    /// <summary>Not signed by the complainant (<i>không ký tên</i>).</summary>
    Unsigned = 5,
}
