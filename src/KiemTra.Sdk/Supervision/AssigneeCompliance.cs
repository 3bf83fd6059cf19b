using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Supervision;

/// <summary>One assignee's yearly compliance (<i>đánh giá việc thực hiện nhiệm vụ theo dõi địa bàn</i>).</summary>
/// <param name="Assignee">The assignee.</param>
/// <param name="MeetingsHeld">Meetings of their localities while assigned.</param>
/// <param name="MeetingsAttended">Of which they attended.</param>
/// <param name="ReportsDue">Reports due (localities × periods while assigned).</param>
/// <param name="ReportsSubmitted">Of which submitted.</param>
internal sealed record AssigneeCompliance(MemberId Assignee, int MeetingsHeld, int MeetingsAttended, int ReportsDue, int ReportsSubmitted)
{
    /// <summary>Whether every meeting was attended and every report submitted (the 100% target of the Thái Nguyên plan).</summary>
    public bool IsCompliant => MeetingsAttended == MeetingsHeld && ReportsSubmitted == ReportsDue;
}
