using System.Globalization;
using KiemTra.Sdk;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.FluentValidation.FollowUp;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Http;

namespace KiemTra.WebHost.Endpoints;

/// <summary>Response: the due date and its trace.</summary>
/// <param name="Event">The event's date.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Count">The limit.</param>
/// <param name="NominalEnd">The last day before rolling forward over non-working days.</param>
/// <param name="Due">The due date: the limit ends at the end of this day.</param>
/// <param name="Provisional">Whether a day on the way rests on a schedule not yet announced.</param>
/// <param name="Explanation">How the date was reached.</param>
/// <param name="CountingRule">The counting rule (Civil Code 2015 Art. 147–148).</param>
/// <param name="Trace">Every non-working day passed over (working days) or rolled over (calendar days, months).</param>
internal sealed record DeadlineResponse(string Event, string Unit, int Count, string NominalEnd, string Due, bool Provisional, TextDto Explanation, string CountingRule, IReadOnlyList<DayDto> Trace);

/// <summary><c>POST /api/deadlines</c>: computes a deadline; nothing is stored (it is a calculation, not a write).</summary>
internal static class DeadlineEndpoints
{
    private static readonly RuleCitation GivenThroughApi = RuleCitation.Of("API", "Thời hạn nhập qua API / limit given through the API", null, verified: true);

    /// <summary>Maps the endpoint.</summary>
    public static void MapDeadlineEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/deadlines", Compute)
            .WithName("ComputeDeadline")
            .WithTags("Deadlines")
            .WithSummary("Tính hạn cuối / compute a due date (BLDS 2015, Điều 147–148)")
            .Accepts<DeadlineDraft>("application/json")
            .Produces<DeadlineResponse>()
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

        return TypedResults.Ok(new DeadlineResponse(
            Iso.Date(deadline.EventDate),
            deadline.Rule.Unit.ToString(),
            deadline.Rule.Count,
            Iso.Date(deadline.NominalEnd),
            Iso.Date(deadline.Due),
            deadline.IsProvisional,
            TextDto.Of(deadline.Explanation),
            Deadline.CountingRule.ToString(),
            deadline.Skipped.Select(DayDto.Of).ToArray()));
    }
}
