using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.EarlyWarning;
using KiemTra.Sdk.Inspection;
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

/// <summary>Complaints resolved in the period (<i>khiếu nại kỷ luật đã giải quyết</i>, R-D5).</summary>
/// <param name="Members">Complaints of members resolved.</param>
/// <param name="Organizations">Complaints of organisations resolved.</param>
/// <param name="ByOutcome">By outcome (<c>ComplaintOutcome</c> name).</param>
internal sealed record ComplaintFiguresDto(int Members, int Organizations, IReadOnlyDictionary<string, int> ByOutcome);

/// <summary>Denunciations received in the period (<i>tố cáo</i>, R-D6, R-D8).</summary>
/// <param name="Received">Received.</param>
/// <param name="Named">Of which with a named informant.</param>
/// <param name="Anonymous">Anonymous.</param>
/// <param name="FalseName">Under a false name.</param>
/// <param name="RecordedAsInformation">Recorded as information only.</param>
/// <param name="Accepted">Accepted for resolution.</param>
/// <param name="NotAccepted">Not accepted.</param>
/// <param name="Forwarded">Forwarded to the competent body.</param>
/// <param name="MembersResolved">Denunciations about members resolved.</param>
/// <param name="OrganizationsResolved">Denunciations about organisations resolved.</param>
/// <param name="AllegationsByConclusion">Allegations by conclusion (<c>AllegationConclusion</c> name).</param>
/// <param name="MembersFoundInViolation">Members found in violation.</param>
/// <param name="OverLevel">Sent over the level (R-D8).</param>
/// <param name="Prolonged">Prolonged (R-D8).</param>
internal sealed record DenunciationFiguresDto(int Received, int Named, int Anonymous, int FalseName, int RecordedAsInformation, int Accepted, int NotAccepted, int Forwarded,
    int MembersResolved, int OrganizationsResolved, IReadOnlyDictionary<string, int> AllegationsByConclusion, int MembersFoundInViolation, int OverLevel, int Prolonged);

/// <summary>
/// Follow-up of conclusions and recommendations issued in the period (<i>theo dõi thực hiện kết luận, kiến nghị</i>), the
/// five figures of <see cref="WorkStatistics.FollowUp"/>: <c>Issued = CompletedOnTime + CompletedLate + Overdue + NotYetDue</c>.
/// </summary>
/// <param name="Issued">Recommendations issued in the period to organisations of the scope.</param>
/// <param name="CompletedOnTime">Of which carried out by their due date.</param>
/// <param name="CompletedLate">Of which carried out after their due date.</param>
/// <param name="Overdue">Of which not carried out and past their due date.</param>
/// <param name="NotYetDue">Of which not carried out and not yet past their due date.</param>
internal sealed record FollowUpFiguresDto(int Issued, int CompletedOnTime, int CompletedLate, int Overdue, int NotYetDue)
{
    /// <summary>The figures of the statistics' follow-up report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The figures.</returns>
    public static FollowUpFiguresDto Of(KiemTra.Sdk.FollowUp.FollowUpReport report) => new(
        report.Issued, report.MetOnTime, report.MetLate, report.Overdue, report.NotYetDue);
}

/// <summary>Response: the work statistics of an organisation's subtree for a period (<i>số liệu thống kê công tác kiểm tra, giám sát, kỷ luật</i>): every figure of <see cref="WorkStatistics"/>.</summary>
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
/// <param name="Complaints">Complaints resolved (R-D5).</param>
/// <param name="Denunciations">Denunciations received (R-D6, R-D8).</param>
/// <param name="AssigneeReports">Assignees' reports received (R-S2, R-S8).</param>
/// <param name="AssigneeReportsOnTime">Of which on time.</param>
/// <param name="ImplementationPlansDue">Implementation plans of subordinate bodies due (R-T7).</param>
/// <param name="ImplementationPlansOnTime">Of which issued on time.</param>
/// <param name="VettingOpinions">Vetting opinions given on cadres (R-S7).</param>
/// <param name="InformationByChannel">Information received by channel (R-S6).</param>
/// <param name="FollowUp">Follow-up of recommendations.</param>
/// <param name="Notes">Notes (e.g. that the seed is synthetic).</param>
internal sealed record StatisticsResponse(string Scope, string Period, string DataAsOf, PlanDto Plan, OversightStatistics Oversight, DisciplineDto Discipline,
    long AmountToRecoverVnd, long AmountRecoveredVnd, int PolicyRecommendations, int PositiveFindings,
    ComplaintFiguresDto Complaints, DenunciationFiguresDto Denunciations, int AssigneeReports, int AssigneeReportsOnTime, int ImplementationPlansDue, int ImplementationPlansOnTime,
    int VettingOpinions, IReadOnlyDictionary<string, int> InformationByChannel, FollowUpFiguresDto FollowUp, IReadOnlyList<LocalizedText> Notes);

/// <summary>One early warning (<i>cảnh báo sớm</i>, R-S5).</summary>
/// <param name="Code">The rule's code.</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Subject">What it is about (an organisation, case, recommendation or member id).</param>
/// <param name="Message">The message.</param>
/// <param name="Rule">The rule it rests on, when cited.</param>
internal sealed record WarningDto(string Code, string Severity, string Subject, LocalizedText Message, string? Rule);

/// <summary>Response: the early warnings of an organisation's subtree.</summary>
/// <param name="Scope">The organisation.</param>
/// <param name="Today">The day they are computed for.</param>
/// <param name="TermStart">The first day of the term coverage is counted from.</param>
/// <param name="Count">How many.</param>
/// <param name="Items">The warnings, most severe first.</param>
internal sealed record WarningsResponse(string Scope, string Today, string TermStart, int Count, IReadOnlyList<WarningDto> Items);

/// <summary>
/// <c>GET /api/organizations/{id}/statistics?period=</c>: the SDK's <see cref="WorkStatistics"/> over the register the
/// database holds (<see cref="HostRegister"/>), every figure of it in one answer (plan, oversight, discipline, amounts,
/// complaints, denunciations, assignee reports, implementation plans, vetting, information, follow-up) — the same
/// register the indicators read, so <c>plan</c> is the plan-completion indicator's numerator and denominator by
/// construction. Authority as for the indicators.
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
        app.MapGet("/api/organizations/{id}/warnings", Warnings).WithTags("Indicators").WithName("EarlyWarnings")
            .WithSummary("Cảnh báo sớm / early warnings of an organisation's subtree, from the register the database holds")
            .Produces<WarningsResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The first day of the current congress term at the levels the host serves (the 2025–2030 term; the CLI uses the same day).</summary>
    internal static readonly LocalDate TermStart = new(2025, 10, 1);

    private static async Task<IResult> Warnings(HttpContext http, PartyDataset dataset, AuthorityRules authority, RuleBook rules, OversightCatalogs catalogs, DeadlineMonitor monitor, HostRegister register, KiemTraDbContext db, IClock clock, DateTimeZone zone, string id)
    {
        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        var (scope, problem) = Scope(http, dataset, register, id, errors);
        if (problem is not null)
        {
            return problem;
        }

        var today = clock.GetCurrentInstant().InZone(zone).Date;
        if (IndicatorEndpoints.Authorize(http, dataset, authority, actor!.Value, scope, today, errors) is { } denied)
        {
            return denied;
        }

        var snapshot = await register.CurrentAsync(db, http.RequestAborted);
        var (_, findings) = EarlyWarnings(dataset, rules, catalogs, monitor, snapshot, scope, today);
        return TypedResults.Ok(new WarningsResponse(scope.Value, Iso.Date(today), Iso.Date(TermStart), findings.Count,
            findings.Select(f => new WarningDto(f.Code, f.Severity.ToString(), f.SubjectId, f.Message, f.Rule?.ToString())).ToArray()));
    }

    /// <summary>
    /// The early warnings of an organisation's subtree as of <paramref name="today"/> (the rules and their findings), read
    /// from the register: the cases it conducted, recommendations addressed in it, decisions it took, denunciations it received.
    /// </summary>
    internal static (IReadOnlyList<IEarlyWarningRule> Rules, IReadOnlyList<Finding> Findings) EarlyWarnings(PartyDataset dataset, RuleBook rules, OversightCatalogs catalogs, DeadlineMonitor monitor, RegisterSnapshot snapshot, OrganizationId scope, LocalDate today)
    {
        var r = snapshot.Register;
        bool In(OrganizationId o) => dataset.Contains(o) && dataset.IsInSubtree(scope, o);
        var context = EarlyWarningContext.FromRegister(r, monitor, TermStart, dataset.ChildrenOf(scope, today).Select(o => o.Id)) with
        {
            Cases = [.. r.Cases.Where(c => In(c.ConductedBy))],
            Recommendations = [.. r.Recommendations.Where(x => In(x.Addressee))],
            Decisions = [.. r.Decisions.Where(d => In(d.DecidedBy))],
            Denunciations = [.. r.Denunciations.Where(d => d.Receipts.Any(x => In(x.ReceivedBy)))],
        };
        var engine = EarlyWarningEngine.Create(EarlyWarningEngine.BuiltInRules(
            DisciplineRules.FromRules(rules, today), catalogs,
            overdueEscalationDays: 60, denunciationThreshold: 3, denunciationWindow: Period.FromMonths(12), highRiskLookBack: Period.FromYears(2), coverageTarget: null));
        return (engine.Rules, [.. engine.Evaluate(context)]);
    }

    /// <summary>The work statistics of an organisation's subtree for a period, from the register (what <c>/statistics</c> returns and the report's tables show).</summary>
    internal static WorkStatistics StatisticsOf(RegisterSnapshot snapshot, OrganizationId scope, ReportingPeriod period, RuleBook rules, IndicatorCatalog catalog) =>
        WorkStatistics.Compute(snapshot.Data, scope, period, DisciplineRules.FromRules(rules, period.End), catalog);

    /// <summary>The organisation of the path, or the problem (400 for an invalid id or other field errors, 404 for an unknown one).</summary>
    internal static (OrganizationId Scope, IResult? Problem) Scope(HttpContext http, PartyDataset dataset, HostRegister register, string id, FieldErrors errors)
    {
        OrganizationId? scope = null;
        try
        {
            // The factory normalises to NFC and refuses ill-formed UTF-16 itself.
            scope = OrganizationId.From(id);
        }
        catch (ArgumentException ex)
        {
            errors.Add("id", id, $"Mã tổ chức không hợp lệ: {ex.Message}", $"Invalid organisation id: {ex.Message}");
        }

        if (errors.Any)
        {
            return (default, Problems.Validation(http, errors.All));
        }

        if (!dataset.Contains(scope!.Value) || register.Organizations.IndexOf(scope.Value) < 0)
        {
            return (default, Problems.NotFound(http, LocalizedText.Of($"Không có tổ chức '{id}' trong dữ liệu '{dataset.Name}'.", $"There is no organisation '{id}' in the dataset '{dataset.Name}'.")));
        }

        return (scope.Value, null);
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

        var (scope, problem) = Scope(http, dataset, register, id, errors);
        if (problem is not null)
        {
            return problem;
        }

        var today = clock.GetCurrentInstant().InZone(zone).Date;
        if (IndicatorEndpoints.Authorize(http, dataset, authority, actor!.Value, scope, today, errors) is { } denied)
        {
            return denied;
        }

        var snapshot = await register.CurrentAsync(db, http.RequestAborted);
        var reportPeriod = p ?? snapshot.DefaultPeriod;
        var statistics = StatisticsOf(snapshot, scope, reportPeriod, rules, catalog);
        var d = statistics.Discipline;
        var n = statistics.Denunciations;
        return TypedResults.Ok(new StatisticsResponse(
            scope.Value,
            reportPeriod.Code,
            Iso.Date(snapshot.AsOf),
            new PlanDto(statistics.PlanCompletion.Denominator, statistics.PlanCompletion.Numerator),
            statistics.Oversight,
            new DisciplineDto(d.Organizations, Forms(d.OrganizationsByForm), d.Members, Forms(d.MembersByForm), d.MembersWhoAreCommitteeMembers),
            statistics.AmountToRecoverVnd,
            statistics.AmountRecoveredVnd,
            statistics.PolicyRecommendations,
            statistics.PositiveFindings,
            new ComplaintFiguresDto(statistics.Complaints.Members, statistics.Complaints.Organizations, statistics.Complaints.ByOutcome.ToDictionary(x => x.Key.ToString(), x => x.Value, StringComparer.Ordinal)),
            new DenunciationFiguresDto(n.Received, n.Named, n.Anonymous, n.FalseName, n.RecordedAsInformation, n.Accepted, n.NotAccepted, n.Forwarded, n.MembersResolved, n.OrganizationsResolved,
                n.AllegationsByConclusion.ToDictionary(x => x.Key.ToString(), x => x.Value, StringComparer.Ordinal), n.MembersFoundInViolation, statistics.DenunciationsOverLevel, statistics.DenunciationsProlonged),
            statistics.AssigneeReports,
            statistics.AssigneeReportsOnTime,
            statistics.ImplementationPlansDue,
            statistics.ImplementationPlansOnTime,
            statistics.VettingOpinions,
            statistics.InformationByChannel.ToDictionary(x => x.Key.ToString(), x => x.Value, StringComparer.Ordinal),
            FollowUpFiguresDto.Of(statistics.FollowUp),
            snapshot.Notes.ToArray()));
    }

    private static IReadOnlyDictionary<string, int> Forms(IReadOnlyDictionary<DisciplineForm, int> counts) =>
        counts.ToDictionary(c => DisciplineRules.FormCode(c.Key), c => c.Value, StringComparer.Ordinal);
}
