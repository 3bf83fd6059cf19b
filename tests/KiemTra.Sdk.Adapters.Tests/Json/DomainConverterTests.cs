using System.Text;
using System.Text.Json;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Json;

public class DomainConverterTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForKiemTra();

    private static readonly DeadlineRule ThirtyWorkingDays = DeadlineRule.Create(
        "discipline-after-state-notice",
        RuleDurationUnit.WorkingDays,
        30,
        LocalizedText.Of("ngày nhận thông báo của cơ quan nhà nước", "receipt of the state body's notice"),
        RuleCitation.Of(RuleSetId.From("QD-22-2021"), "Quy định 22-QĐ/TW", "Điều 39", verified: true));

    private static T RoundTrip<T>(T value, out string json)
    {
        json = JsonSerializer.Serialize(value, Options);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(json, Options), Options));
        return JsonSerializer.Deserialize<T>(json, Options)!;
    }

    [Fact]
    public void Deadline_RoundTrips_WithTraceAndVietnameseTextInNfc()
    {
        // R-W4: a stored deadline keeps its explanation and every skipped day.
        var deadline = DeadlineCalculator.Default.Calculate(ThirtyWorkingDays, new LocalDate(2026, 2, 13));
        var back = RoundTrip(deadline, out var json);
        Assert.Equal(deadline.Due, back.Due);
        Assert.Equal(deadline.NominalEnd, back.NominalEnd);
        Assert.Equal(deadline.Rule, back.Rule);
        Assert.Equal(deadline.Explanation, back.Explanation);
        Assert.Equal(deadline.Skipped, back.Skipped);
        Assert.Contains(back.Skipped, d => d.Kind == DayKind.PublicHoliday);
        Assert.True(back.Explanation.Vietnamese.IsNormalized(NormalizationForm.FormC));
        Assert.Contains("\"unit\":\"WorkingDays\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Citation_WithEnglishTitle_RoundTrips_AndOmitsTheTitleWhenAbsent()
    {
        // R-R4: a source with a title in each language keeps both; a named instrument's JSON is unchanged.
        var typed = RuleCitation.Of(RuleSetId.From("CLI"), LocalizedText.Of("thời hạn nhập tại dòng lệnh", "the limit given on the command line"), null, verified: true);
        var back = RoundTrip(typed, out var json);
        Assert.Equal(typed, back);
        Assert.Equal("the limit given on the command line", back.Text.English);
        Assert.Contains("\"instrumentEn\":\"the limit given on the command line\"", json, StringComparison.Ordinal);
        RoundTrip(ThirtyWorkingDays.Citation, out var plain);
        Assert.DoesNotContain("instrumentEn", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void DayExplanation_RoundTrips()
    {
        var day = WorkingCalendar.Default.Explain(new LocalDate(2026, 2, 17));
        Assert.Equal(day, RoundTrip(day, out _));
    }

    [Fact]
    public void DayExplanation_OfAMakeUpSaturday_RoundTripsTheDayItReplaces()
    {
        // R-W3: Sat 10/1/2026 is worked for Fri 2/1/2026 (Công văn 12729/VPCP-KGVX).
        var day = WorkingCalendar.Default.Explain(new LocalDate(2026, 1, 10));
        Assert.Equal(day, RoundTrip(day, out var json));
        Assert.Contains("\"replaces\":\"2026-01-02\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownField_IsRejected_NamingItsPointerAndLine()
    {
        var json = JsonSerializer.Serialize(ThirtyWorkingDays, Options).Replace("\"count\":30", "\"count\":30,\n\"colour\":\"red\"", StringComparison.Ordinal);
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DeadlineRule>(json, Options));
        Assert.Contains("/colour (line 2)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown field 'colour'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredField_IsNamed_WithItsNestedPointer()
    {
        var json = JsonSerializer.Serialize(DeadlineCalculator.Default.Calculate(ThirtyWorkingDays, new LocalDate(2026, 2, 13)), Options)
            .Replace("\"ruleSetId\":\"QD-22-2021\",", string.Empty, StringComparison.Ordinal);
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Deadline>(json, Options));
        Assert.Contains("/rule/citation/ruleSetId", ex.Message, StringComparison.Ordinal);
        Assert.Contains("required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestedValue_ErrorCarriesTheOuterPath()
    {
        var json = """{"rules":[{"id":"x","unit":"Fortnights","count":1,"anchorEvent":{"vi":"a","en":"b"},"citation":{"ruleSetId":"R","instrument":"I","article":null,"verified":true}}]}""";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, DeadlineRule[]>>(json, Options));
        Assert.Equal("$.rules[0]", ex.Path);
        Assert.Contains("/unit", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Fortnights", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesGoThroughTheDomainFactories()
    {
        // A recorded deadline is restored through Deadline.Restore, which refuses a due date before the nominal end.
        var json = System.Text.RegularExpressions.Regex.Replace(
            JsonSerializer.Serialize(DeadlineCalculator.Default.Calculate(ThirtyWorkingDays, new LocalDate(2026, 2, 13)), Options), "\"due\":\"[0-9-]+\"", "\"due\":\"2026-02-14\"");
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Deadline>(json, Options));
        Assert.Contains("nominalEnd <= due", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(ex.InnerException);
    }

    [Fact]
    public void Enums_AreWrittenAsNames_AndNumbersAreRejected()
    {
        Assert.Equal("\"WorkingDays\"", JsonSerializer.Serialize(RuleDurationUnit.WorkingDays, Options));
        Assert.Equal(RuleDurationUnit.CalendarDays, JsonSerializer.Deserialize<RuleDurationUnit>("\"CalendarDays\"", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RuleDurationUnit>("1", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DayKind>("\"Holiday\"", Options));
    }

    [Fact]
    public void MalformedJson_FailsWithJsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Deadline>("""{"eventDate":"2026-02-13",""", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DeadlineRule>("""[1,2,3]""", Options));
    }

    [Fact]
    public void SourceGeneratedContext_RoundTripsADeadline_LikeTheOptions()
    {
        var deadline = DeadlineCalculator.Default.Calculate(ThirtyWorkingDays, new LocalDate(2026, 2, 13));
        var json = JsonSerializer.Serialize(deadline, KiemTraJsonContext.Default.Deadline);
        Assert.Equal(JsonSerializer.Serialize(deadline, Options), json);
        Assert.Equal(deadline.Due, JsonSerializer.Deserialize(json, KiemTraJsonContext.Default.Deadline)!.Due);
        Assert.Equal("\"WorkingDays\"", JsonSerializer.Serialize(RuleDurationUnit.WorkingDays, KiemTraJsonContext.Default.RuleDurationUnit));
    }
}
