namespace KiemTra.Sdk.Organization;

/// <summary>Whether a member is full or probationary (<i>đảng viên chính thức / dự bị</i>).</summary>
public enum MemberStatus
{
    /// <summary>Full member (<i>đảng viên chính thức</i>).</summary>
    Full = 1,

    /// <summary>Probationary member (<i>đảng viên dự bị</i>), for the probation period of the rule set (12 months under the Charter).</summary>
    Probationary = 2,
}
