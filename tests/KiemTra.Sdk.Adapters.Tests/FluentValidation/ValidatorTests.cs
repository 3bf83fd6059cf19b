using KiemTra.Sdk.Diagnostics;
using FluentValidation;
using FluentValidation.Results;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.FluentValidation;
using KiemTra.Sdk.FluentValidation.Calendar;
using KiemTra.Sdk.FluentValidation.Rules;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Testing;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.FluentValidation;

public class ValidatorTests
{
    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private static string[] Codes(ValidationResult result) => result.Errors.Select(e => e.ErrorCode).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void HolidaySchedule_BuiltInYears_AreValid()
    {
        // R-W3: the shipped schedules pass the same checks a host's schedule must pass.
        var validator = new HolidayScheduleValidator();
        foreach (var year in IHolidayScheduleSource.BuiltIn.GetYears())
        {
            var result = validator.Validate(WorkingCalendar.Default.GetSchedule(year));
            Assert.True(result.IsValid, $"{year}: {string.Join("; ", result.Errors)}");
        }
    }

    [Fact]
    public void HolidaySchedule_MakeUpForAnUnlistedDay_AndNoNewYear_AreErrors_UnverifiedSourceAWarning()
    {
        var source = RuleCitation.Of(RuleSetId.From("HOST"), "Thông báo của tỉnh", null, verified: false);
        var schedule = HolidaySchedule.Create(
            2027,
            isProvisional: false,
            source,
            [DayExplanation.Create(new LocalDate(2027, 2, 8), DayKind.PublicHoliday, LocalizedText.Of("Tết", "Tet"), source, isProvisional: false)],
            [DayExplanation.Create(new LocalDate(2027, 1, 9), DayKind.MakeUpWorkday, LocalizedText.Of("Làm bù", "Make-up"), source, isProvisional: false, replaces: new LocalDate(2027, 1, 4))]);
        var result = new HolidayScheduleValidator().Validate(schedule);
        Assert.Equal(
            [ErrorCodes.ScheduleNoNewYear, ErrorCodes.ScheduleReplacedDayMissing, ErrorCodes.ScheduleSourceUnverified],
            Codes(result));
        Assert.Equal(Severity.Warning, result.Errors.Single(e => e.ErrorCode == ErrorCodes.ScheduleSourceUnverified).Severity);
    }

    [Fact]
    public void RuleSet_UnverifiedEntries_AreWarnings_NamingTheKey()
    {
        var set = RuleSet.Create(
            RuleSetId.From("HOST-1"),
            "01-QĐ/TU",
            LocalizedText.Of("Quy định của tỉnh", "Province rule"),
            "Tỉnh ủy",
            new LocalDate(2026, 1, 2),
            new LocalDate(2026, 2, 1),
            verified: true,
            "unit test",
            [
                RuleEntry.Create("host.a", RuleValue.OfInteger(3), "Điều 1", verified: true),
                RuleEntry.Create("host.b", RuleValue.OfInteger(4), null, verified: false),
                RuleEntry.Create("host.c", RuleValue.OfInteger(5), null, verified: true),
            ]);
        var result = new RuleSetValidator().Validate(set);
        Assert.True(result.Errors.All(e => e.Severity == Severity.Warning));
        Assert.Equal([ErrorCodes.RuleSetEntryNoArticle, ErrorCodes.RuleSetEntryUnverified], Codes(result));
        Assert.Contains("host.b", result.Errors.Single(e => e.ErrorCode == ErrorCodes.RuleSetEntryUnverified).ErrorMessage, StringComparison.Ordinal);
    }
}
