using System.Net;
using System.Text.Json;
using KiemTra.WebHost.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KiemTra.WebHost.Tests;

/// <summary>
/// The steps beyond the main procedure — discipline, hand-over to inspection, take-up and higher review (R-S4, R-I4) —
/// each authority-checked against the acting body and replayed from the store; run over SQLite by
/// <see cref="SqliteCaseStepTests"/> and over PostgreSQL by <see cref="PostgresCaseStepTests"/>.
/// </summary>
public abstract class CaseStepContract
{
    /// <summary>The provincial inspection commission (above Ngọc Hà).</summary>
    protected static readonly (string Organization, string Body) ProvinceCommission = ("TN", "InspectionCommission");

    /// <summary>The inspection commission of another commune.</summary>
    protected static readonly (string Organization, string Body) OtherCommuneCommission = ("TN.X002", "InspectionCommission");

    /// <summary>Ngọc Hà's committee (conducts supervisions).</summary>
    protected static readonly (string Organization, string Body) NgocHaCommittee = ("TN.X001", "Committee");

    /// <summary>The host.</summary>
    protected abstract WebHostFactory Factory { get; }

    private HttpClient Client => Factory.CreateClient();

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..30];

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

    private async Task<string> Open(string activity, string type, (string, string) actor, string subject = "TN.X001.C001")
    {
        var id = NewId("KT");
        var body = Api.Json(new { id, title = "Hồ sơ thử", activity, type, openedOn = "2026-11-20", subjects = new[] { new { organization = subject } } });
        var reply = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", body, actor);
        Assert.True(reply.Status == HttpStatusCode.Created, reply.ToString());
        return id;
    }

    private async Task<Reply> Step(string id, object step, (string, string) actor, string? language = null) =>
        await Api.SendAsync(Client, HttpMethod.Post, $"/api/cases/{id}/steps", Api.Json(step), actor, language);

    private async Task Steps(string id, IEnumerable<object> steps, (string, string) actor)
    {
        foreach (var step in steps)
        {
            var reply = await Step(id, step, actor);
            Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        }
    }

    private async Task<int> StoredSteps(string id) => await Factory.WithDbAsync(db => db.CaseSteps.CountAsync(s => s.CaseId == id));

    /// <summary>The GET (replayed from the store) is the same case the step's response showed.</summary>
    private async Task<JsonElement> AssertReplayReproduces(string id, Reply afterStep)
    {
        var shown = await Api.SendAsync(Client, HttpMethod.Get, $"/api/cases/{id}");
        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Equal(afterStep.CaseJson.GetRawText(), shown.CaseJson.GetRawText());
        Assert.Equal(afterStep.Json.GetProperty("allowedSteps").GetRawText(), shown.Json.GetProperty("allowedSteps").GetRawText());
        return shown.CaseJson;
    }

    /// <summary>The conducting commission decides a reprimand of the cell after the notice; the case replays with it.</summary>
    protected async Task DisciplineDecidedWithinCompetence_IsRecordedAndReplayed()
    {
        var id = await Open("InspectionOnSignsOfViolation", "signs-of-violation", Api.NgocHaCommission);
        await Steps(id, ToNotice, Api.NgocHaCommission);

        var reply = await Step(id, new { step = "RecordDiscipline", on = "2026-12-14", discipline = new { decided = true, form = "khiển trách", reference = "05-QĐ/UBKT" } }, Api.NgocHaCommission);

        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        Assert.Equal("DisciplineRecorded", reply.CaseStateName);
        var shown = await AssertReplayReproduces(id, reply);
        Assert.Contains("05-QĐ/UBKT", shown.GetProperty("history")[10].GetProperty("note").GetString(), StringComparison.Ordinal);
        var payload = await Factory.WithDbAsync(db => db.CaseSteps.Where(s => s.CaseId == id && s.Step == "RecordDiscipline").Select(s => s.Payload).SingleAsync());
        Assert.Contains("\"form\":\"reprimand\"", payload, StringComparison.Ordinal); // stored as the stable code, whatever the client typed

        // Issue 12: the typed outcome (subject, form, decided) is stored as columns with the step, not only as prose.
        var outcome = await Factory.WithDbAsync(db => db.CaseDiscipline.SingleAsync(d => d.CaseId == id));
        Assert.Equal((ToNotice.Length + 1, "org", "TN.X001.C001", "reprimand", true, "05-QĐ/UBKT"), (outcome.Sequence, outcome.SubjectKind, outcome.SubjectId, outcome.Form, outcome.Decided, outcome.Reference));

        // The register the reports read now holds this case (its steps dated after today are simply not yet seen).
        var report = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X001/indicators?period=2026", actor: Api.NgocHaCommission);
        Assert.True(report.Status == HttpStatusCode.OK, report.ToString());
    }

    /// <summary>With two subjects the step must name the one disciplined, and it must be a subject of the case: 400 naming <c>discipline.subject</c>; nothing stored.</summary>
    protected async Task DisciplineOfACaseWithTwoSubjects_NamesASubjectOfTheCase()
    {
        var id = NewId("KT");
        var body = Api.Json(new { id, title = "Hồ sơ hai đối tượng", activity = "InspectionOnSignsOfViolation", type = "signs-of-violation", openedOn = "2026-11-20", subjects = new[] { new { organization = "TN.X001.C001" }, new { organization = "TN.X001.C002" } } });
        Assert.Equal(HttpStatusCode.Created, (await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", body, Api.NgocHaCommission)).Status);
        await Steps(id, ToNotice, Api.NgocHaCommission);

        var unnamed = await Step(id, new { step = "RecordDiscipline", on = "2026-12-14", discipline = new { decided = false, form = "warning", reference = "08-ĐN/UBKT" } }, Api.NgocHaCommission);
        var stranger = await Step(id, new { step = "RecordDiscipline", on = "2026-12-14", discipline = new { decided = false, form = "warning", reference = "08-ĐN/UBKT", subject = new { organization = "TN.X002" } } }, Api.NgocHaCommission);
        var named = await Step(id, new { step = "RecordDiscipline", on = "2026-12-14", discipline = new { decided = false, form = "warning", reference = "08-ĐN/UBKT", subject = new { organization = "TN.X001.C002" } } }, Api.NgocHaCommission);

        Assert.Equal(HttpStatusCode.BadRequest, unnamed.Status);
        Assert.Contains(unnamed.Errors, e => e.Field == "discipline.subject");
        Assert.Equal(HttpStatusCode.BadRequest, stranger.Status);
        Assert.Contains(stranger.Errors, e => e.Field == "discipline.subject");
        Assert.True(named.Status == HttpStatusCode.OK, named.ToString());
        var outcome = await Factory.WithDbAsync(db => db.CaseDiscipline.SingleAsync(d => d.CaseId == id));
        Assert.Equal(("TN.X001.C002", "warning", false), (outcome.SubjectId, outcome.Form, outcome.Decided));
        await AssertReplayReproduces(id, named);
    }

    /// <summary>A form the rules do not allow for the subject is 403 citing them; a body of another commune is 403; nothing is stored.</summary>
    protected async Task DisciplineOutsideCompetenceOrJurisdiction_IsForbidden()
    {
        var id = await Open("InspectionOnSignsOfViolation", "signs-of-violation", Api.NgocHaCommission);
        await Steps(id, ToNotice, Api.NgocHaCommission);

        var expulsionOfACell = await Step(id, new { step = "RecordDiscipline", on = "2026-12-14", discipline = new { decided = true, form = "expulsion", reference = "06-QĐ/UBKT" } }, Api.NgocHaCommission, "en");
        var otherCommune = await Step(id, new { step = "RecordDiscipline", on = "2026-12-14", discipline = new { decided = true, form = "reprimand", reference = "07-QĐ/UBKT" } }, OtherCommuneCommission);

        Assert.Equal(HttpStatusCode.Forbidden, expulsionOfACell.Status);
        Assert.Equal("urn:kiemtra:problem:outside-jurisdiction", expulsionOfACell.Str("type"));
        Assert.Equal("Discipline", expulsionOfACell.Str("activity"));
        Assert.Contains("expulsion", expulsionOfACell.Str("detail"), StringComparison.Ordinal);
        Assert.NotEqual(0, expulsionOfACell.Json.GetProperty("rules").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, otherCommune.Status); // outside its jurisdiction: as if the case did not exist (issue 15)
        Assert.Equal(ToNotice.Length, await StoredSteps(id));
    }

    /// <summary>
    /// Fifty signed-in requests race to record the same next step of one case: exactly one is stored (200), every other
    /// one is a 409, none a 500, and the stored history holds the step once (the check held before sign-in; issue 15 item 10).
    /// </summary>
    protected async Task FiftyParallelSteps_OnOneCase_ExactlyOneIsStored()
    {
        var id = await Open("InspectionOnSignsOfViolation", "signs-of-violation", Api.NgocHaCommission);
        await Steps(id, ToNotice.Take(1), Api.NgocHaCommission);
        var replies = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Step(id, ToNotice[1], Api.NgocHaCommission)));

        Assert.Equal(1, replies.Count(r => r.Status == HttpStatusCode.OK));
        Assert.Equal(49, replies.Count(r => r.Status == HttpStatusCode.Conflict));
        Assert.Equal(2, await StoredSteps(id));
    }

    /// <summary>A supervision hands signs of violation to the commune's commission: the linked inspection is stored in the same write and replays from the supervision's step.</summary>
    protected async Task HandOver_OpensTheLinkedInspection_WhichReplaysAndAdvances()
    {
        // R-S4: supervision that finds signs of violation hands them over for inspection, linked to it.
        var supervision = await Open("RegularSupervision", "regular", NgocHaCommittee);
        await Steps(supervision, ToNotice.Take(4), NgocHaCommittee);
        var inspection = NewId("KT-HO");

        var reply = await Step(supervision, new
        {
            step = "HandOverForInspection",
            on = "2026-11-27",
            handOver = new { caseId = inspection, title = "Kiểm tra khi có dấu hiệu vi phạm tại chi bộ", commissionOf = "TN.X001", subjects = new[] { new { organization = "TN.X001.C001" } }, reason = "Dấu hiệu vi phạm nguyên tắc tập trung dân chủ" },
        }, NgocHaCommittee);

        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        Assert.Equal("Announced", reply.CaseStateName);
        Assert.Equal(inspection, Assert.Single(reply.Json.GetProperty("linkedCases").EnumerateArray()).GetString());
        await AssertReplayReproduces(supervision, reply);

        var opened = await Api.SendAsync(Client, HttpMethod.Get, $"/api/cases/{inspection}");
        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.Equal("InspectionOnSignsOfViolation", opened.CaseJson.GetProperty("activity").GetString());
        Assert.Equal("InspectionCommission", opened.CaseJson.GetProperty("body").GetString());
        Assert.Equal("Opened", opened.CaseStateName);
        Assert.Equal("HandedOverFromSupervision", opened.CaseJson.GetProperty("origin").GetProperty("kind").GetString());
        Assert.Equal(supervision, opened.CaseJson.GetProperty("origin").GetProperty("caseId").GetString());
        Assert.Equal(inspection, Assert.Single(reply.CaseJson.GetProperty("handedOverTo").EnumerateArray()).GetString());
        Assert.Contains($"từ giám sát {supervision}", opened.CaseJson.GetProperty("history")[0].GetProperty("note").GetString(), StringComparison.Ordinal);

        var decided = await Step(inspection, new { step = "IssueDecision", on = "2026-11-30", reference = "16-QĐ/UBKT" }, Api.NgocHaCommission);
        Assert.True(decided.Status == HttpStatusCode.OK, decided.ToString());
        var replayed = await AssertReplayReproduces(inspection, decided);
        Assert.Equal("HandedOverFromSupervision", replayed.GetProperty("origin").GetProperty("kind").GetString());

        // After a restart, both cases are rebuilt from the store alone, exactly as they were.
        await using var restarted = Factory.Restarted();
        var again = restarted.CreateClient();
        foreach (var (id, before) in new[] { (supervision, await Api.SendAsync(Client, HttpMethod.Get, $"/api/cases/{supervision}")), (inspection, decided) })
        {
            var after = await Api.SendAsync(again, HttpMethod.Get, $"/api/cases/{id}");
            Assert.Equal(before.CaseJson.GetRawText(), after.CaseJson.GetRawText());
            Assert.Equal(before.Json.GetProperty("linkedCases").GetRawText(), after.Json.GetProperty("linkedCases").GetRawText());
        }
    }

    /// <summary>Handing over to the commission of a commune without jurisdiction over the subject is 403; neither the step nor the inspection is stored.</summary>
    protected async Task HandOver_ToACommissionOutsideJurisdiction_IsForbidden()
    {
        var supervision = await Open("RegularSupervision", "regular", NgocHaCommittee);
        await Steps(supervision, ToNotice.Take(4), NgocHaCommittee);
        var inspection = NewId("KT-HO");

        var reply = await Step(supervision, new
        {
            step = "HandOverForInspection",
            on = "2026-11-27",
            handOver = new { caseId = inspection, title = "Kiểm tra", commissionOf = "TN.X002", subjects = new[] { new { organization = "TN.X001.C001" } }, reason = "Dấu hiệu vi phạm" },
        }, NgocHaCommittee);

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("TN.X002", reply.Str("actingOrganization"));
        Assert.Equal("InspectionOnSignsOfViolation", reply.Str("activity"));
        Assert.Equal(4, await StoredSteps(supervision));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(Client, HttpMethod.Get, $"/api/cases/{inspection}")).Status);
    }

    /// <summary>
    /// A hand-over's subjects are checked by the validation package's validator, with its codes: none at all, or one naming
    /// both an organisation and a member, is 400 from <c>CaseStepDraftValidator</c> (the host does not re-check them); nothing is stored.
    /// </summary>
    protected async Task HandOver_SubjectsAreCheckedByThePackagesValidator_WithCodes()
    {
        var supervision = await Open("RegularSupervision", "regular", NgocHaCommittee);
        await Steps(supervision, ToNotice.Take(4), NgocHaCommittee);
        Task<Reply> HandOver(object[] subjects) => Step(supervision, new
        {
            step = "HandOverForInspection",
            on = "2026-11-27",
            handOver = new { caseId = NewId("KT-HO"), title = "Kiểm tra", commissionOf = "TN.X001", subjects, reason = "Dấu hiệu vi phạm" },
        }, NgocHaCommittee, "en");

        var none = await HandOver([]);
        var both = await HandOver([new { organization = "TN.X001.C001", member = "TN.M002298" }]);

        Assert.Equal(HttpStatusCode.BadRequest, none.Status);
        Assert.Equal([("handOver.subjects", "KT_LIST_EMPTY")], none.Codes);
        Assert.Equal(HttpStatusCode.BadRequest, both.Status);
        Assert.Equal([("handOver.subjects[0]", "KT_SUBJECT_INVALID")], both.Codes);
        Assert.Equal(4, await StoredSteps(supervision));
    }

    /// <summary>
    /// Handing over a member the receiving commission has no authority over and a member id that does not exist get the
    /// same 403 with the same detail (issue 15: 400 against 403 told whether a member id exists); nothing is stored.
    /// </summary>
    protected async Task HandOver_OfAnUnknownMemberId_IsRefusedExactlyAsARealMemberOutsideAuthority()
    {
        var dataset = SharedDataset.Value;
        var real = dataset.ChildrenOf(KiemTra.Sdk.Organization.OrganizationId.From("TN.X002"), dataset.SnapshotDate).SelectMany(c => new[] { c }.Concat(dataset.ChildrenOf(c.Id, dataset.SnapshotDate)))
            .SelectMany(o => dataset.MembersOf(o.Id)).Select(m => m.Id.Value).OrderBy(m => m, StringComparer.Ordinal).First();
        const string unknown = "TN.M999997";
        var supervision = await Open("RegularSupervision", "regular", NgocHaCommittee);
        await Steps(supervision, ToNotice.Take(4), NgocHaCommittee);
        async Task<string> HandOver(string member)
        {
            var reply = await Api.SendAsync(Client, HttpMethod.Post, $"/api/cases/{supervision}/steps", Api.Json(new
            {
                step = "HandOverForInspection",
                on = "2026-11-27",
                handOver = new { caseId = "KT-HO-SAME", title = "Kiểm tra", commissionOf = "TN.X001", subjects = new[] { new { member } }, reason = "Dấu hiệu vi phạm" },
            }), NgocHaCommittee, "en");
            Assert.True(reply.Status == HttpStatusCode.Forbidden, reply.ToString());
            var json = System.Text.Json.Nodes.JsonNode.Parse(reply.Body)!.AsObject();
            json.Remove("traceId");
            return json.ToJsonString().Replace(member, "{member}", StringComparison.Ordinal);
        }

        Assert.Equal(await HandOver(real), await HandOver(unknown));
        Assert.Equal(4, await StoredSteps(supervision));
    }

    /// <summary>The provincial commission takes the commune's case up: the lower case ends TakenUp and the higher one opens, linked; both replay.</summary>
    protected async Task TakeUp_ByTheHigherCommission_EndsTheLowerCaseAndOpensTheHigherOne()
    {
        // R-I4: a higher commission takes up a case the lower level did not handle properly.
        var lower = await Open("InspectionOnSignsOfViolation", "signs-of-violation", Api.NgocHaCommission);
        await Steps(lower, ToNotice.Take(2), Api.NgocHaCommission);
        var higher = NewId("KT-TU");

        var reply = await Step(lower, new { step = "TakeUp", on = "2026-11-26", takeUp = new { caseId = higher, title = "Ủy ban kiểm tra Tỉnh ủy thụ lý", reason = "LowerLevelActedWrongly", explanation = "Kế hoạch bỏ sót nội dung" } }, ProvinceCommission);

        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        Assert.Equal("TakenUp", reply.CaseStateName);
        await AssertReplayReproduces(lower, reply);
        var opened = await Api.SendAsync(Client, HttpMethod.Get, $"/api/cases/{higher}");
        Assert.Equal("TN", opened.CaseJson.GetProperty("conductedBy").GetString());
        Assert.Equal("TakenUpFromLowerLevel", opened.CaseJson.GetProperty("origin").GetProperty("kind").GetString());
        var decided = await Step(higher, new { step = "IssueDecision", on = "2026-11-27", reference = "30-QĐ/UBKTTU" }, ProvinceCommission);
        Assert.True(decided.Status == HttpStatusCode.OK, decided.ToString());
        await AssertReplayReproduces(higher, decided);

        // The lower body can no longer advance a case that was taken up.
        Assert.Equal(HttpStatusCode.Conflict, (await Step(lower, new { step = "FormTeam", on = "2026-11-28", team = new { leader = "TN.M002298", members = Array.Empty<string>() } }, Api.NgocHaCommission)).Status);
    }

    /// <summary>A commission that is not above the conducting organisation may neither take the case up nor review it.</summary>
    protected async Task TakeUpOrReview_ByACommissionNotAbove_IsForbidden()
    {
        var id = await Open("InspectionOnSignsOfViolation", "signs-of-violation", Api.NgocHaCommission);
        await Steps(id, ToNotice, Api.NgocHaCommission);
        var higher = NewId("KT-TU");

        var takeUp = await Step(id, new { step = "TakeUp", on = "2026-12-12", takeUp = new { caseId = higher, title = "Thụ lý", reason = "CoverUpSuspected", explanation = "Bao che" } }, OtherCommuneCommission, "en");
        var ownReview = await Step(id, new { step = "RecordHigherReview", on = "2026-12-12", review = new { outcome = "Upheld", finding = "Đúng" } }, Api.NgocHaCommission);
        var provinceCommittee = await Step(id, new { step = "RecordHigherReview", on = "2026-12-12", review = new { outcome = "Upheld", finding = "Đúng" } }, ("TN", "Committee"));

        Assert.Equal(HttpStatusCode.NotFound, takeUp.Status); // another commune's commission does not see the case (issue 15)
        Assert.Equal(HttpStatusCode.Forbidden, ownReview.Status);
        Assert.Equal(HttpStatusCode.Forbidden, provinceCommittee.Status);
        Assert.Equal(ToNotice.Length, await StoredSteps(id));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(Client, HttpMethod.Get, $"/api/cases/{higher}")).Status);
    }

    /// <summary>The provincial commission reviews the commune's conclusion; the review is part of the replayed case.</summary>
    protected async Task HigherReview_IsRecordedAndReplayed()
    {
        var id = await Open("InspectionOnSignsOfViolation", "signs-of-violation", Api.NgocHaCommission);
        await Steps(id, ToNotice, Api.NgocHaCommission);

        var reply = await Step(id, new { step = "RecordHigherReview", on = "2026-12-14", review = new { outcome = "ReconsiderationRequested", finding = "Chưa xem xét đủ trách nhiệm cá nhân" } }, ProvinceCommission);

        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        Assert.Equal("NoticeIssued", reply.CaseStateName);
        var shown = await AssertReplayReproduces(id, reply);
        var review = Assert.Single(shown.GetProperty("reviews").EnumerateArray());
        Assert.Equal("TN", review.GetProperty("reviewedBy").GetString());
        Assert.Equal("ReconsiderationRequested", review.GetProperty("outcome").GetString());
        var stored = await Factory.WithDbAsync(db => db.CaseSteps.Where(s => s.CaseId == id && s.Step == "RecordHigherReview").Select(s => s.ActingOrganization).SingleAsync());
        Assert.Equal("TN", stored);
    }

    /// <summary>A new step's missing or unused fields are 400 naming each; nothing is silently dropped.</summary>
    protected async Task NewStepsNameMissingAndUnusedFields()
    {
        var id = await Open("InspectionOnSignsOfViolation", "signs-of-violation", Api.NgocHaCommission);
        await Steps(id, ToNotice, Api.NgocHaCommission);

        var missing = await Step(id, new { step = "RecordDiscipline", on = "2026-12-14", discipline = new { form = "nhắc nhở" } }, Api.NgocHaCommission);
        var unused = await Step(id, new { step = "Close", on = "2026-12-14", review = new { outcome = "Upheld", finding = "x" } }, Api.NgocHaCommission);

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains(missing.Errors, e => e.Field == "discipline.decided");
        Assert.Contains(missing.Errors, e => e.Field == "discipline.reference");
        Assert.Contains(missing.Errors, e => e is { Field: "discipline.form", Value: "nhắc nhở" });
        Assert.Contains(unused.Errors, e => e.Field == "review");
    }
}

/// <summary>The new case steps over SQLite.</summary>
public sealed class SqliteCaseStepTests(SqliteHost host) : CaseStepContract, IClassFixture<SqliteHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    [Fact]
    public Task Sqlite_FiftyParallelSteps_OnOneCase_ExactlyOneIsStored() => FiftyParallelSteps_OnOneCase_ExactlyOneIsStored();

    [Fact]
    public Task Sqlite_DisciplineDecidedWithinCompetence_IsRecordedAndReplayed() => DisciplineDecidedWithinCompetence_IsRecordedAndReplayed();

    [Fact]
    public Task Sqlite_DisciplineOfACaseWithTwoSubjects_NamesASubjectOfTheCase() => DisciplineOfACaseWithTwoSubjects_NamesASubjectOfTheCase();

    [Fact]
    public Task Sqlite_DisciplineOutsideCompetenceOrJurisdiction_IsForbidden() => DisciplineOutsideCompetenceOrJurisdiction_IsForbidden();

    [Fact]
    public Task Sqlite_HandOver_OpensTheLinkedInspection_WhichReplaysAndAdvances() => HandOver_OpensTheLinkedInspection_WhichReplaysAndAdvances();

    [Fact]
    public Task Sqlite_HandOver_ToACommissionOutsideJurisdiction_IsForbidden() => HandOver_ToACommissionOutsideJurisdiction_IsForbidden();

    [Fact]
    public Task Sqlite_HandOver_SubjectsAreCheckedByThePackagesValidator_WithCodes() => HandOver_SubjectsAreCheckedByThePackagesValidator_WithCodes();

    [Fact]
    public Task Sqlite_HandOver_OfAnUnknownMemberId_IsRefusedExactlyAsARealMemberOutsideAuthority() => HandOver_OfAnUnknownMemberId_IsRefusedExactlyAsARealMemberOutsideAuthority();

    [Fact]
    public Task Sqlite_TakeUp_ByTheHigherCommission_EndsTheLowerCaseAndOpensTheHigherOne() => TakeUp_ByTheHigherCommission_EndsTheLowerCaseAndOpensTheHigherOne();

    [Fact]
    public Task Sqlite_TakeUpOrReview_ByACommissionNotAbove_IsForbidden() => TakeUpOrReview_ByACommissionNotAbove_IsForbidden();

    [Fact]
    public Task Sqlite_HigherReview_IsRecordedAndReplayed() => HigherReview_IsRecordedAndReplayed();

    [Fact]
    public Task Sqlite_NewStepsNameMissingAndUnusedFields() => NewStepsNameMissingAndUnusedFields();
}

/// <summary>The new case steps over PostgreSQL.</summary>
public sealed class PostgresCaseStepTests(PostgresHost host) : CaseStepContract, IClassFixture<PostgresHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    [PostgresFact]
    public Task Postgres_FiftyParallelSteps_OnOneCase_ExactlyOneIsStored() => FiftyParallelSteps_OnOneCase_ExactlyOneIsStored();

    [PostgresFact]
    public Task Postgres_DisciplineDecidedWithinCompetence_IsRecordedAndReplayed() => DisciplineDecidedWithinCompetence_IsRecordedAndReplayed();

    [PostgresFact]
    public Task Postgres_DisciplineOfACaseWithTwoSubjects_NamesASubjectOfTheCase() => DisciplineOfACaseWithTwoSubjects_NamesASubjectOfTheCase();

    [PostgresFact]
    public Task Postgres_DisciplineOutsideCompetenceOrJurisdiction_IsForbidden() => DisciplineOutsideCompetenceOrJurisdiction_IsForbidden();

    [PostgresFact]
    public Task Postgres_HandOver_OpensTheLinkedInspection_WhichReplaysAndAdvances() => HandOver_OpensTheLinkedInspection_WhichReplaysAndAdvances();

    [PostgresFact]
    public Task Postgres_HandOver_ToACommissionOutsideJurisdiction_IsForbidden() => HandOver_ToACommissionOutsideJurisdiction_IsForbidden();

    [PostgresFact]
    public Task Postgres_HandOver_SubjectsAreCheckedByThePackagesValidator_WithCodes() => HandOver_SubjectsAreCheckedByThePackagesValidator_WithCodes();

    [PostgresFact]
    public Task Postgres_HandOver_OfAnUnknownMemberId_IsRefusedExactlyAsARealMemberOutsideAuthority() => HandOver_OfAnUnknownMemberId_IsRefusedExactlyAsARealMemberOutsideAuthority();

    [PostgresFact]
    public Task Postgres_TakeUp_ByTheHigherCommission_EndsTheLowerCaseAndOpensTheHigherOne() => TakeUp_ByTheHigherCommission_EndsTheLowerCaseAndOpensTheHigherOne();

    [PostgresFact]
    public Task Postgres_TakeUpOrReview_ByACommissionNotAbove_IsForbidden() => TakeUpOrReview_ByACommissionNotAbove_IsForbidden();

    [PostgresFact]
    public Task Postgres_HigherReview_IsRecordedAndReplayed() => HigherReview_IsRecordedAndReplayed();

    [PostgresFact]
    public Task Postgres_NewStepsNameMissingAndUnusedFields() => NewStepsNameMissingAndUnusedFields();
}
