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
        DeadlineUnit.WorkingDays,
        30,
        LocalizedText.Of("ngày nhận thông báo của cơ quan nhà nước", "receipt of the state body's notice"),
        RuleCitation.Of("QD-22-2021", "Quy định 22-QĐ/TW", "Điều 39", verified: true));

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
        var typed = RuleCitation.Of("CLI", LocalizedText.Of("thời hạn nhập tại dòng lệnh", "the limit given on the command line"), null, verified: true);
        var back = RoundTrip(typed, out var json);
        Assert.Equal(typed, back);
        Assert.Equal("the limit given on the command line", back.Text.English);
        Assert.Contains("\"instrumentEn\":\"the limit given on the command line\"", json, StringComparison.Ordinal);
        RoundTrip(ThirtyWorkingDays.Citation, out var plain);
        Assert.DoesNotContain("instrumentEn", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void DayExplanation_And_LunarDate_RoundTrip()
    {
        var day = WorkingCalendar.Default.Explain(new LocalDate(2026, 2, 17));
        Assert.Equal(day, RoundTrip(day, out _));
        var lunar = VietnameseLunarCalendar.Default.FromLocalDate(new LocalDate(2025, 8, 1));
        Assert.Equal(lunar, RoundTrip(lunar, out _));
    }

    [Fact]
    public void RuleSets_RoundTrip_InTheRuleSetFileFormat()
    {
        foreach (var set in RuleBook.BuiltIn.RuleSets)
        {
            var back = RoundTrip(set, out var json);
            Assert.Equal(set.Id, back.Id);
            Assert.Equal(set.Title, back.Title);
            Assert.Equal(set.Entries.Length, back.Entries.Length);
            for (var i = 0; i < set.Entries.Length; i++)
            {
                Assert.True(set.Entries[i] == back.Entries[i], $"{set.Id} {set.Entries[i]} != {back.Entries[i]}");
            }

            Assert.Equal(set.SupersededBy, back.SupersededBy);
            Assert.Equal(set.Amends, back.Amends);
            Assert.Equal(set.Id, RuleSetJson.Read(System.Text.Encoding.UTF8.GetBytes(json), "round-trip.json").Id); // a serialized set is a loadable document
        }
    }

    [Fact]
    public void LineageEvents_And_Posts_RoundTrip()
    {
        var org = OrganizationId.From("TN.X01");
        LineageEvent[] events =
        [
            LineageEvent.Renamed(org, new LocalDate(2025, 7, 1), "Đảng bộ xã Đồng Hỷ"),
            LineageEvent.MergedInto(org, new LocalDate(2025, 7, 1), OrganizationId.From("TN.X02")),
            LineageEvent.Dissolved(org, new LocalDate(2025, 7, 1)),
        ];
        foreach (var e in events)
        {
            Assert.Equal(e, RoundTrip(e, out _));
        }

        var post = new Post(MemberId.From("TN.M000001"), org, PostKind.CommissionChair, FullTime: true);
        Assert.Equal(post, RoundTrip(post, out _));
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
        // A make-up workday must be a Saturday (R-W3); 2026-01-04 is a Sunday.
        var json = """{"date":"2026-01-04","replaces":null,"reason":{"vi":"Làm bù","en":"Make-up"},"source":{"ruleSetId":"R","instrument":"I","article":null,"verified":true}}""";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MakeUpWorkday>(json, Options));
        Assert.Contains("Saturday", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(ex.InnerException);
    }

    [Fact]
    public void Enums_AreWrittenAsNames_AndNumbersAreRejected()
    {
        Assert.Equal("\"MetLate\"", JsonSerializer.Serialize(DeadlineStatus.MetLate, Options));
        Assert.Equal(DeadlineStatus.Overdue, JsonSerializer.Deserialize<DeadlineStatus>("\"Overdue\"", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DeadlineStatus>("3", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DayKind>("\"Holiday\"", Options));
    }

    [Fact]
    public void MalformedJson_FailsWithJsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DayExplanation>("""{"date":"2026-01-01",""", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LunarDate>("""[1,2,3]""", Options));
    }

    [Fact]
    public void SourceGeneratedContext_RoundTripsADeadline_LikeTheOptions()
    {
        var deadline = DeadlineCalculator.Default.Calculate(ThirtyWorkingDays, new LocalDate(2026, 2, 13));
        var json = JsonSerializer.Serialize(deadline, KiemTraJsonContext.Default.Deadline);
        Assert.Equal(JsonSerializer.Serialize(deadline, Options), json);
        Assert.Equal(deadline.Due, JsonSerializer.Deserialize(json, KiemTraJsonContext.Default.Deadline)!.Due);
        Assert.Equal("\"DueSoon\"", JsonSerializer.Serialize(DeadlineStatus.DueSoon, KiemTraJsonContext.Default.DeadlineStatus));
    }
}
