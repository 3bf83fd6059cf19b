using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>Information about a locality received through a channel (<i>thông tin tiếp nhận</i>).</summary>
/// <param name="Id">Identifier, unique among information received.</param>
/// <param name="Locality">The organisation the information is about.</param>
/// <param name="Channel">Where it came from.</param>
/// <param name="ReceivedOn">When it was received.</param>
/// <param name="IsRumor">Whether, for media and public opinion, it was judged rumour (<i>tin đồn</i>) rather than opinion to act on.</param>
/// <param name="AssignmentId">The assignment under which it was taken in, or null.</param>
public sealed record InformationReceived(RecordId<InformationReceived> Id, OrganizationId Locality, InformationChannel Channel, LocalDate ReceivedOn, bool IsRumor = false, RecordId<RecordedAssignment>? AssignmentId = null);

/// <summary>Information channels of a locality file (<i>kênh thông tin</i>).</summary>
public enum InformationChannel
{
    /// <summary>Complaints (<i>đơn khiếu nại</i>).</summary>
    Complaint = 1,

    /// <summary>Denunciations (<i>đơn tố cáo</i>).</summary>
    Denunciation = 2,

    /// <summary>Reflections and recommendations (<i>phản ánh, kiến nghị</i>).</summary>
    Reflection = 3,

    /// <summary>The committee where the member resides (<i>cấp ủy nơi cư trú</i>).</summary>
    ResidenceCommittee = 4,

    /// <summary>The press and media (<i>báo chí, truyền thông</i>).</summary>
    Media = 5,

    /// <summary>Public opinion (<i>dư luận xã hội</i>).</summary>
    PublicOpinion = 6,

    /// <summary>Conclusions of party inspection (<i>kết luận kiểm tra của Đảng</i>).</summary>
    PartyInspectionConclusion = 7,

    /// <summary>Conclusions of state inspection (<i>kết luận thanh tra</i>).</summary>
    StateInspectionConclusion = 8,

    /// <summary>Conclusions of audit (<i>kết luận kiểm toán</i>).</summary>
    AuditConclusion = 9,
}
