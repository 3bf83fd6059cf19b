using FluentValidation;
using KiemTra.Sdk.Calendar;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;

namespace KiemTra.Sdk.FluentValidation.Calendar;

/// <summary>
/// Checks a host's <see cref="HolidaySchedule"/> beyond what its factory guarantees (<i>kiểm tra lịch nghỉ</i>): every
/// make-up Saturday that names the day it replaces points at a swapped day off of the same schedule (error); 1 January is
/// a public holiday (error); an official schedule cites a verified source (warning).
/// </summary>
public sealed class HolidayScheduleValidator : AbstractValidator<HolidaySchedule>
{
    /// <summary>Creates the validator.</summary>
    public HolidayScheduleValidator()
    {
        RuleForEach(x => x.MakeUpWorkdays)
            .Must((schedule, day) => day.Replaces is not { } replaced || schedule.DaysOff.Any(d => d.Date == replaced && d.Kind == DayKind.SwappedDayOff))
            .WithErrorCode(ErrorCodes.ScheduleReplacedDayMissing)
            .WithMessage((schedule, day) => KiemTraValidationMessages.Format(
                ErrorCodes.ScheduleReplacedDayMissing,
                System.Globalization.CultureInfo.CurrentUICulture,
                Args(("Date", Iso(day.Date)), ("Replaces", day.Replaces is { } r ? Iso(r) : string.Empty), ("Year", schedule.Year))));
        RuleFor(x => x.DaysOff)
            .Must((schedule, days) => days.Any(d => d.Date == new LocalDate(schedule.Year, 1, 1) && d.Kind == DayKind.PublicHoliday))
            .WithKiemTraMessage(ErrorCodes.ScheduleNoNewYear, (schedule, _) => Args(("Year", schedule.Year)));
        RuleFor(x => x.Source)
            .Must(source => source.Verified)
            .When(x => !x.IsProvisional)
            .WithSeverity(Severity.Warning)
            .WithKiemTraMessage(ErrorCodes.ScheduleSourceUnverified, (schedule, source) => Args(("Year", schedule.Year), ("Source", source.ToString())));
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
