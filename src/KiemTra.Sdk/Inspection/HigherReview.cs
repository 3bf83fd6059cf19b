using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// A higher commission's review of a lower body's conclusion (<i>xem xét, kiểm tra lại kết luận của cấp dưới</i>).
/// </summary>
/// <param name="ReviewedBy">The higher organisation whose commission reviewed.</param>
/// <param name="On">When.</param>
/// <param name="Outcome">Upheld, reconsideration requested, or overturned.</param>
/// <param name="Finding">What the review found.</param>
public sealed record HigherReview(OrganizationId ReviewedBy, LocalDate On, HigherReviewOutcome Outcome, string Finding);

/// <summary>Outcomes of a <see cref="HigherReview"/>.</summary>
public enum HigherReviewOutcome
{
    /// <summary>The conclusion stands (<i>giữ nguyên</i>).</summary>
    Upheld = 1,

    /// <summary>The lower body is asked to reconsider (<i>yêu cầu xem xét lại</i>).</summary>
    ReconsiderationRequested = 2,

    /// <summary>The conclusion is set aside (<i>hủy bỏ, thay đổi</i>).</summary>
    Overturned = 3,
}
