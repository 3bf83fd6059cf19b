using KiemTra.Sdk.Authority;
using KiemTra.Sdk;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.FluentValidation.FollowUp;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Cases;
using KiemTra.WebHost.Hosting;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace KiemTra.WebHost.Endpoints;

/// <summary>Response: a recommendation and where it stands.</summary>
/// <param name="CaseId">The case whose conclusion made it (this host's link; the SDK's recommendation does not hold it).</param>
/// <param name="Recommendation">
/// The SDK's recommendation written by the JSON package: id, source, conclusion notice, addressee, content, its
/// <c>deadline</c> (from the date of issue, with the due date the SDK's calculator gives) and <c>completedOn</c>.
/// </param>
internal sealed record RecommendationResponse(string CaseId, Recommendation Recommendation);

/// <summary>
/// <c>POST /api/cases/{id}/recommendations</c> (a recommendation of a concluded case), <c>GET /api/recommendations/{id}</c>
/// and <c>POST /api/recommendations/{id}/completion</c> (it was carried out). The follow-up indicators and the chase list
/// read these through the register. Only the body that conducted the case records them (403 otherwise).
/// </summary>
internal static class RecommendationEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapRecommendationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cases/{id}/recommendations", Create).WithTags("Recommendations").WithName("RecordRecommendation")
            .WithSummary("Ghi nhận kiến nghị của kết luận / record a recommendation of a case's conclusion")
            .Accepts<RecommendationDraft>("application/json")
            .Produces<RecommendationResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/recommendations/{id}", Show).WithTags("Recommendations").WithName("ShowRecommendation")
            .WithSummary("Một kiến nghị / one recommendation").Produces<RecommendationResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/recommendations/{id}/completion", Complete).WithTags("Recommendations").WithName("CompleteRecommendation")
            .WithSummary("Ghi nhận đã thực hiện kiến nghị / record that a recommendation was carried out")
            .Accepts<CompletionDraft>("application/json")
            .Produces<RecommendationResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> Create(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, OversightCatalogs catalogs, DeadlineCalculator calculator, IClock clock, HostRegister register,
        FluentValidation.IValidator<RecommendationDraft> validator, string id)
    {
        // The request model is the validation package's draft, read through the JSON package and checked by its validator.
        var (request, problem) = await JsonBody.ReadAsync<RecommendationDraft>(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (!validator.Check(http, request!, errors))
        {
            return Problems.Validation(http, errors.All);
        }

        // What only this host checks: the addressee in its dataset, the date within the register's years.
        var recommendationId = RecordId<Recommendation>.From(request!.Id!);
        var addressee = Parse.Organization(errors, "addressee", request.Addressee, dataset, required: true);
        var content = request.Content!;
        var sourceReference = request.SourceReference!;
        var issuedOn = request.IssuedOn;
        Parse.RegisterDate(errors, "issuedOn", issuedOn);
        var unit = request.TimeLimit!.UnitKind();
        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var (record, origins) = await CaseEndpoints.LoadWithOrigins(db, id, http.RequestAborted);
        if (record is null || !http.RequestServices.GetRequiredService<KiemTra.WebHost.Security.Jurisdiction>().Sees(actor!.Value, record))
        {
            return CaseNotFound(http, id);
        }

        var oversight = CaseReplay.Rebuild(record, origins, dataset, authority, catalogs);
        if (actor!.Value.Organization != oversight.ConductedBy || actor.Value.Body != oversight.Body)
        {
            return Problems.Forbidden(http, LocalizedText.Of(
                $"Chỉ {oversight.Body} của {oversight.ConductedBy} (chủ thể tiến hành hồ sơ {oversight.Id}) ghi nhận kiến nghị của kết luận; {actor.Value.Body} của {actor.Value.Organization} không phải chủ thể đó.",
                $"Only the {oversight.Body} of {oversight.ConductedBy} (which conducted case {oversight.Id}) records the recommendations of its conclusion; the {actor.Value.Body} of {actor.Value.Organization} is not that body."));
        }

        var concluded = oversight.History.FirstOrDefault(e => e.Step == CaseStep.HoldConclusionMeeting);
        if (concluded is null)
        {
            return Problems.Conflict(http, LocalizedText.Of(
                $"Hồ sơ {oversight.Id} đang ở trạng thái {oversight.State}, chưa có kết luận: chưa thể ghi nhận kiến nghị.",
                $"Case {oversight.Id} is in state {oversight.State} and has not concluded: it has no recommendations yet."),
                new Dictionary<string, object?> { ["state"] = oversight.State.ToString() });
        }

        if (issuedOn!.Value < concluded.On)
        {
            errors.Add("issuedOn", Iso.Date(request.IssuedOn), $"Kết luận được ban hành không trước cuộc họp kết luận ngày {Iso.Date(concluded.On)}.", $"The conclusion is issued no earlier than the concluding meeting on {Iso.Date(concluded.On)}.");
            return Problems.Validation(http, errors.All);
        }

        var source = OversightCase.IsSupervision(oversight.Activity) ? RecommendationSource.PartySupervision : RecommendationSource.PartyInspection;
        Recommendation recommendation;
        try
        {
            recommendation = Recommendation.Create(recommendationId, source, sourceReference!, addressee!.Value, content!, issuedOn.Value,
                RegisterFacts.TimeLimit(sourceReference, unit!.Value, request.TimeLimit!.Count!.Value), calculator);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // A due date outside the years the working calendar covers, or a text the SDK refuses.
            errors.Add("issuedOn", Iso.Date(request.IssuedOn), $"Không ghi nhận được kiến nghị: {ex.Message}", $"The recommendation cannot be recorded: {ex.Message}");
            return Problems.Validation(http, errors.All);
        }

        var storedId = recommendation.Id.Value;
        if (register.Seed.Register.Recommendations.Any(r => r.Id == recommendation.Id) || await db.Recommendations.AnyAsync(r => r.Id == storedId, http.RequestAborted))
        {
            return Conflict(http, storedId);
        }

        var row = new RecommendationRecord
        {
            Id = storedId,
            CaseId = oversight.Id.Value,
            Source = source.ToString(),
            SourceReference = sourceReference,
            Addressee = addressee.Value.Value,
            Content = content,
            IssuedOn = issuedOn.Value.ToDateOnly(),
            LimitUnit = unit.Value.ToString(),
            LimitCount = request.TimeLimit.Count.Value,
            RecordedAt = clock.GetCurrentInstant().ToDateTimeOffset(),
        };
        db.Recommendations.Add(row);
        if (await register.SaveAsync(db, http, () => Conflict(http, storedId)) is { } refused)
        {
            return refused;
        }

        return TypedResults.Created($"/api/recommendations/{Uri.EscapeDataString(row.Id)}", ToResponse(row, recommendation));
    }

    private static async Task<IResult> Show(HttpContext http, KiemTraDbContext db, DeadlineCalculator calculator, PartyDataset dataset, KiemTra.WebHost.Security.Jurisdiction jurisdiction, string id)
    {
        var errors = new FieldErrors();
        if (ActorHeaders.Read(http.Request, errors, dataset) is not { } actor)
        {
            return Problems.Validation(http, errors.All);
        }

        var row = await Load(db, id, http.RequestAborted);
        var caseRecord = row is null ? null : await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == row.CaseId, http.RequestAborted);
        return row is null || caseRecord is null || !jurisdiction.Sees(actor, caseRecord) ? NotFound(http, id) : TypedResults.Ok(ToResponse(row, RegisterFacts.Recommendation(row, calculator)));
    }

    private static async Task<IResult> Complete(HttpContext http, KiemTraDbContext db, PartyDataset dataset, DeadlineCalculator calculator, IClock clock, HostRegister register,
        FluentValidation.IValidator<CompletionDraft> validator, string id)
    {
        var (request, problem) = await JsonBody.ReadAsync<CompletionDraft>(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (validator.Check(http, request!, errors))
        {
            Parse.RegisterDate(errors, "on", request!.On);
        }

        var on = request!.On;
        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var row = await Load(db, id, http.RequestAborted);
        if (row is null)
        {
            return NotFound(http, id);
        }

        var conducting = await db.Cases.AsNoTracking().Where(c => c.Id == row.CaseId).Select(c => new { c.ConductedBy, c.Body }).FirstAsync(http.RequestAborted);
        if (actor!.Value.Organization.Value != conducting.ConductedBy || actor.Value.Body.ToString() != conducting.Body)
        {
            return Problems.Forbidden(http, LocalizedText.Of(
                $"Chỉ {conducting.Body} của {conducting.ConductedBy} (chủ thể theo dõi kết luận của hồ sơ {row.CaseId}) ghi nhận việc thực hiện kiến nghị; {actor.Value.Body} của {actor.Value.Organization} không phải chủ thể đó.",
                $"Only the {conducting.Body} of {conducting.ConductedBy} (which follows up the conclusion of case {row.CaseId}) records that a recommendation was carried out; the {actor.Value.Body} of {actor.Value.Organization} is not that body."));
        }

        var recommendation = RegisterFacts.Recommendation(row, calculator);
        if (recommendation.CompletedOn is { } done)
        {
            return Problems.Conflict(http, LocalizedText.Of(
                $"Kiến nghị {row.Id} đã được ghi nhận hoàn thành ngày {Iso.Date(done)}.",
                $"Recommendation {row.Id} was already recorded as carried out on {Iso.Date(done)}."));
        }

        try
        {
            recommendation = recommendation.Complete(on!.Value);
        }
        catch (ArgumentException ex)
        {
            errors.Add("on", Iso.Date(request.On), $"Không ghi nhận được: {ex.Message}", $"Cannot be recorded: {ex.Message}");
            return Problems.Validation(http, errors.All);
        }

        row.CompletedOn = on.Value.ToDateOnly();
        row.CompletionRecordedAt = clock.GetCurrentInstant().ToDateTimeOffset();
        if (await register.SaveAsync(db, http, LocalizedText.Of($"Kiến nghị {row.Id} vừa được cập nhật; hãy tải lại.", $"Recommendation {row.Id} was just updated; reload it.")) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(ToResponse(row, recommendation));
    }

    private static Task<RecommendationRecord?> Load(KiemTraDbContext db, string id, CancellationToken cancellationToken)
    {
        // An id the SDK's rule refuses names no recommendation; the rule also brings the id to NFC.
        if (!RecordId<Recommendation>.TryFrom(id, out var recommendationId))
        {
            return Task.FromResult<RecommendationRecord?>(null);
        }

        var normalized = recommendationId.Value;
        return db.Recommendations.FirstOrDefaultAsync(r => r.Id == normalized, cancellationToken);
    }

    private static RecommendationResponse ToResponse(RecommendationRecord row, Recommendation r) => new(row.CaseId, r);

    private static IResult CaseNotFound(HttpContext http, string id) =>
        Problems.NotFound(http, LocalizedText.Of($"Không có hồ sơ mã '{id}'.", $"There is no case with the id '{id}'."));

    private static IResult NotFound(HttpContext http, string id) =>
        Problems.NotFound(http, LocalizedText.Of($"Không có kiến nghị mã '{id}'.", $"There is no recommendation with the id '{id}'."));

    private static IResult Conflict(HttpContext http, string id) =>
        Problems.Conflict(http, LocalizedText.Of($"Đã có kiến nghị mã '{id}'.", $"A recommendation with the id '{id}' already exists."));
}
