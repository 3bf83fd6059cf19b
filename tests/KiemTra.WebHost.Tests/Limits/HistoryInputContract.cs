using System.Net;
using System.Text;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KiemTra.WebHost.Tests.Limits;

/// <summary>
/// Issue 15, items 5 and 6: inputs that cannot rewrite history and errors that stay small — each probe quoted in the issue
/// (<c>"step":"Announce, ReceiveSelfReport"</c> stored as <c>Verify</c>, <c>"outcome":"Upheld, ReconsiderationRequested"</c>
/// stored as <c>Overturned</c>, two <c>X-Acting-Body</c> headers acting as the commission, <c>openedOn</c> and a review
/// dated 9999-12-31, unbounded subjects and reviews, a huge field echoed whole, <c>"count":"30"</c>, case ids differing
/// only by letter case) is refused and nothing is stored. Run over SQLite by <see cref="SqliteHistoryInputTests"/> and over
/// PostgreSQL by <see cref="PostgresHistoryInputTests"/>; the test hosts' today is <see cref="TestClock.Today"/> (2026-12-20).
/// </summary>
public abstract class HistoryInputContract
{
    /// <summary>The provincial inspection commission (reviews the commune's conclusions).</summary>
    private static readonly (string Organization, string Body) ProvinceCommission = ("TN", "InspectionCommission");

    /// <summary>A signs-of-violation inspection of cell C001 from its decision to its notice, all before the test hosts' today.</summary>
    private static readonly object[] ToNotice =
    [
        new { step = "IssueDecision", on = "2026-11-21", reference = "15-QĐ/UBKT" },
        new
        {
            step = "ApprovePlan",
            on = "2026-11-23",
            plan = new { purpose = "Làm rõ dấu hiệu vi phạm", contentAreas = new[] { "organisational-principles" }, referenceFrom = "2025-07-01", referenceTo = "2026-10-31", start = "2026-11-25", end = "2026-12-15", method = "Nghiên cứu hồ sơ" },
        },
        new { step = "FormTeam", on = "2026-11-24", team = new { leader = "TN.M002298", members = new[] { "TN.M002338" } } },
        new { step = "Announce", on = "2026-11-25" },
        new { step = "ReceiveSelfReport", on = "2026-11-30" },
        new { step = "Verify", on = "2026-12-03", summary = "Đã xác minh" },
        new { step = "DraftReport", on = "2026-12-07" },
        new { step = "HoldConclusionMeeting", on = "2026-12-10", conclusion = new { summary = "Có vi phạm", violationFound = true, signsOfViolation = false } },
        new { step = "IssueNotice", on = "2026-12-11", reference = "20-TB/UBKT" },
    ];

    /// <summary>The host.</summary>
    protected abstract WebHostFactory Factory { get; }

    private HttpClient Client => Factory.CreateClient();

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    private static string OpenBody(string id, string openedOn = "2026-11-20", object[]? subjects = null) => Api.Json(new
    {
        id,
        title = "Kiểm tra khi có dấu hiệu vi phạm",
        activity = "InspectionOnSignsOfViolation",
        type = "signs-of-violation",
        openedOn,
        subjects = subjects ?? [new { organization = "TN.X001.C001" }],
    });

    private async Task<string> Open(string? id = null)
    {
        id ??= NewId("KT");
        var reply = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", OpenBody(id), Api.NgocHaCommission);
        Assert.True(reply.Status == HttpStatusCode.Created, reply.ToString());
        return id;
    }

    private async Task Steps(string id, IEnumerable<object> steps)
    {
        foreach (var step in steps)
        {
            var reply = await Step(id, step, Api.NgocHaCommission);
            Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        }
    }

    private Task<Reply> Step(string id, object step, (string, string) actor, string? language = null) =>
        Api.SendAsync(Client, HttpMethod.Post, $"/api/cases/{id}/steps", Api.Json(step), actor, language);

    private Task<int> StoredSteps(string id) => Factory.WithDbAsync(db => db.CaseSteps.CountAsync(s => s.CaseId == id));

    /// <summary>Issue 15 probe: a comma list of steps was combined as flags and stored as another step (<c>Verify</c>).</summary>
    protected async Task StepGivenAsACommaListOrNumber_Is400NamingTheStep_AndNothingIsStored()
    {
        var id = await Open();
        await Steps(id, ToNotice.Take(3));

        foreach (var step in new[] { "Announce, ReceiveSelfReport", "Announce,ReceiveSelfReport", "4", "-1", " Announce", "Announce|Verify" })
        {
            var reply = await Step(id, new { step, on = "2026-11-25" }, Api.NgocHaCommission, "en");

            Assert.True(reply.Status == HttpStatusCode.BadRequest, $"{step}: {reply}");
            Assert.Contains(reply.Errors, e => e.Field == "step" && e.Message.Contains("exactly one of", StringComparison.Ordinal));
        }

        Assert.Equal(3, await StoredSteps(id));
        Assert.Equal(HttpStatusCode.OK, (await Step(id, new { step = "announce", on = "2026-11-25" }, Api.NgocHaCommission)).Status); // one name, in any letter case
    }

    /// <summary>Issue 15 probe: <c>"Upheld, ReconsiderationRequested"</c> was stored as <c>Overturned</c> (R-I4 review outcomes).</summary>
    protected async Task ReviewOutcomeGivenAsACommaList_Is400NamingTheOutcome()
    {
        // R-I4: a higher commission's review has one outcome.
        var id = await Open();
        await Steps(id, ToNotice);

        var reply = await Step(id, new { step = "RecordHigherReview", on = "2026-12-14", review = new { outcome = "Upheld, ReconsiderationRequested", finding = "Đúng" } }, ProvinceCommission, "en");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(reply.Errors, e => e is { Field: "review.outcome", Value: "Upheld, ReconsiderationRequested" });
        Assert.Equal(ToNotice.Length, await StoredSteps(id));
    }

    /// <summary>Issue 15 probe: two <c>X-Acting-Body</c> headers (<c>Committee</c> + <c>StandingCommittee</c>) acted as the inspection commission.</summary>
    protected async Task ActingBodyHeaderGivenTwice_Is400_AndNothingIsStored()
    {
        var id = NewId("KT");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = new StringContent(OpenBody(id), Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Acting-Organization", "TN.X001");
        request.Headers.Add("X-Acting-Body", ["Committee", "StandingCommittee"]);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("X-Acting-Body", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(Client, HttpMethod.Get, $"/api/cases/{id}")).Status);
    }

    /// <summary>Issue 15 probe: <c>openedOn</c> 9999-12-31 was accepted; a date after today (Asia/Ho_Chi_Minh) records nothing that happened.</summary>
    protected async Task OpenedOnAfterToday_Is400()
    {
        foreach (var openedOn in new[] { "9999-12-31", "2053-12-31", "2026-12-21" })
        {
            var id = NewId("KT");
            var reply = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", OpenBody(id, openedOn), Api.NgocHaCommission, "en");

            Assert.True(reply.Status == HttpStatusCode.BadRequest, $"{openedOn}: {reply}");
            Assert.Contains(reply.Errors, e => e.Field == "openedOn" && e.Value == openedOn);
            Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(Client, HttpMethod.Get, $"/api/cases/{id}")).Status);
        }

        var today = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", OpenBody(NewId("KT"), "2026-12-20"), Api.NgocHaCommission);
        Assert.True(today.Status == HttpStatusCode.Created, today.ToString()); // today itself is a day that happened
    }

    /// <summary>Issue 15 probe: one review dated 9999-12-31 froze the case for good ("precedes the last step on 31/12/9999").</summary>
    protected async Task ReviewDatedInTheFuture_Is400_AndTheCaseGoesOn()
    {
        var id = await Open();
        await Steps(id, ToNotice);

        var far = await Step(id, new { step = "RecordHigherReview", on = "9999-12-31", review = new { outcome = "Upheld", finding = "Đúng" } }, ProvinceCommission, "en");
        var tomorrow = await Step(id, new { step = "RecordHigherReview", on = "2026-12-21", review = new { outcome = "Upheld", finding = "Đúng" } }, ProvinceCommission, "en");

        Assert.Equal(HttpStatusCode.BadRequest, far.Status);
        Assert.Contains(far.Errors, e => e is { Field: "on", Value: "9999-12-31" });
        Assert.Equal(HttpStatusCode.BadRequest, tomorrow.Status);
        Assert.Contains(tomorrow.Errors, e => e.Field == "on" && e.Message.Contains("after today (2026-12-20)", StringComparison.Ordinal));
        Assert.Equal(ToNotice.Length, await StoredSteps(id));
        Assert.Equal(HttpStatusCode.OK, (await Step(id, new { step = "Close", on = "2026-12-15" }, Api.NgocHaCommission)).Status);
    }

    /// <summary>Issue 15 probe: 1,000 reviews made every read of the case 16 MB; a case holds at most <see cref="HostLimits.MaxReviewsPerCase"/>.</summary>
    protected async Task ReviewsBeyondTheLimit_Are409NamingTheLimit()
    {
        var id = await Open();
        await Steps(id, ToNotice);
        for (var i = 0; i < HostLimits.MaxReviewsPerCase; i++)
        {
            var reply = await Step(id, new { step = "RecordHigherReview", on = "2026-12-14", review = new { outcome = "Upheld", finding = "Đúng" } }, ProvinceCommission);
            Assert.True(reply.Status == HttpStatusCode.OK, $"review {i + 1}: {reply}");
        }

        var over = await Step(id, new { step = "RecordHigherReview", on = "2026-12-14", review = new { outcome = "Upheld", finding = "Đúng" } }, ProvinceCommission, "en");

        Assert.Equal(HttpStatusCode.Conflict, over.Status);
        Assert.Equal(10, over.Json.GetProperty("limit").GetInt32()); // HostLimits.MaxReviewsPerCase, counted by hand
        Assert.Contains("RecordHigherReview 10 times", over.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(ToNotice.Length + 10, await StoredSteps(id));
    }

    /// <summary>Subjects per case are bounded (<see cref="HostLimits.MaxSubjectsPerCase"/>); 101 is a 400 naming <c>subjects</c>.</summary>
    protected async Task SubjectsBeyondTheLimit_Are400()
    {
        var id = NewId("KT");
        var subjects = Enumerable.Range(0, 101).Select(_ => (object)new { organization = "TN.X001.C001" }).ToArray();

        var reply = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", OpenBody(id, subjects: subjects), Api.NgocHaCommission, "en");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(reply.Errors, e => e is { Field: "subjects", Value: "101" } && e.Message.Contains("at most 100", StringComparison.Ordinal));
    }

    /// <summary>Case ids are one id regardless of letter case: <c>kt-…</c> after <c>KT-…</c> is a 409 naming the stored id.</summary>
    protected async Task CaseIdDifferingOnlyByLetterCase_Is409()
    {
        var id = await Open(NewId("KT-Case"));

        var lower = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", OpenBody(id.ToLowerInvariant()), Api.NgocHaCommission, "en");
        var upper = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", OpenBody(id.ToUpperInvariant()), Api.NgocHaCommission, "en");

        Assert.Equal(HttpStatusCode.Conflict, lower.Status);
        Assert.Contains(id, lower.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, upper.Status);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Cases.CountAsync(c => c.IdKey == id.ToUpperInvariant())));
    }

    /// <summary>The same id in two letter cases opened at the same moment: the unique key lets exactly one in; the other is a 409, never a 500.</summary>
    protected async Task ConcurrentOpensDifferingByLetterCase_ExactlyOneIsCreated()
    {
        var id = NewId("KT-Race");
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Api.SendAsync(Factory.CreateClient(), HttpMethod.Post, "/api/cases", OpenBody(i % 2 == 0 ? id.ToLowerInvariant() : id.ToUpperInvariant()), Api.NgocHaCommission)));

        Assert.Equal(1, replies.Count(r => r.Status == HttpStatusCode.Created));
        Assert.All(replies.Where(r => r.Status != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.Status));
    }

    /// <summary>Issue 15 probe: a huge field was echoed whole in the 400; now at most 64 characters and "…".</summary>
    protected async Task HugeRejectedValue_IsEchoedAsAShortPrefix()
    {
        var huge = new string('X', 1_000_000);
        var step = await Step(await Open(), new { step = huge, on = "2026-12-01" }, Api.NgocHaCommission, "en");
        var date = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", OpenBody(NewId("KT"), huge), Api.NgocHaCommission, "en");
        var organization = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", OpenBody(NewId("KT"), subjects: [new { organization = huge }]), Api.NgocHaCommission, "en");

        foreach (var (reply, field) in new[] { (step, "step"), (organization, "subjects[0].organization") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
            Assert.True(reply.Body.Length < 4_000, $"{field}: {reply.Body.Length} characters");
            var error = Assert.Single(reply.Errors, e => e.Field == field);
            Assert.Equal(new string('X', 64) + "…", error.Value);
        }

        // A date that is not a date is refused by the JSON package's reader: a 400 naming the path, the value not repeated.
        Assert.Equal(HttpStatusCode.BadRequest, date.Status);
        Assert.True(date.Body.Length < 4_000, $"openedOn: {date.Body.Length} characters");
        Assert.Equal("urn:kiemtra:problem:malformed-json", date.Str("type"));
        Assert.Equal("$.openedOn", date.Str("path"));
    }

    /// <summary>Issue 15: numbers as numbers — <c>"count":"30"</c> is a 400 naming <c>$.count</c>, as documented.</summary>
    protected async Task NumberGivenAsAString_Is400NamingThePath()
    {
        var reply = await Api.SendAsync(Client, HttpMethod.Post, "/api/deadlines", """{"event":"2026-02-13","unit":"WorkingDays","count":"30"}""", language: "en");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("urn:kiemtra:problem:malformed-json", reply.Str("type"));
        Assert.Equal("$.count", reply.Str("path"));
    }

    /// <summary>A NUL character in a text field is a 400 naming the field on every database (PostgreSQL cannot store it).</summary>
    protected async Task NulCharacterInText_Is400NamingTheField()
    {
        var id = NewId("KT");
        var body = Api.Json(new { id, title = "Kiểm tra\0ẩn", activity = "InspectionOnSignsOfViolation", type = "signs-of-violation", openedOn = "2026-11-20", subjects = new[] { new { organization = "TN.X001.C001" } } });

        var reply = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", body, Api.NgocHaCommission, "en");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(reply.Errors, e => e.Field == "title" && e.Message.Contains("NUL", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(Client, HttpMethod.Get, $"/api/cases/{id}")).Status);
    }
}

/// <summary>The probes over SQLite.</summary>
public sealed class SqliteHistoryInputTests(SqliteHost host) : HistoryInputContract, IClassFixture<SqliteHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    [Fact]
    public Task Sqlite_StepGivenAsACommaListOrNumber_Is400NamingTheStep_AndNothingIsStored() => StepGivenAsACommaListOrNumber_Is400NamingTheStep_AndNothingIsStored();

    [Fact]
    public Task Sqlite_ReviewOutcomeGivenAsACommaList_Is400NamingTheOutcome() => ReviewOutcomeGivenAsACommaList_Is400NamingTheOutcome();

    [Fact]
    public Task Sqlite_ActingBodyHeaderGivenTwice_Is400_AndNothingIsStored() => ActingBodyHeaderGivenTwice_Is400_AndNothingIsStored();

    [Fact]
    public Task Sqlite_OpenedOnAfterToday_Is400() => OpenedOnAfterToday_Is400();

    [Fact]
    public Task Sqlite_ReviewDatedInTheFuture_Is400_AndTheCaseGoesOn() => ReviewDatedInTheFuture_Is400_AndTheCaseGoesOn();

    [Fact]
    public Task Sqlite_ReviewsBeyondTheLimit_Are409NamingTheLimit() => ReviewsBeyondTheLimit_Are409NamingTheLimit();

    [Fact]
    public Task Sqlite_SubjectsBeyondTheLimit_Are400() => SubjectsBeyondTheLimit_Are400();

    [Fact]
    public Task Sqlite_CaseIdDifferingOnlyByLetterCase_Is409() => CaseIdDifferingOnlyByLetterCase_Is409();

    [Fact]
    public Task Sqlite_ConcurrentOpensDifferingByLetterCase_ExactlyOneIsCreated() => ConcurrentOpensDifferingByLetterCase_ExactlyOneIsCreated();

    [Fact]
    public Task Sqlite_HugeRejectedValue_IsEchoedAsAShortPrefix() => HugeRejectedValue_IsEchoedAsAShortPrefix();

    [Fact]
    public Task Sqlite_NumberGivenAsAString_Is400NamingThePath() => NumberGivenAsAString_Is400NamingThePath();

    [Fact]
    public Task Sqlite_NulCharacterInText_Is400NamingTheField() => NulCharacterInText_Is400NamingTheField();
}

/// <summary>The probes over PostgreSQL (<c>KIEMTRA_TEST_POSTGRES</c>, see .ci/postgres.sh).</summary>
public sealed class PostgresHistoryInputTests(PostgresHost host) : HistoryInputContract, IClassFixture<PostgresHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    [PostgresFact]
    public Task Postgres_StepGivenAsACommaListOrNumber_Is400NamingTheStep_AndNothingIsStored() => StepGivenAsACommaListOrNumber_Is400NamingTheStep_AndNothingIsStored();

    [PostgresFact]
    public Task Postgres_ReviewOutcomeGivenAsACommaList_Is400NamingTheOutcome() => ReviewOutcomeGivenAsACommaList_Is400NamingTheOutcome();

    [PostgresFact]
    public Task Postgres_OpenedOnAfterToday_Is400() => OpenedOnAfterToday_Is400();

    [PostgresFact]
    public Task Postgres_ReviewDatedInTheFuture_Is400_AndTheCaseGoesOn() => ReviewDatedInTheFuture_Is400_AndTheCaseGoesOn();

    [PostgresFact]
    public Task Postgres_ReviewsBeyondTheLimit_Are409NamingTheLimit() => ReviewsBeyondTheLimit_Are409NamingTheLimit();

    [PostgresFact]
    public Task Postgres_CaseIdDifferingOnlyByLetterCase_Is409() => CaseIdDifferingOnlyByLetterCase_Is409();

    [PostgresFact]
    public Task Postgres_ConcurrentOpensDifferingByLetterCase_ExactlyOneIsCreated() => ConcurrentOpensDifferingByLetterCase_ExactlyOneIsCreated();

    [PostgresFact]
    public Task Postgres_NulCharacterInText_Is400NamingTheField() => NulCharacterInText_Is400NamingTheField();
}
