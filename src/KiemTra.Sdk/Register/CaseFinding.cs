using KiemTra.Sdk.Inspection;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// A policy recommendation or positive finding that a case's conclusion made (<i>kiến nghị sửa đổi chính sách; nhân tố mới,
/// cách làm hay</i>).
/// </summary>
/// <param name="Id">Identifier, unique among case findings.</param>
/// <param name="CaseId">The concluded case.</param>
/// <param name="Kind">Policy recommendation or positive finding.</param>
/// <param name="Summary">What it says.</param>
/// <param name="On">When.</param>
public sealed record CaseFinding(RecordId<CaseFinding> Id, RecordId<OversightCase> CaseId, CaseFindingKind Kind, string Summary, LocalDate On);

/// <summary>Kind of a <see cref="CaseFinding"/>.</summary>
public enum CaseFindingKind
{
    /// <summary>A recommendation to amend rules or laws (<i>kiến nghị sửa đổi, bổ sung cơ chế, chính sách, pháp luật</i>).</summary>
    PolicyRecommendation = 1,

    /// <summary>A new factor or good practice to praise and spread (<i>nhân tố mới, cách làm hay</i>).</summary>
    PositiveFinding = 2,
}
