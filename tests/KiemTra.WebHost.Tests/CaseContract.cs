using System.Net;
using System.Text;
using KiemTra.Sdk.Inspection;
using KiemTra.WebHost.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KiemTra.WebHost.Tests;

/// <summary>
/// The case endpoints (the writes) checked against one database; run over SQLite by <see cref="SqliteCaseTests"/> and
/// over PostgreSQL by <see cref="PostgresCaseTests"/>. Each scenario uses its own case ids.
/// </summary>
public abstract partial class CaseContract
{
    /// <summary>"Kiểm tra việc thực hiện nguyên tắc tập trung dân chủ tại chi bộ Ngọc Hà" (NFC).</summary>
    protected const string VietnameseTitle = "Kiểm tra việc thực hiện nguyên tắc tập trung dân chủ tại chi bộ Ngọc Hà";

    /// <summary>The host.</summary>
    protected abstract WebHostFactory Factory { get; }

    private HttpClient Client => Factory.CreateClient();

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..30];

    private static string OpenBody(string id, string title, string subjectOrganization) => Api.Json(new
    {
        id,
        title,
        activity = "InspectionOnSignsOfViolation",
        type = "signs-of-violation",
        openedOn = "2026-11-20",
        subjects = new[] { new { organization = subjectOrganization } },
    });

    /// <summary>Open, list, show and advance a case through the whole procedure to Closed.</summary>
    protected async Task OpenListAndAdvanceToClosed()
    {
        var client = Client;
        var id = NewId("KT");
        var opened = await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenBody(id, VietnameseTitle, "TN.X001.C001"), Api.NgocHaCommission);
        Assert.Equal(HttpStatusCode.Created, opened.Status);
        Assert.Equal("Opened", opened.CaseStateName);

        object[] steps =
        [
            new { step = "IssueDecision", on = "2026-11-21", reference = "15-QĐ/UBKT" },
            new
            {
                step = "ApprovePlan",
                on = "2026-11-23",
                plan = new { purpose = "Làm rõ dấu hiệu vi phạm", contentAreas = new[] { "organisational-principles" }, referenceFrom = "2025-07-01", referenceTo = "2026-10-31", start = "2026-11-25", end = "2026-12-15", method = "Nghiên cứu hồ sơ, làm việc trực tiếp" },
            },
            new { step = "FormTeam", on = "2026-11-24", team = new { leader = "TN.M002298", members = new[] { "TN.M002338" } } },
            new { step = "Announce", on = "2026-11-25" },
            new { step = "ReceiveSelfReport", on = "2026-11-30" },
            new { step = "Verify", on = "2026-12-03", summary = "Đã xác minh các nội dung" },
            new { step = "DraftReport", on = "2026-12-07" },
            new { step = "HoldConclusionMeeting", on = "2026-12-10", conclusion = new { summary = "Có vi phạm nhưng chưa đến mức xử lý kỷ luật", violationFound = true, signsOfViolation = false } },
            new { step = "IssueNotice", on = "2026-12-11", reference = "20-TB/UBKT" },
            new { step = "Close", on = "2026-12-15" },
        ];
        foreach (var step in steps)
        {
            var reply = await Api.SendAsync(client, HttpMethod.Post, $"/api/cases/{id}/steps", Api.Json(step), Api.NgocHaCommission);
            Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        }

        var shown = await Api.SendAsync(client, HttpMethod.Get, $"/api/cases/{id}");
        Assert.Equal("Closed", shown.CaseStateName);
        Assert.Equal(CaseStage.Ended, shown.Case.Stage); // the answer reads back through the JSON package as the SDK's case
        Assert.Equal<string>(["RecordHigherReview"], shown.Json.GetProperty("allowedSteps").EnumerateArray().Select(s => s.GetString()!).ToArray()); // a closed case may still be reviewed
        Assert.Equal(11, shown.CaseJson.GetProperty("history").GetArrayLength());
        Assert.Contains("15-QĐ/UBKT", shown.CaseJson.GetProperty("history")[1].GetProperty("note").GetString(), StringComparison.Ordinal);

        // Each step in the JSON package's form of a case event: the step, its ISO date and the state after it.
        var last = shown.CaseJson.GetProperty("history")[10];
        Assert.Equal(["step", "on", "stateAfter", "note"], last.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("Closed", last.GetProperty("stateAfter").GetString());

        var listed = await Api.SendAsync(client, HttpMethod.Get, "/api/cases?conductedBy=TN.X001&state=Closed&take=200");
        var row = Assert.Single(listed.Json.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);

        // A row names the SDK's values in the JSON package's field names and spellings (subjects as member/organization objects).
        Assert.Equal(["id", "title", "activity", "typeCode", "conductedBy", "body", "subjects", "openedOn", "state"], row.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("InspectionOnSignsOfViolation", row.GetProperty("activity").GetString());
        Assert.Equal("InspectionCommission", row.GetProperty("body").GetString());
        Assert.Equal("TN.X001.C001", Assert.Single(row.GetProperty("subjects").EnumerateArray()).GetProperty("organization").GetString());
        Assert.Equal("2026-11-20", row.GetProperty("openedOn").GetString());
        Assert.Equal("Closed", row.GetProperty("state").GetString());
    }

    /// <summary>A step the state machine does not allow now is a 409 naming the state and the allowed steps; nothing is stored.</summary>
    protected async Task IllegalStepIsConflict()
    {
        var client = Client;
        var id = NewId("KT");
        await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenBody(id, "Kiểm tra", "TN.X001.C001"), Api.NgocHaCommission);

        var reply = await Api.SendAsync(client, HttpMethod.Post, $"/api/cases/{id}/steps", Api.Json(new { step = "Announce", on = "2026-11-21" }), Api.NgocHaCommission, "en");

        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("application/problem+json", reply.MediaType);
        Assert.Equal("Opened", reply.Str("state"));
        Assert.Equal("IssueDecision", reply.Json.GetProperty("allowedSteps")[0].GetString());
        var stored = await Factory.WithDbAsync(db => db.CaseSteps.CountAsync(s => s.CaseId == id));
        Assert.Equal(0, stored);
    }

    /// <summary>A commune commission opening a case on another commune is refused with 403 citing the rule; nothing is stored.</summary>
    protected async Task OutsideJurisdictionIsForbiddenCitingTheRule()
    {
        var client = Client;
        var id = NewId("KT");

        var vi = await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenBody(id, "Kiểm tra", "TN.X002"), Api.NgocHaCommission);
        var en = await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenBody(id, "Kiểm tra", "TN.X002"), Api.NgocHaCommission, "en");

        Assert.Equal(HttpStatusCode.Forbidden, vi.Status);
        Assert.Equal("application/problem+json", vi.MediaType);
        Assert.Equal("urn:kiemtra:problem:outside-jurisdiction", vi.Str("type"));
        Assert.Contains("không phải tổ chức đảng cấp dưới", vi.Str("detail"), StringComparison.Ordinal);
        Assert.Contains("296-QĐ/TW", vi.Str("detail"), StringComparison.Ordinal);
        Assert.NotEqual(0, vi.Json.GetProperty("rules").GetArrayLength());
        Assert.Equal("organisation TN.X002", vi.Str("subject"));
        Assert.Contains("is not a party organisation", en.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(client, HttpMethod.Get, $"/api/cases/{id}")).Status);
    }

    /// <summary>Only the body that opened the case records its steps; a body outside its jurisdiction is answered as if the case did not exist.</summary>
    protected async Task AnotherBodyCannotAdvance()
    {
        var client = Client;
        var id = NewId("KT");
        await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenBody(id, "Kiểm tra", "TN.X001.C001"), Api.NgocHaCommission);

        var reply = await Api.SendAsync(client, HttpMethod.Post, $"/api/cases/{id}/steps", Api.Json(new { step = "IssueDecision", on = "2026-11-21", reference = "1-QĐ" }), ("TN.X002", "InspectionCommission"));

        // Issue 15: a refusal does not reveal that a case outside the body's jurisdiction exists.
        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.DoesNotContain("TN.X001", reply.Str("detail"), StringComparison.Ordinal);
    }

    /// <summary>Vietnamese text sent precomposed (NFC) or decomposed (NFD) is stored and returned as NFC, byte for byte the same.</summary>
    protected async Task VietnameseTextIsStoredAsNfc()
    {
        var client = Client;
        var nfd = VietnameseTitle.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(VietnameseTitle, nfd);
        var nfcId = NewId("NFC");
        var nfdId = NewId("NFD");

        var fromNfc = await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenBody(nfcId, VietnameseTitle, "TN.X001.C001"), Api.NgocHaCommission);
        var fromNfd = await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenBody(nfdId, nfd, "TN.X001.C001"), Api.NgocHaCommission);
        var verify = await Api.SendAsync(client, HttpMethod.Post, $"/api/cases/{nfdId}/steps", Api.Json(new { step = "IssueDecision", on = "2026-11-21", reference = "15-QĐ/UBKT".Normalize(NormalizationForm.FormD) }), Api.NgocHaCommission);

        Assert.Equal(VietnameseTitle, fromNfc.Str("title"));
        Assert.Equal(VietnameseTitle, fromNfd.Str("title"));
        Assert.Equal(HttpStatusCode.OK, verify.Status);
        var titles = await Factory.WithDbAsync(db => db.Cases.Where(c => c.Id == nfcId || c.Id == nfdId).Select(c => c.Title).ToListAsync());
        Assert.Equal(2, titles.Count);
        Assert.All(titles, t => Assert.Equal(VietnameseTitle, t));
        var payload = await Factory.WithDbAsync(db => db.CaseSteps.Where(s => s.CaseId == nfdId).Select(s => s.Payload).SingleAsync());
        Assert.Contains("15-QĐ/UBKT", payload, StringComparison.Ordinal);
        Assert.True(payload.IsNormalized(NormalizationForm.FormC));
        var shown = await Api.SendAsync(client, HttpMethod.Get, $"/api/cases/{nfdId}");
        Assert.Contains("15-QĐ/UBKT", shown.CaseJson.GetProperty("history")[1].GetProperty("note").GetString(), StringComparison.Ordinal);
    }
}

/// <summary>Case scenarios on identifiers and references, checked by the SDK's own InputRules.</summary>
public abstract partial class CaseContract
{
    /// <summary>
    /// R-H1, R-I1: a case id with Vietnamese letters opens (the host's own pattern is gone: one rule, the SDK's); an id
    /// with '/' and a reference with a bidi override or a space are 400s naming the field.
    /// </summary>
    protected async Task IdentifiersAndReferencesFollowTheSdkRule()
    {
        var client = Client;
        var id = "Đ" + NewId("KT");
        var opened = await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenBody(id, "Kiểm tra", "TN.X001.C001"), Api.NgocHaCommission);
        var slash = await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenBody("KT/" + NewId("X")[..10], "Kiểm tra", "TN.X001.C001"), Api.NgocHaCommission);
        var bidi = await Api.SendAsync(client, HttpMethod.Post, $"/api/cases/{Uri.EscapeDataString(id)}/steps", Api.Json(new { step = "IssueDecision", on = "2026-11-21", reference = "15-QĐ/UBKT\u202E" }), Api.NgocHaCommission);
        var spaced = await Api.SendAsync(client, HttpMethod.Post, $"/api/cases/{Uri.EscapeDataString(id)}/steps", Api.Json(new { step = "IssueDecision", on = "2026-11-21", reference = "Quyết định 15" }), Api.NgocHaCommission);

        Assert.Equal(HttpStatusCode.Created, opened.Status);
        Assert.Equal(HttpStatusCode.BadRequest, slash.Status);
        Assert.Contains(slash.Errors, e => e.Field == "id");
        Assert.Equal(HttpStatusCode.BadRequest, bidi.Status);
        Assert.Contains(bidi.Errors, e => e.Field == "reference");
        Assert.Equal(HttpStatusCode.BadRequest, spaced.Status);
        Assert.Contains(spaced.Errors, e => e.Field == "reference");

        // Issue 16: the errors carry the validation package's stable code, whether its validator or the host's step parser found them.
        Assert.Contains(slash.Codes, e => e.Field == "id" && e.Code == "KT_ID_INVALID");
        Assert.Contains(bidi.Codes, e => e.Field == "reference" && e.Code == "KT_ID_INVALID");
    }

    /// <summary>
    /// Issue 16: the body of <c>POST /api/cases</c> is the validation package's <c>OversightCaseDraft</c>, checked by its
    /// validator: every broken rule is one error naming the JSON field, with the package's code; a subject with two ids
    /// and a supervision type for an inspection are refused before anything is stored.
    /// </summary>
    protected async Task OpeningRequest_IsCheckedByThePackagesValidator_WithCodes()
    {
        var id = NewId("KT");
        var body = Api.Json(new { id, title = " ", activity = "InspectionOnSignsOfViolation", type = "thematic", openedOn = "2026-11-20", subjects = new object[] { new { organization = "TN.X001.C001", member = "TN.M002298" }, new { organization = "TN X001" } } });

        var reply = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", body, Api.NgocHaCommission, "en");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(
            [("subjects[0]", "KT_SUBJECT_INVALID"), ("subjects[1].organization", "KT_ID_INVALID"), ("title", "KT_NAME_REQUIRED"), ("type", "KT_CATALOGUE_CODE_UNKNOWN")],
            reply.Codes.OrderBy(e => e.Field, StringComparer.Ordinal).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(Client, HttpMethod.Get, $"/api/cases/{id}")).Status);
    }
}

/// <summary>The case scenarios over a SQLite file.</summary>
public sealed class SqliteCaseTests(SqliteHost host) : CaseContract, IClassFixture<SqliteHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    [Fact]
    public Task Sqlite_OpenListAndAdvanceToClosed() => OpenListAndAdvanceToClosed();

    [Fact]
    public Task Sqlite_IllegalStepIsConflict() => IllegalStepIsConflict();

    [Fact]
    public Task Sqlite_OutsideJurisdictionIsForbiddenCitingTheRule() => OutsideJurisdictionIsForbiddenCitingTheRule();

    [Fact]
    public Task Sqlite_AnotherBodyCannotAdvance() => AnotherBodyCannotAdvance();

    [Fact]
    public Task Sqlite_VietnameseTextIsStoredAsNfc() => VietnameseTextIsStoredAsNfc();

    [Fact]
    public Task Sqlite_IdentifiersAndReferencesFollowTheSdkRule() => IdentifiersAndReferencesFollowTheSdkRule();

    [Fact]
    public Task Sqlite_OpeningRequest_IsCheckedByThePackagesValidator_WithCodes() => OpeningRequest_IsCheckedByThePackagesValidator_WithCodes();
}

/// <summary>The case scenarios over PostgreSQL (<c>KIEMTRA_TEST_POSTGRES</c>, see .ci/postgres.sh).</summary>
public sealed class PostgresCaseTests(PostgresHost host) : CaseContract, IClassFixture<PostgresHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    [PostgresFact]
    public Task Postgres_OpenListAndAdvanceToClosed() => OpenListAndAdvanceToClosed();

    [PostgresFact]
    public Task Postgres_IllegalStepIsConflict() => IllegalStepIsConflict();

    [PostgresFact]
    public Task Postgres_OutsideJurisdictionIsForbiddenCitingTheRule() => OutsideJurisdictionIsForbiddenCitingTheRule();

    [PostgresFact]
    public Task Postgres_AnotherBodyCannotAdvance() => AnotherBodyCannotAdvance();

    [PostgresFact]
    public Task Postgres_VietnameseTextIsStoredAsNfc() => VietnameseTextIsStoredAsNfc();

    [PostgresFact]
    public Task Postgres_IdentifiersAndReferencesFollowTheSdkRule() => IdentifiersAndReferencesFollowTheSdkRule();

    [PostgresFact]
    public Task Postgres_OpeningRequest_IsCheckedByThePackagesValidator_WithCodes() => OpeningRequest_IsCheckedByThePackagesValidator_WithCodes();
}
