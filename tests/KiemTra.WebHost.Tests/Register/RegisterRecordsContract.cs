using System.Net;
using System.Text.Json;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson;
using KiemTra.WebHost.Tests.Infrastructure;
using NodaTime;
using KiemTra.Sdk.Inspection;

namespace KiemTra.WebHost.Tests.Register;

/// <summary>
/// The web host persists the whole register (issue 12 item 5, issue 15 item 4): a disciplinary decision, a complaint and
/// its resolution, a denunciation through intake and conclusion, an assignment and its assignee's report, each recorded
/// through HTTP, change the organisation's statistics by exactly what was recorded. Run over SQLite by
/// <see cref="SqliteRegisterRecordsTests"/> and over PostgreSQL by <see cref="PostgresRegisterRecordsTests"/>.
/// </summary>
public abstract class RegisterRecordsContract
{
    /// <summary>The host.</summary>
    protected abstract WebHostFactory Factory { get; }

    private HttpClient Client => Factory.CreateClient();

    private static PartyDataset Dataset => SharedDataset.Value;

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    /// <summary>A full member of cell C001 of Ngọc Hà, the cell's first member by id.</summary>
    internal static MemberId CellMember => Dataset.MembersOf(OrganizationId.From("TN.X001.C001")).Select(m => m.Id).OrderBy(m => m.Value, StringComparer.Ordinal).First();

    /// <summary>The register document's decision entry of a decision (written by the JSON package, the one owner of the dialect).</summary>
    internal static string DecisionEntry(DisciplineDecision decision)
    {
        using var buffer = new MemoryStream();
        WorkRegisterJson.Write(WorkRegister.CreateBuilder().AddDecision(decision).Build(), buffer, indented: false);
        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.GetProperty("decisions")[0].GetRawText();
    }

    /// <summary>A reprimand of <see cref="CellMember"/> decided on 10/9/2025 by a body the SDK's authority rules allow to decide it.</summary>
    internal static (DisciplineDecision Decision, ActingBody Actor) Reprimand(string id)
    {
        var on = new LocalDate(2025, 9, 10);
        var authority = new AuthorityRules(Dataset, RuleBook.BuiltIn);
        var actor = authority.WhoMay(ActivityKind.Discipline, OversightSubject.Of(CellMember), on, DisciplineForm.Reprimand).First();
        var decision = DisciplineDecision.Create(DecisionId.From(id), $"VP-{id}", DisciplineSubject.OfFullMember(CellMember, holdsPost: false), DisciplineForm.Reprimand, actor.Organization, actor.Body, on, on.PlusDays(2),
            new DisciplineCircumstances
            {
                Content = "Vi phạm quy định về sinh hoạt đảng",
                Nature = "Ít nghiêm trọng",
                Extent = "Một lần",
                Harm = "Không",
                Consequence = "Không",
                Cause = "Chủ quan",
                Aggravating = [],
                Mitigating = [],
                Attitude = Attitude.Sincere,
                Remediation = "Đã khắc phục",
                Role = ParticipationRole.Sole,
            },
            [], DisciplineRules.FromRules(RuleBook.BuiltIn, on));
        return (decision, actor);
    }

    private async Task<JsonElement> Statistics(string scope)
    {
        var reply = await Api.SendAsync(Client, HttpMethod.Get, $"/api/organizations/{scope}/statistics?period=2025", actor: Api.NgocHaCommission);
        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        return reply.Json;
    }

    private static int Count(JsonElement counts, string key) => counts.TryGetProperty(key, out var v) ? v.GetInt32() : 0;

    /// <summary>A decision recorded through HTTP adds one member to the deciding organisation's reprimands of 2025, and nothing else.</summary>
    protected async Task RecordingADecision_AddsOneMemberToItsFormInTheDecidingOrganisationsStatistics()
    {
        // R-D7: discipline statistics count the register's decisions by form; the host's register is what its database holds.
        var (decision, actor) = Reprimand(NewId("QD"));
        var scope = actor.Organization.Value;
        Assert.True(Dataset.IsInSubtree(OrganizationId.From("TN.X001"), actor.Organization), $"{actor} decides outside Ngọc Hà");
        var statistics = await Statistics("TN.X001");
        var before = statistics.GetProperty("discipline");

        // R-F1: the follow-up figures keep their shape: issued = on time + late + overdue + not yet due.
        var followUp = statistics.GetProperty("followUp");
        Assert.Equal(["issued", "completedOnTime", "completedLate", "overdue", "notYetDue"], followUp.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(followUp.GetProperty("issued").GetInt32(), followUp.EnumerateObject().Skip(1).Sum(p => p.Value.GetInt32()));

        var recorded = await Api.SendAsync(Client, HttpMethod.Post, "/api/discipline-decisions", DecisionEntry(decision), (scope, actor.Body.ToString()));
        Assert.True(recorded.Status == HttpStatusCode.Created, recorded.ToString());

        var after = (await Statistics("TN.X001")).GetProperty("discipline");
        Assert.Equal(before.GetProperty("members").GetInt32() + 1, after.GetProperty("members").GetInt32());
        Assert.Equal(Count(before.GetProperty("membersByForm"), "reprimand") + 1, Count(after.GetProperty("membersByForm"), "reprimand"));
        Assert.Equal(Count(before.GetProperty("membersByForm"), "warning"), Count(after.GetProperty("membersByForm"), "warning"));
        Assert.Equal(before.GetProperty("organizations").GetInt32(), after.GetProperty("organizations").GetInt32());

        var shown = await Api.SendAsync(Client, HttpMethod.Get, $"/api/discipline-decisions/{decision.Id.Value.ToLowerInvariant()}");
        Assert.True(shown.Status == HttpStatusCode.OK, shown.ToString());
        Assert.Equal("Reprimand", shown.Json.GetProperty("entry").GetProperty("decision").GetProperty("form").GetString()); // the entry as the JSON package writes it (the form by name)
        Assert.Equal((scope, actor.Body.ToString()), (shown.Str("recordedByOrganization"), shown.Str("recordedByBody")));

        // Ids are unique regardless of letter case (issue 15 item 5).
        var again = await Api.SendAsync(Client, HttpMethod.Post, "/api/discipline-decisions", DecisionEntry(Reprimand(decision.Id.Value.ToLowerInvariant()).Decision), (scope, actor.Body.ToString()));
        Assert.True(again.Status == HttpStatusCode.Conflict, again.ToString());
    }

    /// <summary>A complaint and its resolution recorded through HTTP add one member upheld to the complaint figures of 2025.</summary>
    protected async Task RecordingAComplaintAndItsResolution_AddsOneUpheldMember()
    {
        // R-D5: complaint statistics count resolutions in the period by outcome, within the deciding organisation's subtree.
        var (decision, actor) = Reprimand(NewId("QD"));
        var scope = actor.Organization.Value;
        Assert.Equal(HttpStatusCode.Created, (await Api.SendAsync(Client, HttpMethod.Post, "/api/discipline-decisions", DecisionEntry(decision), (scope, actor.Body.ToString()))).Status);
        var authority = new AuthorityRules(Dataset, RuleBook.BuiltIn);
        var resolver = authority.WhoMay(ActivityKind.ComplaintResolution, OversightSubject.Of(CellMember), new LocalDate(2025, 10, 1)).First();
        const string statisticsScope = "TN.X001";
        Assert.True(Dataset.IsInSubtree(OrganizationId.From(statisticsScope), actor.Organization), $"{actor} decides outside Ngọc Hà");
        var before = (await Statistics(statisticsScope)).GetProperty("complaints");

        var id = NewId("KN");
        var filed = await Api.SendAsync(Client, HttpMethod.Post, "/api/complaints",
            Api.Json(new { id, decisionId = decision.Id.Value, decisionReceivedOn = "2025-09-12", filedOn = "2025-09-20", filedBySubject = true, signed = true, previouslyResolvedByCentralCommittee = false }),
            (resolver.Organization.Value, resolver.Body.ToString()));
        Assert.True(filed.Status == HttpStatusCode.Created, filed.ToString());

        // The body is the register document's resolution entry, read by the JSON package: a refusal names the body's field
        // with the reader's code; the complaint is named by the path only.
        var wrongOutcome = await Api.SendAsync(Client, HttpMethod.Post, $"/api/complaints/{id}/resolution", Api.Json(new { outcome = "Maybe", resolvedOn = "2025-10-15" }), (resolver.Organization.Value, resolver.Body.ToString()));
        var namedTwice = await Api.SendAsync(Client, HttpMethod.Post, $"/api/complaints/{id}/resolution", Api.Json(new { complaintId = id, outcome = "Upheld", resolvedOn = "2025-10-15" }), (resolver.Organization.Value, resolver.Body.ToString()));
        Assert.Equal(HttpStatusCode.BadRequest, wrongOutcome.Status);
        Assert.Contains(wrongOutcome.Errors, e => e.Field == "outcome");
        Assert.Contains("\"code\":\"KT_", wrongOutcome.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, namedTwice.Status);
        Assert.Contains(namedTwice.Errors, e => e.Field == "complaintId");

        var resolved = await Api.SendAsync(Client, HttpMethod.Post, $"/api/complaints/{id}/resolution", Api.Json(new { outcome = "Upheld", resolvedOn = "2025-10-15" }), (resolver.Organization.Value, resolver.Body.ToString()));
        Assert.True(resolved.Status == HttpStatusCode.OK, resolved.ToString());
        Assert.Equal("Upheld", resolved.Json.GetProperty("resolution").GetProperty("outcome").GetString()); // the entries as the JSON package wrote them
        Assert.Equal(JsonValueKind.Object, resolved.Json.GetProperty("entry").ValueKind);
        Assert.Equal((resolver.Organization.Value, resolver.Body.ToString()), (resolved.Str("recordedByOrganization"), resolved.Str("recordedByBody")));
        var twice = await Api.SendAsync(Client, HttpMethod.Post, $"/api/complaints/{id}/resolution", Api.Json(new { outcome = "Upheld", resolvedOn = "2025-10-16" }), (resolver.Organization.Value, resolver.Body.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, twice.Status);

        var after = (await Statistics(statisticsScope)).GetProperty("complaints");
        Assert.Equal(before.GetProperty("members").GetInt32() + 1, after.GetProperty("members").GetInt32());
        Assert.Equal(Count(before.GetProperty("byOutcome"), "Upheld") + 1, Count(after.GetProperty("byOutcome"), "Upheld"));
        Assert.Equal(before.GetProperty("organizations").GetInt32(), after.GetProperty("organizations").GetInt32());
    }

    /// <summary>A named denunciation received, accepted and concluded through HTTP counts once in each figure it belongs to.</summary>
    protected async Task ADenunciationThroughIntakeAndConclusion_CountsExactlyOnceInEachFigure()
    {
        // R-D6: intake → verification → conclusion; statistics count denunciations received in the period.
        var before = (await Statistics("TN.X001")).GetProperty("denunciations");
        var id = NewId("TC");
        var received = await Api.SendAsync(Client, HttpMethod.Post, "/api/denunciations", Api.Json(new
        {
            id,
            subject = new { member = CellMember.Value },
            source = "Named",
            informant = new { fullName = "Người Tố Cáo Thử", address = "Thôn Một", contact = "0900 000 001" },
            allegations = new[] { new { id = "ND-1", content = "Sử dụng tài sản công vào việc riêng" }, new { id = "ND-2", content = "Không kê khai tài sản" } },
            receivedOn = "2025-08-05",
        }), Api.NgocHaCommission);
        Assert.True(received.Status == HttpStatusCode.Created, received.ToString());
        Assert.Equal("Received", received.Str("stage"));
        var copy = received.Json.GetProperty("denunciation"); // the SDK's denunciation as the JSON package writes it: the verifiers' copy
        Assert.True(copy.GetProperty("informantWithheld").GetBoolean());
        Assert.Equal(id, copy.GetProperty("id").GetString());
        Assert.Equal(2, copy.GetProperty("allegations").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, received.Json.GetProperty("intakeOn").ValueKind);

        var early = await Api.SendAsync(Client, HttpMethod.Post, $"/api/denunciations/{id}/conclusions", Api.Json(new { allegation = "ND-1", conclusion = "TrueWithViolation", on = "2025-09-20" }), Api.NgocHaCommission);
        Assert.Equal(HttpStatusCode.Conflict, early.Status); // not taken in yet

        var intake = await Api.SendAsync(Client, HttpMethod.Post, $"/api/denunciations/{id}/intake", Api.Json(new { on = "2025-08-10", grounds = Array.Empty<string>() }), Api.NgocHaCommission);
        Assert.True(intake.Status == HttpStatusCode.OK, intake.ToString());
        Assert.Equal("Verification", intake.Str("stage"));
        Assert.Equal("2025-08-10", intake.Str("intakeOn"));
        Assert.Equal("Accepted", intake.Json.GetProperty("denunciation").GetProperty("intake").GetProperty("decision").GetString());
        foreach (var (allegation, conclusion) in new[] { ("ND-1", "TrueWithViolation"), ("ND-2", "False") })
        {
            var concluded = await Api.SendAsync(Client, HttpMethod.Post, $"/api/denunciations/{id}/conclusions", Api.Json(new { allegation, conclusion, on = "2025-09-20" }), Api.NgocHaCommission);
            Assert.True(concluded.Status == HttpStatusCode.OK, concluded.ToString());
        }

        var shown = await Api.SendAsync(Client, HttpMethod.Get, $"/api/denunciations/{id}", actor: Api.NgocHaCommission);
        Assert.Equal("Concluded", shown.Str("stage"));
        var after = (await Statistics("TN.X001")).GetProperty("denunciations");
        Assert.Equal(before.GetProperty("received").GetInt32() + 1, after.GetProperty("received").GetInt32());
        Assert.Equal(before.GetProperty("named").GetInt32() + 1, after.GetProperty("named").GetInt32());
        Assert.Equal(before.GetProperty("accepted").GetInt32() + 1, after.GetProperty("accepted").GetInt32());
        Assert.Equal(before.GetProperty("anonymous").GetInt32(), after.GetProperty("anonymous").GetInt32());
        Assert.Equal(Count(before.GetProperty("allegationsByConclusion"), "TrueWithViolation") + 1, Count(after.GetProperty("allegationsByConclusion"), "TrueWithViolation"));
        Assert.Equal(Count(before.GetProperty("allegationsByConclusion"), "False") + 1, Count(after.GetProperty("allegationsByConclusion"), "False"));
    }

    /// <summary>An assignment and one on-time report of its assignee recorded through the generic endpoint add one report, on time.</summary>
    protected async Task AnAssignmentAndItsAssigneesReport_AddOneOnTimeReport()
    {
        // R-S2, R-S8: assignee reports and their timeliness are counted within the assigning organisation's subtree.
        var before = await Statistics("TN.X001");
        var assignment = NewId("PC");
        var assigned = await Api.SendAsync(Client, HttpMethod.Post, "/api/register/facts", Api.Json(new
        {
            kind = "assignments",
            fact = new
            {
                id = assignment,
                assignment = new { assignee = "TN.M002298", locality = "TN.X001.C001", assignedBy = new { organization = "TN.X001", body = "InspectionCommission" }, from = "2025-01-01", to = (string?)null },
                bodyId = (string?)null,
                field = (string?)null,
            },
        }), Api.NgocHaCommission);
        Assert.True(assigned.Status == HttpStatusCode.Created, assigned.ToString());

        var report = NewId("BC");
        var reported = await Api.SendAsync(Client, HttpMethod.Post, "/api/register/facts",
            Api.Json(new { kind = "assigneeReports", fact = new { id = report, assignmentId = assignment, kind = "Periodic", dueOn = "2025-06-30", submittedOn = "2025-06-28" } }), Api.NgocHaCommission);
        Assert.True(reported.Status == HttpStatusCode.Created, reported.ToString());
        Assert.Equal("TN.X001", reported.Str("organization"));

        var dangling = await Api.SendAsync(Client, HttpMethod.Post, "/api/register/facts",
            Api.Json(new { kind = "assigneeReports", fact = new { id = NewId("BC"), assignmentId = "PC-NONE", kind = "Periodic", dueOn = "2025-06-30", submittedOn = "2025-06-28" } }), Api.NgocHaCommission);
        Assert.Equal(HttpStatusCode.BadRequest, dangling.Status);
        var sameIdOtherCase = await Api.SendAsync(Client, HttpMethod.Post, "/api/register/facts",
            Api.Json(new { kind = "assigneeReports", fact = new { id = report.ToLowerInvariant(), assignmentId = assignment, kind = "AdHoc", dueOn = (string?)null, submittedOn = "2025-07-02" } }), Api.NgocHaCommission);
        Assert.Equal(HttpStatusCode.Conflict, sameIdOtherCase.Status);

        var after = await Statistics("TN.X001");
        Assert.Equal(before.GetProperty("assigneeReports").GetInt32() + 1, after.GetProperty("assigneeReports").GetInt32());
        Assert.Equal(before.GetProperty("assigneeReportsOnTime").GetInt32() + 1, after.GetProperty("assigneeReportsOnTime").GetInt32());

        var listed = await Api.SendAsync(Client, HttpMethod.Get, "/api/register/facts?organization=TN.X001&kind=assigneeReports", actor: Api.NgocHaCommission);
        Assert.Contains(listed.Json.EnumerateArray(), f => f.GetProperty("id").GetString() == report);
    }
}

/// <summary>The register-records scenarios over SQLite.</summary>
public sealed class SqliteRegisterRecordsTests(SqliteHost host) : RegisterRecordsContract, IClassFixture<SqliteHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    [Fact]
    public Task Sqlite_RecordingADecision_AddsOneMemberToItsForm() => RecordingADecision_AddsOneMemberToItsFormInTheDecidingOrganisationsStatistics();

    [Fact]
    public Task Sqlite_RecordingAComplaintAndItsResolution_AddsOneUpheldMember() => RecordingAComplaintAndItsResolution_AddsOneUpheldMember();

    [Fact]
    public Task Sqlite_ADenunciationThroughIntakeAndConclusion_CountsExactlyOnce() => ADenunciationThroughIntakeAndConclusion_CountsExactlyOnceInEachFigure();

    [Fact]
    public Task Sqlite_AnAssignmentAndItsAssigneesReport_AddOneOnTimeReport() => AnAssignmentAndItsAssigneesReport_AddOneOnTimeReport();
}

/// <summary>The register-records scenarios over PostgreSQL.</summary>
public sealed class PostgresRegisterRecordsTests(PostgresHost host) : RegisterRecordsContract, IClassFixture<PostgresHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    [PostgresFact]
    public Task Postgres_RecordingADecision_AddsOneMemberToItsForm() => RecordingADecision_AddsOneMemberToItsFormInTheDecidingOrganisationsStatistics();

    [PostgresFact]
    public Task Postgres_RecordingAComplaintAndItsResolution_AddsOneUpheldMember() => RecordingAComplaintAndItsResolution_AddsOneUpheldMember();

    [PostgresFact]
    public Task Postgres_ADenunciationThroughIntakeAndConclusion_CountsExactlyOnce() => ADenunciationThroughIntakeAndConclusion_CountsExactlyOnceInEachFigure();

    [PostgresFact]
    public Task Postgres_AnAssignmentAndItsAssigneesReport_AddOneOnTimeReport() => AnAssignmentAndItsAssigneesReport_AddOneOnTimeReport();
}
