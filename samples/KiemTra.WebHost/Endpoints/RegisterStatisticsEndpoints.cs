using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Denunciations;
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

/// <summary>Complaints resolved in the period (R-D5).</summary>
internal sealed record ComplaintFiguresDto(int Members, int Organizations, IReadOnlyDictionary<string, int> ByOutcome);

/// <summary>Denunciations received in the period (R-D6, R-D8).</summary>
internal sealed record DenunciationFiguresDto(int Received, int Named, int Anonymous, int FalseName, int RecordedAsInformation, int Accepted, int NotAccepted, int Forwarded,
    int MembersResolved, int OrganizationsResolved, IReadOnlyDictionary<string, int> AllegationsByConclusion, int MembersFoundInViolation, int OverLevel, int Prolonged);

/// <summary>The register's other figures of a scope and period: the parts of <see cref="WorkStatistics"/> the statistics endpoint does not carry.</summary>
internal sealed record RegisterStatisticsResponse(string Scope, string Period, string DataAsOf, ComplaintFiguresDto Complaints, DenunciationFiguresDto Denunciations,
    int AssigneeReports, int AssigneeReportsOnTime, int ImplementationPlansDue, int ImplementationPlansOnTime, int VettingOpinions, IReadOnlyDictionary<string, int> InformationByChannel,
    FollowUpStatistics FollowUp);

/// <summary>
/// <c>GET /api/organizations/{id}/register-statistics?period=</c> (<i>số liệu khiếu nại, tố cáo và các dữ kiện khác</i>): the
/// complaint, denunciation, assignee-report, implementation-plan, vetting, information and follow-up figures of
/// <see cref="WorkStatistics.Compute"/> for an organisation's subtree, from the register the database holds — the same
/// computation as <c>/statistics</c>, which carries the discipline, oversight and plan figures.
/// </summary>
internal static class RegisterStatisticsEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapRegisterStatisticsEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/organizations/{id}/register-statistics", Compute).WithTags("Indicators").WithName("RegisterStatistics")
            .WithSummary("Số liệu khiếu nại, tố cáo, báo cáo của người được phân công… / complaint, denunciation, assignee-report and other figures of an organisation's subtree")
            .Produces<RegisterStatisticsResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

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

        var scope = Parse.Organization(errors, "id", id, dataset, required: true);
        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        if (register.Tree.IndexOf(scope!.Value) < 0)
        {
            return Problems.NotFound(http, LocalizedText.Of($"Không có tổ chức '{id}' trong cây đánh giá.", $"There is no organisation '{id}' in the evaluation tree."));
        }

        var today = clock.GetCurrentInstant().InZone(zone).Date;
        if (IndicatorEndpoints.Authorize(http, dataset, authority, actor!.Value, scope.Value, today, errors) is { } denied)
        {
            return denied;
        }

        var snapshot = await register.CurrentAsync(db, http.RequestAborted);
        var reportPeriod = p ?? snapshot.DefaultPeriod;
        var s = WorkStatistics.Compute(snapshot.Data, scope.Value, reportPeriod, DisciplineFormPolicy.FromRules(rules, reportPeriod.End), catalog);
        var d = s.Denunciations;
        return TypedResults.Ok(new RegisterStatisticsResponse(
            scope.Value.Value,
            reportPeriod.Code,
            Iso.Date(snapshot.AsOf),
            new ComplaintFiguresDto(s.Complaints.Members, s.Complaints.Organizations, s.Complaints.ByOutcome.ToDictionary(x => x.Key.ToString(), x => x.Value, StringComparer.Ordinal)),
            new DenunciationFiguresDto(d.Received, d.Named, d.Anonymous, d.FalseName, d.RecordedAsInformation, d.Accepted, d.NotAccepted, d.Forwarded, d.MembersResolved, d.OrganizationsResolved,
                d.AllegationsByConclusion.ToDictionary(x => x.Key.ToString(), x => x.Value, StringComparer.Ordinal), d.MembersFoundInViolation, s.DenunciationsOverLevel, s.DenunciationsProlonged),
            s.AssigneeReports,
            s.AssigneeReportsOnTime,
            s.ImplementationPlansDue,
            s.ImplementationPlansOnTime,
            s.VettingOpinions,
            s.InformationByChannel.ToDictionary(x => x.Key.ToString(), x => x.Value, StringComparer.Ordinal),
            s.FollowUp));
    }
}
