using System.Net;
using System.Text.Json;
using KiemTra.WebHost.Tests.Infrastructure;

namespace KiemTra.WebHost.Tests.Register;

/// <summary>
/// The web host's reports are computed from what its database holds (issue 12, item 5): a programme issued, a case
/// opened for one of its items and advanced to completion through the HTTP API move the organisation's plan-completion
/// indicator. Run over SQLite by <see cref="SqlitePlanCompletionTests"/> and over PostgreSQL by <see cref="PostgresPlanCompletionTests"/>.
/// </summary>
public abstract class PlanCompletionContract
{
    /// <summary>The plan-completion indicator for 2025 (KL 34, target 2).</summary>
    protected const string PlanCompletion2025 = "KL34-2022-02";

    /// <summary>The host.</summary>
    protected abstract WebHostFactory Factory { get; }

    private HttpClient Client => Factory.CreateClient();

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    /// <summary>The steps of a compliance inspection from its decision to its close, all in 2025.</summary>
    internal static readonly object[] ToClose =
    [
        new { step = "IssueDecision", on = "2025-08-04", reference = "05-QĐ/UBKT" },
        new
        {
            step = "ApprovePlan",
            on = "2025-08-06",
            plan = new { purpose = "Kiểm tra việc chấp hành", contentAreas = new[] { "organisational-principles" }, referenceFrom = "2025-07-01", referenceTo = "2025-07-31", start = "2025-08-11", end = "2025-09-30", method = "Nghiên cứu hồ sơ" },
        },
        new { step = "FormTeam", on = "2025-08-07", team = new { leader = "TN.M002298", members = new[] { "TN.M002338" } } },
        new { step = "Announce", on = "2025-08-11" },
        new { step = "ReceiveSelfReport", on = "2025-08-20" },
        new { step = "Verify", on = "2025-09-10", summary = "Đã xác minh" },
        new { step = "DraftReport", on = "2025-09-20" },
        new { step = "HoldConclusionMeeting", on = "2025-09-26", conclusion = new { summary = "Chấp hành tốt", violationFound = false, signsOfViolation = false } },
        new { step = "IssueNotice", on = "2025-10-02", reference = "07-TB/UBKT" },
        new { step = "Close", on = "2025-10-15" },
    ];

    /// <summary>Issues a programme for the second half of 2025 (Ngọc Hà exists from 1/7/2025) of Ngọc Hà's commission with one compliance inspection of cell C001; returns its id.</summary>
    internal static async Task<string> IssueProgram(HttpClient client, string itemId = "I-01")
    {
        var id = NewId("CT");
        var body = Api.Json(new
        {
            id,
            title = "Chương trình kiểm tra, giám sát năm 2025",
            scope = "Year",
            from = "2025-07-01",
            to = "2025-12-31",
            issuedOn = "2025-07-15",
            items = new[] { new { id = itemId, activity = "ComplianceInspection", type = "compliance", subject = "TN.X001.C001", start = "2025-08-01", end = "2025-11-30", contentAreas = new[] { "organisational-principles" } } },
        });
        var reply = await Api.SendAsync(client, HttpMethod.Post, "/api/programmes", body, Api.NgocHaCommission);
        Assert.True(reply.Status == HttpStatusCode.Created, reply.ToString());
        return id;
    }

    /// <summary>Opens a compliance inspection of cell C001 by Ngọc Hà's commission, linked to a programme item when given.</summary>
    internal static async Task<Reply> OpenCase(HttpClient client, string id, (string Program, string Item)? item)
    {
        var body = item is { } i
            ? Api.Json(new { id, title = "Kiểm tra chấp hành", activity = "ComplianceInspection", type = "compliance", openedOn = "2025-08-01", subjects = new[] { new { organization = "TN.X001.C001" } }, programItem = new { program = i.Program, item = i.Item } })
            : Api.Json(new { id, title = "Kiểm tra chấp hành", activity = "ComplianceInspection", type = "compliance", openedOn = "2025-08-01", subjects = new[] { new { organization = "TN.X001.C001" } } });
        return await Api.SendAsync(client, HttpMethod.Post, "/api/cases", body, Api.NgocHaCommission);
    }

    private async Task<(long Numerator, long Denominator)> PlanCompletion()
    {
        var reply = await Api.SendAsync(Client, HttpMethod.Get, $"/api/organizations/TN.X001/indicators?period=2025&code={PlanCompletion2025}", actor: Api.NgocHaCommission);
        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        var indicator = Assert.Single(reply.Json.GetProperty("indicators").EnumerateArray());
        return (Number(indicator.GetProperty("numerator")), Number(indicator.GetProperty("denominator")));
    }

    private static long Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? 0 : e.GetInt64();

    /// <summary>Issue 12 "done when": advancing one case to completion through the API moves the plan-completion numerator by exactly one.</summary>
    protected async Task AdvancingALinkedCaseToCompletion_AddsExactlyOneToThePlanCompletionNumerator()
    {
        // R-I2: planned inspections and supervisions due in the year that were carried out / those planned; the host's
        // report reads its own database, so the case's steps are the only thing that moves the numerator.
        var program = await IssueProgram(Client);
        var caseId = NewId("KT");
        var opened = await OpenCase(Client, caseId, (program, "I-01"));
        Assert.True(opened.Status == HttpStatusCode.Created, opened.ToString());
        var (before, planned) = await PlanCompletion();

        foreach (var step in ToClose)
        {
            var reply = await Api.SendAsync(Client, HttpMethod.Post, $"/api/cases/{caseId}/steps", Api.Json(step), Api.NgocHaCommission);
            Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        }

        var (after, plannedAfter) = await PlanCompletion();
        Assert.Equal(before + 1, after);
        Assert.Equal(planned, plannedAfter);

        // One register, one rule: the statistics endpoint's plan is the indicator's numerator and denominator (issue 12 contract).
        var statistics = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X001/statistics?period=2025", actor: Api.NgocHaCommission);
        Assert.True(statistics.Status == HttpStatusCode.OK, statistics.ToString());
        Assert.Equal((after, plannedAfter), (statistics.Json.GetProperty("plan").GetProperty("done").GetInt64(), statistics.Json.GetProperty("plan").GetProperty("planned").GetInt64()));
        Assert.True(statistics.Json.GetProperty("oversight").GetProperty("organizationsInspected").GetInt32() >= 1);
        var shown = await Api.SendAsync(Client, HttpMethod.Get, $"/api/programmes/{program}");
        // The SDK's programme as the JSON package writes it; the item's link to its case is the host's, beside it.
        var written = shown.Json.GetProperty("program");
        Assert.Equal("Chương trình kiểm tra, giám sát năm 2025", shown.Str("title"));
        Assert.Equal(program, written.GetProperty("id").GetString());
        Assert.Equal(("Year", "2025-07-01", "2025-12-31", "2025-07-15"), (written.GetProperty("scope").GetString(), written.GetProperty("from").GetString(), written.GetProperty("to").GetString(), written.GetProperty("issuedOn").GetString()));
        var item = Assert.Single(written.GetProperty("items").EnumerateArray());
        Assert.Equal("compliance", item.GetProperty("typeCode").GetString());
        var link = Assert.Single(shown.Json.GetProperty("links").EnumerateArray());
        Assert.Equal(item.GetProperty("id").GetString(), link.GetProperty("itemId").GetString());
        Assert.Equal(caseId, link.GetProperty("caseId").GetString());
        Assert.Equal("2025-09-26", link.GetProperty("carriedOutOn").GetString());
    }

    /// <summary>Issuing a programme adds its item to the denominator; linking a case afterwards (PUT) is the same link as linking it on opening.</summary>
    protected async Task IssuingAProgramAddsItsItems_AndALaterLinkCountsTheCase()
    {
        // R-I2: the denominator is what the yearly programmes planned; the numerator follows the item → case link.
        var (n0, d0) = await PlanCompletion();
        var program = await IssueProgram(Client);
        var (n1, d1) = await PlanCompletion();
        Assert.Equal(d0 + 1, d1);
        Assert.Equal(n0, n1);

        var caseId = NewId("KT");
        Assert.Equal(HttpStatusCode.Created, (await OpenCase(Client, caseId, null)).Status);
        foreach (var step in ToClose)
        {
            Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(Client, HttpMethod.Post, $"/api/cases/{caseId}/steps", Api.Json(step), Api.NgocHaCommission)).Status);
        }

        Assert.Equal((n1, d1), await PlanCompletion());
        var linked = await Api.SendAsync(Client, HttpMethod.Put, $"/api/programmes/{program}/items/I-01/case", Api.Json(new { caseId }), Api.NgocHaCommission);
        Assert.True(linked.Status == HttpStatusCode.OK, linked.ToString());
        Assert.Equal((n1 + 1, d1), await PlanCompletion());

        var again = await Api.SendAsync(Client, HttpMethod.Put, $"/api/programmes/{program}/items/I-01/case", Api.Json(new { caseId }), Api.NgocHaCommission);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
    }

    /// <summary>A recommendation recorded through the API and left past its due date is warned about in its organisation's early warnings until its completion is recorded.</summary>
    protected async Task AnOverdueRecommendation_IsWarned_UntilItsCompletionIsRecorded()
    {
        // R-F1, R-S5: the follow-up the warnings chase is the register's recommendations, as stored by the host.
        var caseId = NewId("KT");
        Assert.Equal(HttpStatusCode.Created, (await OpenCase(Client, caseId, null)).Status);
        foreach (var step in ToClose.Take(9))
        {
            Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(Client, HttpMethod.Post, $"/api/cases/{caseId}/steps", Api.Json(step), Api.NgocHaCommission)).Status);
        }

        var id = NewId("KN");
        var recorded = await Api.SendAsync(Client, HttpMethod.Post, $"/api/cases/{caseId}/recommendations",
            Api.Json(new { id, addressee = "TN.X001.C001", content = "Khắc phục hạn chế về sinh hoạt chi bộ", sourceReference = "07-TB/UBKT", issuedOn = "2025-10-02", timeLimit = new { unit = "CalendarDays", count = 30 } }), Api.NgocHaCommission);
        Assert.True(recorded.Status == HttpStatusCode.Created, recorded.ToString());
        var written = recorded.Json.GetProperty("recommendation"); // the SDK's Recommendation as the JSON package writes it, beside the host's case link
        Assert.Equal(caseId, recorded.Str("caseId"));
        Assert.Equal(id, written.GetProperty("id").GetString());
        Assert.Equal("2025-10-02", written.GetProperty("deadline").GetProperty("eventDate").GetString());
        Assert.Equal("2025-11-03", written.GetProperty("deadline").GetProperty("due").GetString()); // 30 calendar days from 2/10/2025 end on Saturday 1/11/2025, rolled to Monday 3/11 (BLDS 2015 Điều 148)

        var before = await Warnings();
        var completed = await Api.SendAsync(Client, HttpMethod.Post, $"/api/recommendations/{id}/completion", Api.Json(new { on = "2025-12-15" }), Api.NgocHaCommission);
        var after = await Warnings();
        var twice = await Api.SendAsync(Client, HttpMethod.Post, $"/api/recommendations/{id}/completion", Api.Json(new { on = "2025-12-16" }), Api.NgocHaCommission);
        var stranger = await Api.SendAsync(Client, HttpMethod.Post, $"/api/recommendations/{id}/completion", Api.Json(new { on = "2025-12-16" }), ("TN.X002", "InspectionCommission"));

        Assert.Contains(before, w => w.Contains(id, StringComparison.Ordinal));
        Assert.True(completed.Status == HttpStatusCode.OK, completed.ToString());
        Assert.Equal("2025-12-15", completed.Json.GetProperty("recommendation").GetProperty("completedOn").GetString());
        Assert.DoesNotContain(after, w => w.Contains(id, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, twice.Status);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.Status);
    }

    /// <summary>Two requests linking one item to two cases at once: exactly one wins, the other is a 409; the item names the winner.</summary>
    protected async Task TwoConcurrentLinksOfOneItem_OneWinsTheOtherIsAConflict()
    {
        // R-I2: an item is carried out once; a race must not silently relink it.
        var program = await IssueProgram(Client);
        var first = NewId("KT");
        var second = NewId("KT");
        Assert.Equal(HttpStatusCode.Created, (await OpenCase(Client, first, null)).Status);
        Assert.Equal(HttpStatusCode.Created, (await OpenCase(Client, second, null)).Status);

        var replies = await Task.WhenAll(new[] { first, second }.Select(c =>
            Api.SendAsync(Factory.CreateClient(), HttpMethod.Put, $"/api/programmes/{program}/items/I-01/case", Api.Json(new { caseId = c }), Api.NgocHaCommission)));

        Assert.Equal(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }, replies.Select(r => r.Status).Order().ToArray());
        var winner = replies[Array.FindIndex(replies, r => r.Status == HttpStatusCode.OK)];
        var shown = await Api.SendAsync(Client, HttpMethod.Get, $"/api/programmes/{program}");
        Assert.Equal(winner.Json.GetProperty("links")[0].GetProperty("caseId").GetString(), shown.Json.GetProperty("links")[0].GetProperty("caseId").GetString());
    }

    private async Task<IReadOnlyList<string>> Warnings()
    {
        var reply = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X001/warnings", actor: Api.NgocHaCommission);
        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        return reply.Json.GetProperty("items").EnumerateArray().Select(w => $"{w.GetProperty("code").GetString()} {w.GetProperty("subject").GetString()} {w.GetProperty("message").GetProperty("en").GetString()}").ToArray();
    }
}

/// <summary>The plan-completion scenarios over SQLite.</summary>
public sealed class SqlitePlanCompletionTests(SqliteHost host) : PlanCompletionContract, IClassFixture<SqliteHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    [Fact]
    public Task Sqlite_AdvancingALinkedCaseToCompletion_AddsExactlyOneToThePlanCompletionNumerator() => AdvancingALinkedCaseToCompletion_AddsExactlyOneToThePlanCompletionNumerator();

    [Fact]
    public Task Sqlite_IssuingAProgramAddsItsItems_AndALaterLinkCountsTheCase() => IssuingAProgramAddsItsItems_AndALaterLinkCountsTheCase();

    [Fact]
    public Task Sqlite_AnOverdueRecommendation_IsWarned_UntilItsCompletionIsRecorded() => AnOverdueRecommendation_IsWarned_UntilItsCompletionIsRecorded();

    [Fact]
    public Task Sqlite_TwoConcurrentLinksOfOneItem_OneWinsTheOtherIsAConflict() => TwoConcurrentLinksOfOneItem_OneWinsTheOtherIsAConflict();
}

/// <summary>The plan-completion scenarios over PostgreSQL.</summary>
public sealed class PostgresPlanCompletionTests(PostgresHost host) : PlanCompletionContract, IClassFixture<PostgresHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    [PostgresFact]
    public Task Postgres_AdvancingALinkedCaseToCompletion_AddsExactlyOneToThePlanCompletionNumerator() => AdvancingALinkedCaseToCompletion_AddsExactlyOneToThePlanCompletionNumerator();

    [PostgresFact]
    public Task Postgres_IssuingAProgramAddsItsItems_AndALaterLinkCountsTheCase() => IssuingAProgramAddsItsItems_AndALaterLinkCountsTheCase();

    [PostgresFact]
    public Task Postgres_AnOverdueRecommendation_IsWarned_UntilItsCompletionIsRecorded() => AnOverdueRecommendation_IsWarned_UntilItsCompletionIsRecorded();

    [PostgresFact]
    public Task Postgres_TwoConcurrentLinksOfOneItem_OneWinsTheOtherIsAConflict() => TwoConcurrentLinksOfOneItem_OneWinsTheOtherIsAConflict();
}
