using System.Globalization;
using KiemTra.Sdk.Calendar;
using KiemTra.WebHost.Http;
using NodaTime;

namespace KiemTra.WebHost.Endpoints;

/// <summary>Response: a year's days off and make-up working days (<i>ngày nghỉ trong năm</i>).</summary>
/// <param name="Year">The year.</param>
/// <param name="ScheduleSource">The version of the holiday schedules the calendar was built from.</param>
/// <param name="Provisional">Whether any day rests on a schedule not yet announced.</param>
/// <param name="NonWorkingDays">Every day that is not a working day, in order, in the JSON package's form of a day's explanation.</param>
/// <param name="MakeUpWorkdays">Weekend days worked to make up for a swapped day off.</param>
internal sealed record CalendarYearResponse(int Year, string ScheduleSource, bool Provisional, IReadOnlyList<DayExplanation> NonWorkingDays, IReadOnlyList<DayExplanation> MakeUpWorkdays);

/// <summary><c>GET /api/calendar/{year}</c> and <c>GET /api/calendar/days/{date}</c>.</summary>
internal static class CalendarEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/calendar/{year}", Year)
            .WithName("CalendarYear")
            .WithTags("Calendar")
            .WithSummary("Ngày nghỉ trong năm / a year's non-working days")
            .Produces<CalendarYearResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/calendar/days/{date}", Day)
            .WithName("ExplainDay")
            .WithTags("Calendar")
            .WithSummary("Giải thích một ngày / explain a date")
            .Produces<DayExplanation>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Year(HttpContext http, string year, WorkingCalendar calendar)
    {
        var errors = new FieldErrors();
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < calendar.FirstDate.Year || y > calendar.LastDate.Year)
        {
            errors.Add("year", year, $"Năm phải là số từ {calendar.FirstDate.Year} đến {calendar.LastDate.Year}.", $"The year must be a number from {calendar.FirstDate.Year} to {calendar.LastDate.Year}.");
            return Problems.Validation(http, errors.All);
        }

        var days = new List<DayExplanation>();
        var makeUp = new List<DayExplanation>();
        var provisional = false;
        for (var d = new LocalDate(y, 1, 1); d.Year == y; d = d.PlusDays(1))
        {
            var day = calendar.Explain(d);
            provisional |= day.IsProvisional;
            if (!day.IsWorkingDay)
            {
                days.Add(day);
            }
            else if (day.Kind == DayKind.MakeUpWorkday)
            {
                makeUp.Add(day);
            }
        }

        return TypedResults.Ok(new CalendarYearResponse(y, calendar.SourceVersion, provisional, days, makeUp));
    }

    private static IResult Day(HttpContext http, string date, WorkingCalendar calendar)
    {
        var errors = new FieldErrors();
        var parsed = Parse.Date(errors, "date", date, required: true);
        if (parsed is { } d && (d < calendar.FirstDate || d > calendar.LastDate))
        {
            errors.Add("date", date, $"Ngày nằm ngoài phạm vi lịch {Iso.Date(calendar.FirstDate)}…{Iso.Date(calendar.LastDate)}.", $"The date is outside the calendar's range {Iso.Date(calendar.FirstDate)}…{Iso.Date(calendar.LastDate)}.");
        }

        return errors.Any ? Problems.Validation(http, errors.All) : TypedResults.Ok(calendar.Explain(parsed!.Value));
    }
}
