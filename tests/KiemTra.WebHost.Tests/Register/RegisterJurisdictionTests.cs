using System.Net;
using System.Text.Json.Nodes;
using KiemTra.Sdk.Organization;
using KiemTra.WebHost.Tests.Infrastructure;

namespace KiemTra.WebHost.Tests.Register;

/// <summary>
/// Issue 15 applied to the register endpoints of issue 12: reads of decisions, complaints and denunciations stay within
/// the acting body's jurisdiction (outside it they are answered as ids that do not exist), dates that record what happened
/// are not after today (the test hosts' today is 20/12/2026), and a member id that does not exist is refused exactly as a
/// real member outside the body's authority.
/// </summary>
public sealed class RegisterJurisdictionTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    /// <summary>The inspection commission of another district (Ngọc Hà is TN.X001): no authority over Ngọc Hà's cells.</summary>
    private static readonly (string Organization, string Body) OtherDistrict = ("TN.X002", "InspectionCommission");

    private HttpClient Client => host.Factory.CreateClient();

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    /// <summary>A member of a cell of another district: real, and outside the Ngọc Hà commission's authority.</summary>
    private static string MemberOfAnotherDistrict()
    {
        var dataset = SharedDataset.Value;
        var cell = dataset.ChildrenOf(OrganizationId.From(OtherDistrict.Organization), dataset.SnapshotDate).SelectMany(c => new[] { c }.Concat(dataset.ChildrenOf(c.Id, dataset.SnapshotDate)))
            .First(o => dataset.MembersOf(o.Id).Any());
        return dataset.MembersOf(cell.Id).Select(m => m.Id.Value).OrderBy(m => m, StringComparer.Ordinal).First();
    }

    /// <summary>The problem without what differs per request (trace id) and with the member id replaced, as text.</summary>
    private static string Normalised(Reply reply, string memberId)
    {
        var json = JsonNode.Parse(reply.Body)!.AsObject();
        json.Remove("traceId");
        return json.ToJsonString().Replace(memberId, "{member}", StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningACaseOnAnUnknownMemberId_IsRefusedExactlyAsOnARealMemberOfAnotherDistrict()
    {
        // Issue 15: "400 vs 403 tells whether a member id exists". Both are the same 403, with the same detail, naming nobody.
        var real = MemberOfAnotherDistrict();
        const string unknown = "TN.M999999";
        Assert.False(SharedDataset.Value.Contains(MemberId.From(unknown)));
        string Open(string member) => Api.Json(new
        {
            id = NewId("KT"),
            title = "Kiểm tra",
            activity = "InspectionOnSignsOfViolation",
            type = "signs-of-violation",
            openedOn = "2026-11-20",
            subjects = new[] { new { member } },
        });

        foreach (var language in new[] { "vi", "en" })
        {
            var toReal = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", Open(real), Api.NgocHaCommission, language);
            var toUnknown = await Api.SendAsync(Client, HttpMethod.Post, "/api/cases", Open(unknown), Api.NgocHaCommission, language);

            Assert.True(toReal.Status == HttpStatusCode.Forbidden, toReal.ToString());
            Assert.Equal(toReal.Status, toUnknown.Status);
            Assert.Equal(Normalised(toReal, real), Normalised(toUnknown, unknown));
            Assert.DoesNotContain("rules", toReal.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReceivingADenunciationAboutAnUnknownMemberId_IsRefusedExactlyAsAboutARealMemberOfAnotherDistrict()
    {
        // Issue 15, R-D6: the receiving body learns nothing about which member ids exist.
        var real = MemberOfAnotherDistrict();
        const string unknown = "TN.M999998";
        string Receive(string member) => Api.Json(new
        {
            id = NewId("TC"),
            subject = new { member },
            source = "Anonymous",
            allegations = new[] { new { id = "ND-1", content = "Nhận quà biếu" } },
            receivedOn = "2026-11-20",
        });

        var toReal = await Api.SendAsync(Client, HttpMethod.Post, "/api/denunciations", Receive(real), Api.NgocHaCommission, "en");
        var toUnknown = await Api.SendAsync(Client, HttpMethod.Post, "/api/denunciations", Receive(unknown), Api.NgocHaCommission, "en");

        Assert.True(toReal.Status == HttpStatusCode.Forbidden, toReal.ToString());
        Assert.Equal(Normalised(toReal, real), Normalised(toUnknown, unknown));
    }

    [Fact]
    public async Task ADecisionOutsideTheActingBodysJurisdiction_IsNotFound_AsAnIdThatDoesNotExist()
    {
        // Issue 15 item 2 (reads limited by jurisdiction), R-D1: the decision is seen by the deciding body, not by another district.
        var (decision, decider) = RegisterRecordsContract.Reprimand(NewId("QD"));
        var deciderHeaders = (decider.Organization.Value, decider.Body.ToString());
        var recorded = await Api.SendAsync(Client, HttpMethod.Post, "/api/discipline-decisions", RegisterRecordsContract.DecisionEntry(decision), deciderHeaders);
        Assert.True(recorded.Status == HttpStatusCode.Created, recorded.ToString());

        var own = await Api.SendAsync(Client, HttpMethod.Get, $"/api/discipline-decisions/{decision.Id}", actor: deciderHeaders);
        var outside = await Api.SendAsync(Client, HttpMethod.Get, $"/api/discipline-decisions/{decision.Id}", actor: OtherDistrict, language: "en");
        var missing = await Api.SendAsync(Client, HttpMethod.Get, "/api/discipline-decisions/QD-NONE-0000", actor: OtherDistrict, language: "en");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal(HttpStatusCode.NotFound, outside.Status);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(missing.Str("detail")!.Replace("QD-NONE-0000", decision.Id.Value, StringComparison.Ordinal), outside.Str("detail"));
    }

    [Fact]
    public async Task ADenunciationOutsideTheActingBodysJurisdiction_IsNotFound_AndCannotBeTakenIn()
    {
        // Issue 15 item 2, R-D6.
        var id = NewId("TC");
        var received = await Api.SendAsync(Client, HttpMethod.Post, "/api/denunciations", Api.Json(new
        {
            id,
            subject = new { member = RegisterRecordsContract.CellMember.Value },
            source = "Anonymous",
            allegations = new[] { new { id = "ND-1", content = "Nhận quà biếu" } },
            receivedOn = "2026-11-20",
        }), Api.NgocHaCommission);
        Assert.True(received.Status == HttpStatusCode.Created, received.ToString());

        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(Client, HttpMethod.Get, $"/api/denunciations/{id}", actor: Api.NgocHaCommission)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(Client, HttpMethod.Get, $"/api/denunciations/{id}", actor: OtherDistrict)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(Client, HttpMethod.Post, $"/api/denunciations/{id}/intake", """{"on":"2026-11-25","grounds":[]}""", OtherDistrict)).Status);
    }

    [Theory]
    [InlineData("2026-12-21")] // tomorrow in Asia/Ho_Chi_Minh for the test hosts
    [InlineData("2053-12-31")]
    public async Task RecordedDatesAfterToday_AreRefusedNamingTheField(string future)
    {
        // Issue 15 item 5 (dates that record what happened are not after today) on the register endpoints of issue 12.
        var denunciation = await Api.SendAsync(Client, HttpMethod.Post, "/api/denunciations", Api.Json(new
        {
            id = NewId("TC"),
            subject = new { member = RegisterRecordsContract.CellMember.Value },
            source = "Anonymous",
            allegations = new[] { new { id = "ND-1", content = "Nhận quà biếu" } },
            receivedOn = future,
        }), Api.NgocHaCommission, "en");
        AssertRefused(denunciation, "receivedOn");

        var (decision, decider) = RegisterRecordsContract.Reprimand(NewId("QD"));
        var entry = RegisterRecordsContract.DecisionEntry(decision).Replace("2025-09-10", future, StringComparison.Ordinal).Replace("2025-09-12", future, StringComparison.Ordinal);
        var decided = await Api.SendAsync(Client, HttpMethod.Post, "/api/discipline-decisions", entry, (decider.Organization.Value, decider.Body.ToString()), "en");
        Assert.Equal(HttpStatusCode.BadRequest, decided.Status);
        Assert.Contains("decidedOn", decided.Body, StringComparison.Ordinal);

        var assignment = NewId("PC");
        var assigned = await Api.SendAsync(Client, HttpMethod.Post, "/api/register/facts", Api.Json(new
        {
            kind = "assignments",
            fact = new { id = assignment, assignment = new { assignee = "TN.M002298", locality = "TN.X001.C001", assignedBy = new { organization = "TN.X001", body = "InspectionCommission" }, from = "2025-01-01", to = "2025-12-31" }, bodyId = (string?)null, field = (string?)null },
        }), Api.NgocHaCommission);
        Assert.True(assigned.Status == HttpStatusCode.Created, assigned.ToString());
        var report = await Api.SendAsync(Client, HttpMethod.Post, "/api/register/facts", Api.Json(new
        {
            kind = "assigneeReports",
            fact = new { id = NewId("BC"), assignmentId = assignment, kind = "Periodic", dueOn = "2025-06-30", submittedOn = future },
        }), Api.NgocHaCommission, "en");
        AssertRefused(report, "fact");
    }

    private static void AssertRefused(Reply reply, string field)
    {
        Assert.True(reply.Status == HttpStatusCode.BadRequest, reply.ToString());
        var errors = reply.Json.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Contains(errors, e => e.GetProperty("field").GetString() == field && e.GetProperty("message").GetString()!.Contains("after today (2026-12-20)", StringComparison.Ordinal));
    }
}
