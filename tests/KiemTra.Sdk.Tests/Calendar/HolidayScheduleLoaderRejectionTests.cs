using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Calendar;

namespace KiemTra.Sdk.Tests.Calendar;

/// <summary>R-W3: bad schedule data is rejected with an error naming the entry (path), the value and the problem.</summary>
public class HolidayScheduleLoaderRejectionTests
{
    private const string NewYear = """{"date":"2027-01-01","kind":"holiday","reason":{"vi":"Tết Dương lịch","en":"New Year"},"source":"S"}""";

    private static DataFormatException Reject(string json)
        => Assert.Throws<DataFormatException>(() => HolidayScheduleJson.Read(JsonDocuments.Stream(json), "bad.json"));

    [Fact]
    public void DuplicateDate_IsRejected_NamingSecondEntry()
    {
        // R-W3
        var ex = Reject(JsonDocuments.Schedule(2027, NewYear + "," + NewYear));
        Assert.Equal("/schedules/0/daysOff/1/date", ex.Path);
        Assert.Equal("2027-01-01", ex.Value);
        Assert.Contains("bad.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("duplicate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateBothOffAndMadeUp_IsRejected_AsOverlap()
    {
        // R-W3
        var ex = Reject(JsonDocuments.Schedule(2027, """{"date":"2027-01-02","kind":"weeklyRest","reason":{"vi":"a","en":"b"},"source":"S"}""", """{"date":"2027-01-02","reason":{"vi":"a","en":"b"},"source":"S"}"""));
        Assert.Equal("/schedules/0/makeUpWorkdays/0/date", ex.Path);
        Assert.Contains("already listed in daysOff", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MakeUpDayNotSaturday_IsRejected()
    {
        // R-W3
        var ex = Reject(JsonDocuments.Schedule(2027, NewYear, """{"date":"2027-01-10","reason":{"vi":"a","en":"b"},"source":"S"}"""));
        Assert.Equal("/schedules/0/makeUpWorkdays/0/date", ex.Path);
        Assert.Contains("must be a Saturday", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Sunday", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateOutsideYear_IsRejected()
    {
        // R-W3
        var ex = Reject(JsonDocuments.Schedule(2027, """{"date":"2028-01-01","kind":"holiday","reason":{"vi":"a","en":"b"},"source":"S"}"""));
        Assert.Equal("/schedules/0/daysOff/0/date", ex.Path);
        Assert.Equal("2028-01-01", ex.Value);
        Assert.Contains("outside year 2027", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateInPreviousYearBeyondLeadIn_IsRejected_WithinLeadIn_IsAccepted()
    {
        // R-W3: a New Year break may start up to 7 days before 1 January (2022-12-31 for 2023).
        var ex = Reject(JsonDocuments.Schedule(2027, """{"date":"2026-12-24","kind":"swapped","reason":{"vi":"a","en":"b"},"source":"S"}"""));
        Assert.Contains("2026-12-25", ex.Message, StringComparison.Ordinal);
        var ok = HolidayScheduleJson.Read(JsonDocuments.Stream(JsonDocuments.Schedule(2027, """{"date":"2026-12-31","kind":"swapped","reason":{"vi":"a","en":"b"},"source":"S"},""" + JsonDocuments.Statutory2027)), "ok.json");
        Assert.Equal([2027], ok.GetYears());
    }

    [Fact]
    public void UnknownField_IsRejected_NamingIt()
    {
        // R-W3
        var ex = Reject(JsonDocuments.Schedule(2027, """{"date":"2027-01-01","kind":"holiday","reason":{"vi":"a","en":"b"},"source":"S","note":"x"}"""));
        Assert.Equal("/schedules/0/daysOff/0/note", ex.Path);
        Assert.Contains("unknown field 'note'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCitation_IsRejected()
    {
        // R-W3: every entry cites its notice.
        var ex = Reject(JsonDocuments.Schedule(2027, """{"date":"2027-01-01","kind":"holiday","reason":{"vi":"a","en":"b"}}"""));
        Assert.Equal("/schedules/0/daysOff/0/source", ex.Path);
        Assert.Equal(string.Empty, ex.Value); // a missing field has no value
        Assert.Contains("missing required field 'source'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinedCitation_IsRejected()
    {
        // R-W3
        var ex = Reject(JsonDocuments.Schedule(2027, """{"date":"2027-01-01","kind":"holiday","reason":{"vi":"a","en":"b"},"source":"NOPE"}"""));
        Assert.Equal("/schedules/0/daysOff/0/source", ex.Path);
        Assert.Contains("'NOPE' is not defined", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompensatoryDayOnWeekend_IsRejected()
    {
        // R-W3
        var ex = Reject(JsonDocuments.Schedule(2027, """{"date":"2027-01-02","kind":"compensatory","reason":{"vi":"a","en":"b"},"source":"S"}"""));
        Assert.Equal("/schedules/0/daysOff/0/kind", ex.Path);
        Assert.Contains("must be a weekday", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadDateAndKindAndJson_AreRejected()
    {
        // R-W3
        Assert.Equal("/schedules/0/daysOff/0/date", Reject(JsonDocuments.Schedule(2027, """{"date":"2027-13-01","kind":"holiday","reason":{"vi":"a","en":"b"},"source":"S"}""")).Path);
        Assert.Equal("/schedules/0/daysOff/0/kind", Reject(JsonDocuments.Schedule(2027, """{"date":"2027-01-01","kind":"party","reason":{"vi":"a","en":"b"},"source":"S"}""")).Path);
        Assert.Equal("", Reject("{ not json").Path);
    }

    [Fact]
    public void TwoSchedulesForOneYear_AreRejected()
    {
        // R-W3
        var json = JsonDocuments.Schedule(2027, JsonDocuments.Statutory2027).Replace("]}]}", "]},{\"year\":2027,\"source\":\"S\",\"replacesStatutoryRules\":true,\"daysOff\":[]}]}", StringComparison.Ordinal);
        var ex = Reject(json);
        Assert.Equal("/schedules/1/year", ex.Path);
    }

    [Fact]
    public void Exception_IsAFormatException()
    {
        // R-W3: documented type derives from the closest BCL type.
        Assert.IsAssignableFrom<FormatException>(Reject("[]"));
    }

    [Fact]
    public void StatutoryRules_UnknownField_IsRejected()
    {
        // R-W2
        var json = """{"format":"kiemtra.statutory-holidays/1","version":"t","sources":{"S":{"instrument":"x","verified":true}},"weeklyRest":{"from":"2000-01-01","source":"S"},"compensation":[],"holidays":[{"id":"a","name":{"vi":"a","en":"a"},"rule":"fixed","month":2,"day":30,"from":"2000-01-01","source":"S"}]}""";
        var ex = Assert.Throws<DataFormatException>(() => StatutoryHolidayRulesJson.Read(JsonDocuments.Stream(json), "rules.json"));
        Assert.Equal("/holidays/0/day", ex.Path);
    }

    [Theory]
    [InlineData("\"rule\":\"lunar\",\"lunarMonth\":3,\"lunarDay\":10")]
    [InlineData("\"rule\":\"lunarNewYear\",\"days\":5")]
    public void StatutoryRules_AdjacentDayOnALunarOrTetEntry_IsRefused_NamingTheEntry(string rule)
    {
        // R-W3: an adjacent day belongs to a fixed-date holiday; on a lunar or Tết entry it would never be applied.
        var json = """{"format":"kiemtra.statutory-holidays/1","version":"t","sources":{"S":{"instrument":"x","verified":true}},"weeklyRest":{"from":"2000-01-01","source":"S"},"compensation":[],"holidays":[{"id":"hung-kings","name":{"vi":"a","en":"a"},""" + rule + ""","adjacentDay":true,"from":"2000-01-01","source":"S"}]}""";
        var ex = Assert.Throws<DataFormatException>(() => StatutoryHolidayRulesJson.Read(JsonDocuments.Stream(json), "rules.json"));
        Assert.Equal("/holidays/0/adjacentDay", ex.Path);
        Assert.Equal(ErrorCodes.DocumentRuleViolated, ex.Code);
        Assert.Contains("'hung-kings'", ex.Message, StringComparison.Ordinal);

        // "adjacentDay": false says nothing and stays accepted.
        var rules = StatutoryHolidayRulesJson.Read(JsonDocuments.Stream(json.Replace("\"adjacentDay\":true", "\"adjacentDay\":false", StringComparison.Ordinal)), "rules.json");
        Assert.False(Assert.Single(rules.Holidays).AdjacentDay);
    }

    [Fact]
    public void StatutoryRules_AMistypedRuleWithAnAdjacentDay_IsReportedAsTheUnknownRule()
    {
        // R-W3: the first thing wrong with "fixd" is its name, not the adjacent day it carries.
        var json = """{"format":"kiemtra.statutory-holidays/1","version":"t","sources":{"S":{"instrument":"x","verified":true}},"weeklyRest":{"from":"2000-01-01","source":"S"},"compensation":[],"holidays":[{"id":"national-day","name":{"vi":"a","en":"a"},"rule":"fixd","month":9,"day":2,"adjacentDay":true,"from":"2000-01-01","source":"S"}]}""";
        var ex = Assert.Throws<DataFormatException>(() => StatutoryHolidayRulesJson.Read(JsonDocuments.Stream(json), "rules.json"));
        Assert.Equal("/holidays/0/rule", ex.Path);
        Assert.Contains("unknown rule 'fixd'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASourceNamedByTheNoticesNumber_IsRead_AndASourceIdWithASpaceIsRefusedAtItsKey()
    {
        // R-W1: a schedule cites the Government Office's notice by its number and symbol ("CV-8726/VPCP").
        const string Rules = """{"format":"kiemtra.statutory-holidays/1","version":"t","sources":{"CV-8726/VPCP":{"instrument":"Công văn 8726/VPCP","verified":true}},"weeklyRest":{"from":"2000-01-01","source":"CV-8726/VPCP"},"compensation":[],"holidays":[{"id":"national-day","name":{"vi":"Quốc khánh","en":"National Day"},"rule":"fixed","month":9,"day":2,"from":"2000-01-01","source":"CV-8726/VPCP"}]}""";

        var rules = StatutoryHolidayRulesJson.Read(JsonDocuments.Stream(Rules), "rules.json");
        Assert.Equal(RuleSetId.From("CV-8726/VPCP"), rules.WeeklyRestSource.RuleSetId);

        var ex = Assert.Throws<DataFormatException>(() => StatutoryHolidayRulesJson.Read(JsonDocuments.Stream(Rules.Replace("CV-8726/VPCP", "CV 8726", StringComparison.Ordinal)), "rules.json"));
        Assert.StartsWith("/sources/CV 8726", ex.Path, StringComparison.Ordinal);
    }
}
