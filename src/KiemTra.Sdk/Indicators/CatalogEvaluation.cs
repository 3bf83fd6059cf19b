using System.Collections.Immutable;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using NodaTime;

namespace KiemTra.Sdk.Indicators;

/// <summary>The evaluation of a whole catalogue over one subtree and period (<i>kết quả đánh giá danh mục chỉ tiêu</i>).</summary>
/// <param name="Scope">The root of the subtree.</param>
/// <param name="ScopeName">Its name.</param>
/// <param name="Period">The period.</param>
/// <param name="DataAsOf">The date the data was extracted.</param>
/// <param name="Results">One result per indicator of the catalogue, in catalogue order, each with its status (an indicator outside its validity years is <see cref="IndicatorStatus.NotApplicable"/>).</param>
/// <param name="Ratings">Whether each gated rating may be given.</param>
public sealed record CatalogEvaluation(OrganizationId Scope, string ScopeName, ReportingPeriod Period, LocalDate DataAsOf, ImmutableArray<IndicatorResult> Results, ImmutableArray<RatingOutcome> Ratings)
{
    /// <summary>How many results have <paramref name="status"/>.</summary>
    public int Count(IndicatorStatus status) => Results.Count(r => r.Status == status);
}
