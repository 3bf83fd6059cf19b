namespace KiemTra.Sdk.Organization;

/// <summary>A post a member holds in an organisation's bodies (<i>chức vụ</i>).</summary>
public enum PostKind
{
    /// <summary>Member of the committee (<i>cấp ủy viên</i>).</summary>
    CommitteeMember = 1,

    /// <summary>Member of the standing committee (<i>ủy viên ban thường vụ</i>).</summary>
    StandingCommitteeMember = 2,

    /// <summary>Head: secretary of the committee or cell (<i>bí thư, người đứng đầu</i>).</summary>
    Head = 3,

    /// <summary>Deputy head: deputy secretary (<i>phó bí thư</i>).</summary>
    DeputyHead = 4,

    /// <summary>Chair of the inspection commission (<i>chủ nhiệm ủy ban kiểm tra</i>).</summary>
    CommissionChair = 5,

    /// <summary>Deputy chair of the inspection commission (<i>phó chủ nhiệm ủy ban kiểm tra</i>).</summary>
    CommissionDeputyChair = 6,

    /// <summary>Member of the inspection commission (<i>ủy viên ủy ban kiểm tra</i>).</summary>
    CommissionMember = 7,
}
