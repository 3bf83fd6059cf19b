using System.Net;
using KiemTra.WebHost.Tests.Infrastructure;

namespace KiemTra.WebHost.Tests;

/// <summary>Endpoints that do not write (deadlines, calendar, organisations, OpenAPI) and request-level problems, over SQLite.</summary>
public sealed class ApiTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private HttpClient Client { get; } = host.Factory.CreateClient();

    [Fact]
    public async Task Deadline_ThirtyWorkingDaysFrom13Feb2026_SkipsTetAndIsDue3April()
    {
        // R-W4: working days skip weekends and the Tết holiday; the trace lists every skipped day with its reason.
        var reply = await Api.SendAsync(Client, HttpMethod.Post, "/api/deadlines", """{"event":"2026-02-13","unit":"WorkingDays","count":30}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("2026-04-03", reply.Str("due"));
        Assert.Equal("2026-02-13", reply.Str("eventDate"));
        Assert.Equal("WorkingDays", reply.Json.GetProperty("rule").GetProperty("unit").GetString());
        Assert.Equal(30, reply.Json.GetProperty("rule").GetProperty("count").GetInt32());
        Assert.False(reply.Json.GetProperty("isProvisional").GetBoolean());
        Assert.Contains("Điều 147–148", reply.Json.GetProperty("explanation").GetProperty("vi").GetString(), StringComparison.Ordinal);
        // Hand-counted (Công văn 9859/VPCP-KGVX: Tết off 14–22 Feb 2026): counting starts Sat 14 Feb; skipped are 14–22 Feb
        // (9 days: the Tết break with its weekends), 28 Feb, 1 Mar and the eight weekend days 7/8, 14/15, 21/22, 28/29 Mar
        // = 19 days; working days 23–27 Feb (5), 2–27 Mar (20), 30–31 Mar (2) and 1–3 Apr (3) make 30: due Fri 3 Apr.
        var skipped = reply.Json.GetProperty("skipped").EnumerateArray().ToArray();
        Assert.Equal(19, skipped.Length);
        var tet = skipped.Single(d => d.GetProperty("date").GetString() == "2026-02-17");
        Assert.Equal("PublicHoliday", tet.GetProperty("kind").GetString());
        Assert.Contains("Tết", tet.GetProperty("reason").GetProperty("vi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_ProblemDetailsAreVietnameseByDefault_NamingEachFieldAndValue()
    {
        var reply = await Api.SendAsync(Client, HttpMethod.Post, "/api/deadlines", """{"event":"2026-02-13","unit":"weeks","count":0}""");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/problem+json", reply.MediaType);
        Assert.Equal("vi", reply.Language);
        Assert.Equal("urn:kiemtra:problem:validation", reply.Str("type"));
        Assert.Equal("Dữ liệu không hợp lệ", reply.Str("title"));
        var errors = reply.Errors;
        Assert.Contains(errors, e => e is { Field: "unit", Value: "weeks" } && e.Message.Contains("không phải giá trị hợp lệ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Field: "count", Value: "0" } && e.Message.Contains("từ 1 đến 1000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validation_ProblemDetailsAreEnglish_WhenAcceptLanguagePrefersEnglish()
    {
        var reply = await Api.SendAsync(Client, HttpMethod.Post, "/api/deadlines", """{"event":"2026-02-13","unit":"Months"}""", language: "en-GB");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/problem+json", reply.MediaType);
        Assert.Equal("en", reply.Language);
        Assert.Equal("Invalid input", reply.Str("title"));
        Assert.Contains(reply.Errors, e => e is { Field: "count", Value: null } && e.Message.Contains("is missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DateThatIsNotAnIsoDate_IsReadByTheJsonPackage_A400NamingItsPath()
    {
        // The request model's dates are read by the JSON package: "13/02/2026" and 30 February are values of the wrong form.
        foreach (var date in new[] { "13/02/2026", "2026-02-30" })
        {
            var reply = await Api.SendAsync(Client, HttpMethod.Post, "/api/deadlines", $$"""{"event":"{{date}}","unit":"Months","count":1}""", language: "en-GB");

            Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
            Assert.Equal("urn:kiemtra:problem:malformed-json", reply.Str("type"));
            Assert.Equal("$.event", reply.Str("path"));
        }
    }

    [Fact]
    public async Task MalformedJson_Is400ProblemNamingTheLine_NeverAStackTrace()
    {
        var reply = await Api.SendAsync(Client, HttpMethod.Post, "/api/deadlines", "{\n  \"event\": \"2026-02-13\",\n  \"count\": 3,,\n}", language: "en");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/problem+json", reply.MediaType);
        Assert.Equal("urn:kiemtra:problem:malformed-json", reply.Str("type"));
        Assert.Equal(3, reply.Json.GetProperty("line").GetInt32());
        Assert.DoesNotContain("Exception", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPropertyOrWrongType_Is400ProblemNamingThePath()
    {
        var typo = await Api.SendAsync(Client, HttpMethod.Post, "/api/deadlines", """{"event":"2026-02-13","unit":"WorkingDays","cuont":3}""");
        var wrongType = await Api.SendAsync(Client, HttpMethod.Post, "/api/deadlines", """{"event":"2026-02-13","unit":"WorkingDays","count":"ba"}""");

        Assert.Equal(HttpStatusCode.BadRequest, typo.Status);
        Assert.Equal("urn:kiemtra:problem:malformed-json", typo.Str("type"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
        Assert.Equal("$.count", wrongType.Str("path"));
    }

    [Fact]
    public async Task Calendar_2026_ListsTetAndNationalDay_AndExplainsADate()
    {
        var year = await Api.SendAsync(Client, HttpMethod.Get, "/api/calendar/2026");
        var day = await Api.SendAsync(Client, HttpMethod.Get, "/api/calendar/days/2026-09-02");
        var badYear = await Api.SendAsync(Client, HttpMethod.Get, "/api/calendar/20x6", language: "en");

        Assert.Equal(HttpStatusCode.OK, year.Status);
        var dates = year.Json.GetProperty("nonWorkingDays").EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToHashSet();
        Assert.Contains("2026-02-17", dates);
        Assert.Contains("2026-09-02", dates);
        Assert.DoesNotContain("2026-03-02", dates);
        Assert.Equal(HttpStatusCode.OK, day.Status);
        Assert.Equal("PublicHoliday", day.Str("kind"));
        Assert.False(day.Json.GetProperty("isWorkingDay").GetBoolean());
        Assert.Equal("2026-09-02", day.Str("date"));
        Assert.Contains("Quốc khánh", day.Json.GetProperty("reason").GetProperty("vi").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badYear.Status);
        Assert.Contains(badYear.Errors, e => e is { Field: "year", Value: "20x6" });
    }

    [Fact]
    public async Task Organizations_ListShowAndStats_AsOfADate()
    {
        var roots = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations");
        var children = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations?parent=TN.X001&asOf=2026-01-01");
        var show = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X001");
        var stats = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X001/stats?asOf=2026-01-01");
        var missing = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X999");
        var badDate = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations?asOf=yesterday");

        Assert.Equal(HttpStatusCode.OK, roots.Status);
        Assert.Equal("TN", Assert.Single(roots.Json.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, children.Status);
        Assert.All(children.Json.GetProperty("items").EnumerateArray(), o => Assert.Equal("TN.X001", o.GetProperty("parent").GetString()));
        Assert.Equal("Đảng bộ xã Ngọc Hà", show.Json.GetProperty("organization").GetProperty("name").GetString());
        Assert.Contains(show.Json.GetProperty("bodies").EnumerateArray(), b => b.GetProperty("kind").GetString() == "InspectionCommission");
        Assert.Equal("DelegatedPowers, StandingCommittee, InspectionCommission", show.Json.GetProperty("flags").GetString()); // the wire text of the former flags enum
        Assert.Equal("TN", show.Json.GetProperty("ancestors")[0].GetProperty("id").GetString());
        var s = stats.Json;
        Assert.True(s.GetProperty("members").GetInt32() > 0);
        Assert.Equal(s.GetProperty("members").GetInt32(), s.GetProperty("fullMembers").GetInt32() + s.GetProperty("probationaryMembers").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("application/problem+json", missing.MediaType);
        Assert.Contains(badDate.Errors, e => e is { Field: "asOf", Value: "yesterday" });
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEveryEndpoint()
    {
        // Issue 15: the API description is served in Development only.
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(Client, HttpMethod.Get, "/openapi/v1.json")).Status);
        var database = Path.Combine(Path.GetTempPath(), $"kiemtra-webhost-{Guid.NewGuid():N}.db");
        await using var development = new WebHostFactory(new Dictionary<string, string?> { ["KiemTra:SqlitePath"] = database, ["ConnectionStrings:Postgres"] = string.Empty }, "Development");
        var reply = await Api.SendAsync(development.CreateClient(), HttpMethod.Get, "/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var paths = reply.Json.GetProperty("paths");
        foreach (var path in new[] { "/api/deadlines", "/api/calendar/{year}", "/api/calendar/days/{date}", "/api/organizations", "/api/organizations/{id}", "/api/organizations/{id}/stats", "/api/cases", "/api/cases/{id}", "/api/cases/{id}/steps", "/api/indicators", "/api/organizations/{id}/indicators" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"missing {path}");
        }
    }

    [Fact]
    public async Task CaseWrite_WithoutActingBodyOrWithUnknownSubject_Is400NamingHeaderAndField()
    {
        var body = Api.Json(new { id = "KT-V-1", title = "Kiểm tra", activity = "InspectionOnSignsOfViolation", type = "signs-of-violation", openedOn = "2026-11-20", subjects = new[] { new { organization = "TN.X001.C999" } } });
        // A user with several bodies must choose one (a user with one body acts for it without the headers).
        var reply = await Api.SendAsync(host.Factory.CreateClient(TestUsers.Token(TestUsers.MemberWithSeveralBodies())), HttpMethod.Post, "/api/cases", body, language: "en");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(reply.Errors, e => e is { Field: "X-Acting-Organization", Value: null });
        Assert.Contains(reply.Errors, e => e is { Field: "X-Acting-Body", Value: null });
        Assert.Contains(reply.Errors, e => e is { Field: "subjects[0].organization", Value: "TN.X001.C999" });
    }
}
