using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Hosting;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using NodaTime;
using KiemTra.Sdk.Inspection;

namespace KiemTra.WebHost.Endpoints;

/// <summary>One indicator of the catalogue (<i>chỉ tiêu</i>), the shape of <c>kiemtra indicators --json</c>.</summary>
/// <param name="Code">Code.</param>
/// <param name="Text">The indicator's wording.</param>
/// <param name="Comparator">Target comparator (<c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>, <c>&gt;</c>, <c>&lt;</c>).</param>
/// <param name="Target">Target value (percent targets as fractions: 1.0 = 100%).</param>
/// <param name="Unit">percent, count or boolean.</param>
/// <param name="Measure">The measure that counts it.</param>
/// <param name="Numerator">What is counted above the line.</param>
/// <param name="Denominator">What is counted below the line.</param>
/// <param name="PeriodKind">year, term or custom.</param>
/// <param name="ValidFrom">First year it applies.</param>
/// <param name="ValidTo">Last year it applies.</param>
/// <param name="Source">The citation (instrument and article).</param>
/// <param name="RuleSet">The id of the rule set the indicator comes from (e.g. <c>CTHD-KL34-QN-2022</c>).</param>
/// <param name="Verified">False when the target or its reading as a count is an inference, not the source's words.</param>
internal sealed record IndicatorDto(string Code, LocalizedText Text, string Comparator, decimal Target, string Unit, string Measure, LocalizedText Numerator, LocalizedText Denominator, string PeriodKind, int ValidFrom, int ValidTo, string Source, string RuleSet, bool Verified);

/// <summary>Response: the indicator catalogue the host evaluates (built-in plus the host's catalogues).</summary>
/// <param name="Count">Number of indicators.</param>
/// <param name="Items">The indicators, in catalogue order.</param>
internal sealed record IndicatorCatalogResponse(int Count, IReadOnlyList<IndicatorDto> Items);

/// <summary>
/// <c>GET /api/indicators</c> (the catalogue) and <c>GET /api/organizations/{id}/indicators?period=&amp;code=</c>
/// (evaluation, R-T6): every indicator of the catalogue (or the one named by <c>code</c>) for the organisation's subtree
/// and a period, as the CLI's JSON report (<c>kiemtra report --format json</c>; docs/reports.md): status, numerator,
/// denominator, value, target, the units that miss with the records behind their counts, the reason in Vietnamese and
/// English, the citation and the verified flag, plus the ratings gated by the indicators and the coverage breakdown.
/// The data is the register the database holds (<see cref="HostRegister"/>): a case advanced, a programme issued or a
/// recommendation completed through this API changes the next report.
/// </summary>
/// <remarks>
/// The evaluation reads an organisation's results, so it is authority-checked for the acting body
/// (<see cref="ActorHeaders"/>): a body of the organisation itself may read its own results; any other body must have
/// jurisdiction to supervise the organisation (<see cref="AuthorityRules"/>, <see cref="ActivityKind.RegularSupervision"/>)
/// on the day of the request, otherwise 403 citing the rules.
/// </remarks>
internal static class IndicatorEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapIndicatorEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/indicators", Catalog).WithTags("Indicators").WithName("ListIndicators")
            .WithSummary("Danh mục chỉ tiêu / the indicator catalogue")
            .Produces<IndicatorCatalogResponse>();
        app.MapGet("/api/organizations/{id}/indicators", Evaluate).WithTags("Indicators").WithName("EvaluateIndicators")
            .WithSummary("Đánh giá chỉ tiêu của một tổ chức / evaluate the indicators of an organisation's subtree for a period")
            .WithDescription("Query: period (2025, 2025Q3, 2025H1, term:2025-2030, midterm:2025-2030, final:2025-2030; default the latest complete year of the data), code (one indicator; default all). Headers X-Acting-Organization and X-Acting-Body are required. The body is the JSON report of docs/reports.md.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Catalog(IndicatorCatalog catalog) =>
        TypedResults.Ok(new IndicatorCatalogResponse(catalog.Indicators.Length, catalog.Indicators.Select(i => new IndicatorDto(
            i.Code,
            i.Text,
            IndicatorTarget.Symbol(i.Target.Comparator),
            i.Target.Value,
            i.Target.Unit.ToString().ToLowerInvariant(),
            i.Measure,
            i.Numerator,
            i.Denominator,
            i.PeriodKind.ToString().ToLowerInvariant(),
            i.ValidFromYear,
            i.ValidToYear,
            i.Source.ToString(),
            i.Source.RuleSetId.Value,
            i.Verified)).ToArray()));

    private static async Task<IResult> Evaluate(HttpContext http, PartyDataset dataset, AuthorityRules authority, IndicatorCatalog catalog, IndicatorMeasureSet evaluator, HostRegister register, KiemTraDbContext db, IClock clock, DateTimeZone zone, string id, string? period, string? code)
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

        IndicatorDefinition? single = null;
        if (code is not null && !catalog.TryGet(code, out single))
        {
            errors.Add("code", code, $"Không có chỉ tiêu mã '{code}' (GET /api/indicators liệt kê các mã).", $"There is no indicator '{code}' (GET /api/indicators lists the codes).");
        }

        OrganizationId scope = default;
        var scopeValid = false;
        try
        {
            // The factory normalises to NFC and refuses ill-formed UTF-16 itself.
            scope = OrganizationId.From(id);
            scopeValid = true;
        }
        catch (ArgumentException ex)
        {
            errors.Add("id", id, $"Mã tổ chức không hợp lệ: {ex.Message}", $"Invalid organisation id: {ex.Message}");
        }

        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        if (!scopeValid || !dataset.Contains(scope) || register.Organizations.IndexOf(scope) < 0)
        {
            return Problems.NotFound(http, LocalizedText.Of(
                $"Không có tổ chức '{id}' trong dữ liệu '{dataset.Name}'.",
                $"There is no organisation '{id}' in the dataset '{dataset.Name}'."));
        }

        var today = clock.GetCurrentInstant().InZone(zone).Date;
        if (Authorize(http, dataset, authority, actor!.Value, scope, today, errors) is { } denied)
        {
            return denied;
        }

        // The register as the database holds it now (rebuilt only when a write changed it).
        var activity = await register.CurrentAsync(db, http.RequestAborted);
        var reportPeriod = p ?? activity.DefaultPeriod;
        IndicatorReport report;
        if (single is null)
        {
            report = IndicatorReport.Build(catalog, activity.Data, scope, reportPeriod, today, evaluator, notes: activity.Notes);
        }
        else
        {
            // One indicator: its result and drill-down; ratings need the whole catalogue, so none are given.
            var result = evaluator.Evaluate(single, activity.Data, scope, reportPeriod);
            var coverage = single.Measure == "subordinates-covered" ? evaluator.Breakdown(single, activity.Data, scope, reportPeriod) : [];
            report = IndicatorReport.From(new CatalogEvaluation(result.Scope, result.ScopeName, result.Period, activity.Data.AsOf, [result], []), today, coverage, notes: activity.Notes);
        }

        http.Response.Headers.ContentLanguage = "vi, en";
        return TypedResults.Text(JsonReportWriter.Write(report), "application/json", System.Text.Encoding.UTF8);
    }

    /// <summary>A body of the organisation reads its own results; another body needs jurisdiction to supervise it.</summary>
    internal static IResult? Authorize(HttpContext http, PartyDataset dataset, AuthorityRules authority, ActingBody actor, OrganizationId scope, LocalDate today, FieldErrors errors)
    {
        if (actor.Organization == scope)
        {
            if (dataset.BodiesOf(scope).Any(b => b.Kind == actor.Body))
            {
                return null;
            }

            return Problems.Forbidden(http, LocalizedText.Of(
                $"{scope} không có {actor.Body}: không thể nhân danh chủ thể này.",
                $"{scope} has no {actor.Body}: nobody can act as that body."));
        }

        Ruling decision;
        try
        {
            decision = authority.Decide(actor, ActivityKind.RegularSupervision, OversightSubject.Of(scope), today);
        }
        catch (RuleNotFoundException ex)
        {
            errors.Add("X-Acting-Body", actor.Body.ToString(), $"Không có quy định thẩm quyền có hiệu lực vào ngày {Iso.Date(today)}: {ex.Message}", $"No authority rule was in force on {Iso.Date(today)}: {ex.Message}");
            return Problems.Validation(http, errors.All);
        }

        return decision.Holds ? null : Problems.Forbidden(http, decision, actor, ActivityKind.RegularSupervision, OversightSubject.Of(scope), today);
    }
}
