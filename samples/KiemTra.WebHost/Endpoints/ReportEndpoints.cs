using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Reporting.Documents;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Hosting;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using NodaTime;

namespace KiemTra.WebHost.Endpoints;

/// <summary>
/// <c>GET /api/organizations/{id}/report?period=&amp;format=</c> (<i>báo cáo công tác kiểm tra, giám sát</i>, R-R2, R-R4):
/// the report of an organisation's subtree for a period as a file — <c>docx</c> (the party's document format),
/// <c>xlsx</c> (the statistical tables), <c>html</c>, <c>json</c> or <c>csv</c> (the indicator report) — written by the
/// Reporting package's <see cref="ReportFiles"/>, the same bytes <c>kiemtra report --format</c> writes. It is built from
/// the register the database holds (<see cref="HostRegister"/>): the indicators, the statistics of
/// <c>/statistics</c> and the early warnings of <c>/warnings</c>, so a case advanced through the API changes the next report.
/// </summary>
/// <remarks>
/// Read access is checked as for <c>/indicators</c> (<see cref="IndicatorEndpoints.Authorize"/>). The document's header is
/// that of the provincial inspection commission of the dataset's province (<c>KiemTra:ReportProvince</c>, by default the
/// root organisation's name without "Đảng bộ tỉnh").
/// </remarks>
internal static class ReportEndpoints
{
    /// <summary>The configuration key naming the province in the document's header.</summary>
    public const string ProvinceKey = "KiemTra:ReportProvince";

    /// <summary>The format when the query names none.</summary>
    public const string DefaultFormat = "json";

    /// <summary>Maps the endpoint.</summary>
    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/organizations/{id}/report", Report).WithTags("Indicators").WithName("WorkReport")
            .WithSummary("Báo cáo công tác kiểm tra, giám sát, kỷ luật / the work report of an organisation's subtree for a period (docx, xlsx, html, json, csv)")
            .WithDescription("Query: period (2025, 2025Q3, 2025H1, term:2025-2030, midterm:2025-2030, final:2025-2030; default the latest complete year of the data), format (docx, xlsx, html, json or csv; default json). The file is sent with its content type and a Content-Disposition file name.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: DocxReportWriter.ContentType)
            .Produces(StatusCodes.Status200OK, contentType: XlsxReportWriter.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Report(HttpContext http, PartyDataset dataset, AuthorityRules authority, IndicatorCatalog catalog, IndicatorMeasureSet evaluator, RuleBook rules,
        OversightCatalogs catalogs, DeadlineMonitor monitor, HostRegister register, KiemTraDbContext db, IConfiguration configuration, IClock clock, DateTimeZone zone, string id, string? period, string? format)
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

        var f = format ?? DefaultFormat;
        if (!ReportFiles.IsFormat(f))
        {
            var formats = string.Join(", ", ReportFiles.Formats);
            errors.Add("format", format, $"'{FieldErrors.Echo(f)}' không phải định dạng báo cáo; dùng đúng một trong: {formats}.", $"'{FieldErrors.Echo(f)}' is not a report format; give exactly one of: {formats}.");
        }

        var (scope, problem) = StatisticsEndpoints.Scope(http, dataset, register, id, errors);
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
        var statistics = StatisticsEndpoints.StatisticsOf(snapshot, scope, reportPeriod, rules, catalog);
        var indicators = IndicatorReport.Build(catalog, snapshot.Data, scope, reportPeriod, today, evaluator, discipline: DisciplineTally.From(statistics.Discipline), notes: snapshot.Notes);
        var (warningRules, findings) = StatisticsEndpoints.EarlyWarnings(dataset, rules, catalogs, monitor, snapshot, scope, today);
        var report = WorkReport.Create(indicators, statistics, WarningTally.From(warningRules, findings));
        var bytes = ReportFiles.Write(report, Header(dataset, configuration), f);

        http.Response.Headers.ContentLanguage = "vi, en";
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(bytes, ReportFiles.ContentType(f), ReportFiles.FileName(indicators, f));
    }

    /// <summary>The header of the provincial inspection commission's report for the host's dataset.</summary>
    internal static PartyDocumentHeader Header(PartyDataset dataset, IConfiguration configuration)
    {
        var province = configuration[ProvinceKey];
        if (string.IsNullOrWhiteSpace(province))
        {
            const string prefix = "Đảng bộ tỉnh ";
            var root = dataset.Roots.First().Name;
            province = root.StartsWith(prefix, StringComparison.Ordinal) ? root[prefix.Length..] : root;
        }

        return PartyDocumentHeader.ProvincialInspectionCommission(province);
    }
}
