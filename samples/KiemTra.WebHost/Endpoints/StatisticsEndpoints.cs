using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Hosting;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using NodaTime;

namespace KiemTra.WebHost.Endpoints;

/// <summary>Planned and carried out (<i>kế hoạch và kết quả thực hiện</i>).</summary>
/// <param name="Planned">Items of the yearly programmes due in the period (the plan-completion indicator's denominator).</param>
/// <param name="Done">Of which carried out by its end (its numerator).</param>
internal sealed record PlanDto(long Planned, long Done);

/// <summary>Discipline by form (<i>kỷ luật theo hình thức</i>, R-D7), the shape of <c>kiemtra cases stats --json</c>.</summary>
/// <param name="Organizations">Organisations disciplined.</param>
/// <param name="OrganizationsByForm">By form code.</param>
/// <param name="Members">Members disciplined.</param>
/// <param name="MembersByForm">By form code.</param>
/// <param name="CommitteeMembers">Of the members, those on a committee.</param>
internal sealed record DisciplineDto(int Organizations, IReadOnlyDictionary<string, int> OrganizationsByForm, int Members, IReadOnlyDictionary<string, int> MembersByForm, int CommitteeMembers);

/// <summary>Response: the work statistics of an organisation's subtree for a period (<i>số liệu thống kê công tác kiểm tra, giám sát, kỷ luật</i>).</summary>
/// <param name="Scope">The organisation.</param>
/// <param name="Period">The period code.</param>
/// <param name="DataAsOf">The day the register is read as of.</param>
/// <param name="Plan">Plan completion.</param>
/// <param name="Oversight">Inspections and supervisions by subject (seed 002's figures).</param>
/// <param name="Discipline">Discipline by form.</param>
/// <param name="AmountToRecoverVnd">Amounts ordered recovered (VND).</param>
/// <param name="AmountRecoveredVnd">Amounts recovered (VND).</param>
/// <param name="PolicyRecommendations">Policy recommendations of cases.</param>
/// <param name="PositiveFindings">Positive findings of cases.</param>
/// <param name="Notes">Notes (e.g. that the seed is synthetic).</param>
internal sealed record StatisticsResponse(string Scope, string Period, string DataAsOf, PlanDto Plan, OversightStatistics Oversight, DisciplineDto Discipline,
    long AmountToRecoverVnd, long AmountRecoveredVnd, int PolicyRecommendations, int PositiveFindings, IReadOnlyList<TextDto> Notes);

/// <summary>
/// <c>GET /api/organizations/{id}/statistics?period=</c>: the SDK's <see cref="WorkStatistics"/> over the register the
/// database holds (<see cref="HostRegister"/>) — the same register the indicators read, so <c>plan</c> is the
/// plan-completion indicator's numerator and denominator by construction. Authority as for the indicators.
/// </summary>
internal static class StatisticsEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/organizations/{id}/statistics", Compute).WithTags("Indicators").WithName("WorkStatistics")
            .WithSummary("Số liệu thống kê công tác kiểm tra, giám sát, kỷ luật / work statistics of an organisation's subtree for a period")
            .Produces<StatisticsResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Compute(HttpContext http, PartyDataset dataset, AuthorityRules authority, IndicatorCatalog catalog, RuleBook rules, HostRegister register, KiemTraDbContext db, IClock clock, DateTimeZone zone, string id, string? period)
    {
        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        ReportingPeriod? p = null;
        if (period is not null)
        {
            try
            {
                p = ReportingPeriod.Parse(period);
            }
            catch (FormatException ex)
            {
                errors.Add("period", period, $"Kỳ không hợp lệ: {ex.Message}", $"Invalid period: {ex.Message}");
            }
        }

        OrganizationId? scope = null;
        if (!Nfc.TryNormalize(id, out var normalized))
        {
            errors.Add("id", id, "Mã tổ chức chứa ký tự Unicode không hợp lệ.", "The organisation id contains invalid Unicode.");
        }
        else
        {
            try
            {
                scope = OrganizationId.From(normalized!);
            }
            catch (ArgumentException ex)
            {
                errors.Add("id", id, $"Mã tổ chức không hợp lệ: {ex.Message}", $"Invalid organisation id: {ex.Message}");
            }
        }

        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        if (!dataset.Contains(scope!.Value) || register.Tree.IndexOf(scope.Value) < 0)
        {
            return Problems.NotFound(http, LocalizedText.Of($"Không có tổ chức '{id}' trong dữ liệu '{dataset.Name}'.", $"There is no organisation '{id}' in the dataset '{dataset.Name}'."));
        }

        var today = clock.GetCurrentInstant().InZone(zone).Date;
        if (IndicatorEndpoints.Authorize(http, dataset, authority, actor!.Value, scope.Value, today, errors) is { } denied)
        {
            return denied;
        }

        var snapshot = await register.CurrentAsync(db, http.RequestAborted);
        var reportPeriod = p ?? snapshot.DefaultPeriod;
        var statistics = WorkStatistics.Compute(snapshot.Data, scope.Value, reportPeriod, DisciplineFormPolicy.FromRules(rules, reportPeriod.End), catalog);
        var d = statistics.Discipline;
        return TypedResults.Ok(new StatisticsResponse(
            scope.Value.Value,
            reportPeriod.Code,
            Iso.Date(snapshot.AsOf),
            new PlanDto(statistics.Plan.Planned, statistics.Plan.Done),
            statistics.Oversight,
            new DisciplineDto(d.Organizations, Forms(d.OrganizationsByForm), d.Members, Forms(d.MembersByForm), d.MembersWhoAreCommitteeMembers),
            statistics.AmountToRecoverVnd,
            statistics.AmountRecoveredVnd,
            statistics.PolicyRecommendations,
            statistics.PositiveFindings,
            snapshot.Notes.Select(TextDto.Of).ToArray()));
    }

    private static IReadOnlyDictionary<string, int> Forms(IReadOnlyList<FormCount> counts) =>
        counts.ToDictionary(c => DisciplineFormCodes.ToCode(c.Form), c => c.Count, StringComparer.Ordinal);
}
