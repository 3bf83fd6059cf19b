using System.Globalization;
using KiemTra.Sdk;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.FluentValidation.FollowUp;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Http;

namespace KiemTra.WebHost.Endpoints;

/// <summary>
/// <c>POST /api/deadlines</c>: computes a deadline; nothing is stored (it is a calculation, not a write). The answer is
/// the SDK's <see cref="Deadline"/> in the JSON package's form (event date, rule, nominal end, due date, provisional flag,
/// every day skipped or rolled over, and the explanation, which cites the Civil Code's counting rule).
/// </summary>
internal static class DeadlineEndpoints
{
    private static readonly RuleCitation GivenThroughApi = RuleCitation.Of(RecordId<RuleSet>.From("API"), "Thời hạn nhập qua API / limit given through the API", null, verified: true);

    /// <summary>Maps the endpoint.</summary>
    public static void MapDeadlineEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/deadlines", Compute)
            .WithName("ComputeDeadline")
            .WithTags("Deadlines")
            .WithSummary("Tính hạn cuối / compute a due date (BLDS 2015, Điều 147–148)")
            .Accepts<DeadlineDraft>("application/json")
            .Produces<Deadline>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> Compute(HttpContext http, DeadlineCalculator calculator, FluentValidation.IValidator<DeadlineDraft> validator)
    {
        // The request model is the validation package's draft, read through the JSON package and checked by its validator.
        var (request, problem) = await JsonBody.ReadAsync<DeadlineDraft>(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        if (!validator.Check(http, request!, errors))
        {
            return Problems.Validation(http, errors.All);
        }

        var rule = request!.ToRule("api", GivenThroughApi);
        var eventDate = request.Event;
        Deadline deadline;
        try
        {
            deadline = calculator.Calculate(rule, eventDate!.Value);
        }
        catch (ArgumentOutOfRangeException)
        {
            var calendar = calculator.Calendar;
            errors.Add(
                "event",
                Iso.Date(request.Event),
                $"Ngày sự kiện hoặc hạn cuối nằm ngoài phạm vi lịch làm việc {Iso.Date(calendar.FirstDate)}…{Iso.Date(calendar.LastDate)}.",
                $"The event or the due date is outside the working calendar's range {Iso.Date(calendar.FirstDate)}…{Iso.Date(calendar.LastDate)}.");
            return Problems.Validation(http, errors.All);
        }

        return TypedResults.Ok(deadline);
    }
}
