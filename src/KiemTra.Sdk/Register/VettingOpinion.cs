using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// An opinion given on a cadre from supervision results (<i>ý kiến về tiêu chuẩn chính trị, nhận xét cán bộ</i>): for
/// appointment, re-appointment, nomination, planning, rotation, commendation or yearly rating.
/// </summary>
/// <param name="Id">Identifier, unique among vetting opinions.</param>
/// <param name="Cadre">The member the opinion is about.</param>
/// <param name="GivenBy">The organisation whose body gave it.</param>
/// <param name="Purpose">What it was asked for.</param>
/// <param name="GivenOn">When.</param>
/// <param name="Favorable">Whether the opinion supports the proposal.</param>
public sealed record VettingOpinion(RecordId<VettingOpinion> Id, MemberId Cadre, OrganizationId GivenBy, VettingPurpose Purpose, LocalDate GivenOn, bool Favorable);

/// <summary>Why a <see cref="VettingOpinion"/> was asked for (<i>mục đích</i>).</summary>
public enum VettingPurpose
{
    /// <summary>Appointment (<i>bổ nhiệm</i>).</summary>
    Appointment = 1,

    /// <summary>Re-appointment (<i>bổ nhiệm lại</i>).</summary>
    Reappointment = 2,

    /// <summary>Nomination for election (<i>giới thiệu ứng cử</i>).</summary>
    Nomination = 3,

    /// <summary>Planning (<i>quy hoạch</i>).</summary>
    Planning = 4,

    /// <summary>Rotation (<i>luân chuyển</i>).</summary>
    Rotation = 5,

    /// <summary>Commendation (<i>khen thưởng</i>).</summary>
    Commendation = 6,

    /// <summary>Yearly rating of cadres and members (<i>đánh giá, xếp loại hằng năm</i>).</summary>
    YearlyRating = 7,
}
