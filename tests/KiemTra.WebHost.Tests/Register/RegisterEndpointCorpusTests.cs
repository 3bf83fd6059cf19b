using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KiemTra.Sdk.Tests.Reliability;
using KiemTra.WebHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;

namespace KiemTra.WebHost.Tests.Register;

/// <summary>
/// The bad-input corpus (issue 8, issue 12) against the register endpoints the host added — issue a programme, open a
/// case for a programme item, link an item to a case, record a recommendation and its completion: every malformed or
/// hostile body is a 4xx problem (a 400 names the field or JSON path), never a 500, never accepted.
/// </summary>
public sealed class RegisterEndpointCorpusTests(SqliteHost host, ITestOutputHelper output) : IClassFixture<SqliteHost>
{
    private static readonly HashSet<string> Dates = ["from", "to", "issuedOn", "start", "end", "openedOn", "on"];

    private HttpClient? _client;

    // The corpus sends hundreds of writes as one user within a minute: the host's per-user write limit (600 a minute,
    // tested in Security/DeploymentDefaultsTests) is raised for this host so that every input reaches its validation.
    private HttpClient Client => _client ??= host.Factory
        .WithWebHostBuilder(b => b.UseSetting("RateLimits:WritesPerMinute", "1000000").UseSetting("RateLimits:ReportsPerMinute", "1000000"))
        .CreateDefaultClient(new ActingUserHandler());

    private static string Program(string id) => Api.Json(new
    {
        id,
        title = "Chương trình kiểm tra năm 2025",
        scope = "Year",
        from = "2025-07-01",
        to = "2025-12-31",
        issuedOn = "2025-07-15",
        items = new[]
        {
            new { id = "I-01", activity = "ComplianceInspection", type = "compliance", subject = "TN.X001.C001", start = "2025-08-01", end = "2025-11-30", contentAreas = new[] { "organisational-principles" } },
            new { id = "I-02", activity = "ThematicSupervision", type = "thematic", subject = "TN.X001.C001", start = "2025-08-01", end = "2025-11-30", contentAreas = Array.Empty<string>() },
        },
    });

    [Fact]
    public async Task IssueProgram_RejectsEveryCorpusInput_WithAProblemNamingTheField()
    {
        // Issue 12: bad input to every new endpoint is a typed error naming the field and value, never a 500 or a silent drop.
        var seed = Program("CT-CORPUS");
        var inputs = BadInputCorpus.Generate(seed, new CorpusOptions
        {
            Seed = 12,
            DateFields = Dates,
            UniqueArrays = new HashSet<string> { "items" },
            DomainMutations = doc =>
            [
                ("item ends before it starts", doc.Replace("\"start\":\"2025-08-01\",\"end\":\"2025-11-30\",\"contentAreas\":[\"org", "\"start\":\"2025-11-01\",\"end\":\"2025-08-30\",\"contentAreas\":[\"org", StringComparison.Ordinal)),
                ("item outside the programme", doc.Replace("\"start\":\"2025-08-01\"", "\"start\":\"2025-01-01\"", StringComparison.Ordinal)),
                ("issued after it ends", doc.Replace("\"issuedOn\":\"2025-07-15\"", "\"issuedOn\":\"2026-01-15\"", StringComparison.Ordinal)),
                ("ends before it starts", doc.Replace("\"to\":\"2025-12-31\"", "\"to\":\"2025-06-30\"", StringComparison.Ordinal)),
                ("unknown subject", doc.Replace("\"TN.X001.C001\"", "\"TN.X999\"", StringComparison.Ordinal)),
                ("discipline is not planned", doc.Replace("\"ComplianceInspection\"", "\"Discipline\"", StringComparison.Ordinal)),
                ("type of the other catalogue", doc.Replace("\"type\":\"compliance\"", "\"type\":\"thematic\"", StringComparison.Ordinal)),
                ("unknown content area", doc.Replace("\"organisational-principles\"", "\"no-such-area\"", StringComparison.Ordinal)),
                ("scope as a number", doc.Replace("\"Year\"", "\"2\"", StringComparison.Ordinal)),
                ("no items", doc[..doc.IndexOf("\"items\"", StringComparison.Ordinal)] + "\"items\":[]}"),
                ("id with a slash", doc.Replace("\"CT-CORPUS\"", "\"CT/CORPUS\"", StringComparison.Ordinal)),
                ("outside the commission's jurisdiction", doc.Replace("\"TN.X001.C001\"", "\"TN.X002\"", StringComparison.Ordinal)),
            ],
        });

        await AssertEveryInputRefused("programme", inputs, bytes => Send(HttpMethod.Post, "/api/programmes", bytes));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(Client, HttpMethod.Get, "/api/programmes/CT-CORPUS")).Status);
    }

    [Fact]
    public async Task LinkOpenRecommendAndComplete_RejectEveryCorpusInput_WithAProblemNamingTheField()
    {
        // Issue 12: the link, the case opened for an item, the recommendation and its completion, each from a valid body.
        var program = await PlanCompletionContract.IssueProgram(Client);
        var concluded = $"KT-{Guid.NewGuid():N}"[..24];
        Assert.Equal(HttpStatusCode.Created, (await PlanCompletionContract.OpenCase(Client, concluded, null)).Status);
        foreach (var step in PlanCompletionContract.ToClose.Take(8))
        {
            Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(Client, HttpMethod.Post, $"/api/cases/{concluded}/steps", Api.Json(step), Api.NgocHaCommission)).Status);
        }

        var link = BadInputCorpus.Generate(Api.Json(new { caseId = concluded }), new CorpusOptions
        {
            Seed = 13,
            DateFields = Dates,
            DomainMutations = doc =>
            [
                ("unknown case", doc.Replace(concluded, "KT-NONE", StringComparison.Ordinal)),
                ("case id with a space", doc.Replace(concluded, "KT NONE", StringComparison.Ordinal)),
            ],
        });
        await AssertEveryInputRefused("link", link, bytes => Send(HttpMethod.Put, $"/api/programmes/{program}/items/I-01/case", bytes));

        var open = BadInputCorpus.Generate(
            Api.Json(new { id = "KT-CORPUS", title = "Kiểm tra chấp hành", activity = "ComplianceInspection", type = "compliance", openedOn = "2025-08-01", subjects = new[] { new { organization = "TN.X001.C001" } }, programItem = new { program, item = "I-01" } }),
            new CorpusOptions
            {
                Seed = 14,
                DateFields = Dates,
                UniqueArrays = new HashSet<string> { "subjects" },
                DomainMutations = doc =>
                [
                    ("unknown item", doc.Replace("\"item\":\"I-01\"", "\"item\":\"I-99\"", StringComparison.Ordinal)),
                    ("unknown programme", doc.Replace(program, "CT-NONE", StringComparison.Ordinal)),
                    ("activity of another kind than the item", doc.Replace("\"ComplianceInspection\"", "\"InspectionOnSignsOfViolation\"", StringComparison.Ordinal).Replace("\"compliance\"", "\"signs-of-violation\"", StringComparison.Ordinal)),
                    ("subject not the item's", doc.Replace("\"TN.X001.C001\"", "\"TN.X001.C002\"", StringComparison.Ordinal)),
                ],
            });
        await AssertEveryInputRefused("open case for an item", open, bytes => Send(HttpMethod.Post, "/api/cases", bytes));

        var recommend = BadInputCorpus.Generate(
            Api.Json(new { id = "KN-CORPUS", addressee = "TN.X001.C001", content = "Khắc phục hạn chế", sourceReference = "07-TB/UBKT", issuedOn = "2025-10-02", timeLimit = new { unit = "CalendarDays", count = 30 } }),
            new CorpusOptions
            {
                Seed = 15,
                DateFields = Dates,
                DomainMutations = doc =>
                [
                    ("issued before the concluding meeting", doc.Replace("\"2025-10-02\"", "\"2025-09-01\"", StringComparison.Ordinal)),
                    ("unknown addressee", doc.Replace("\"TN.X001.C001\"", "\"TN.X999\"", StringComparison.Ordinal)),
                    ("no time", doc.Replace("\"count\":30", "\"count\":0", StringComparison.Ordinal)),
                    ("a typo for 30 days", doc.Replace("\"count\":30", "\"count\":3000", StringComparison.Ordinal)),
                    ("weeks", doc.Replace("\"CalendarDays\"", "\"Weeks\"", StringComparison.Ordinal)),
                ],
            });
        await AssertEveryInputRefused("recommendation", recommend, bytes => Send(HttpMethod.Post, $"/api/cases/{concluded}/recommendations", bytes));

        var recorded = await Api.SendAsync(Client, HttpMethod.Post, $"/api/cases/{concluded}/recommendations",
            Api.Json(new { id = "KN-OK", addressee = "TN.X001.C001", content = "Khắc phục hạn chế", sourceReference = "07-TB/UBKT", issuedOn = "2025-10-02", timeLimit = new { unit = "CalendarDays", count = 30 } }), Api.NgocHaCommission);
        Assert.True(recorded.Status == HttpStatusCode.Created, recorded.ToString());
        var complete = BadInputCorpus.Generate(Api.Json(new { on = "2025-10-20" }), new CorpusOptions
        {
            Seed = 16,
            DateFields = Dates,
            DomainMutations = doc => [("before the conclusion was issued", doc.Replace("2025-10-20", "2025-09-20", StringComparison.Ordinal))],
        });
        await AssertEveryInputRefused("completion", complete, bytes => Send(HttpMethod.Post, "/api/recommendations/KN-OK/completion", bytes));
        Assert.Equal(JsonValueKind.Null, (await Api.SendAsync(Client, HttpMethod.Get, "/api/recommendations/KN-OK")).Json.GetProperty("recommendation").GetProperty("completedOn").ValueKind);
    }

    [Fact]
    public async Task Report_RejectsEveryHostileQuery_WithAProblem_Never500()
    {
        // Issue 14 item 9, issue 15: the report endpoint reads a path and two query values; each hostile value is a 4xx problem.
        string[] hostile =
        [
            " ", "２０２５", "2025\0", "%00", "../../etc/passwd", "2025Q0", "2025Q5", "2025H3", "term:2025", "term:2030-2025",
            "midterm:abc", "final:", "0", "-1", "99999999999999999999", "1e3", "2025;DROP TABLE cases", "<script>", "\u202e2025", new string('9', 10_000),
        ];
        var failures = new List<string>();
        var count = 0;
        foreach (var value in hostile)
        {
            var escaped = Uri.EscapeDataString(value);
            foreach (var url in new[]
            {
                $"/api/organizations/TN.X001/report?format=json&period={escaped}",
                $"/api/organizations/TN.X001/report?period=2025&format={escaped}",
                $"/api/organizations/{escaped}/report?period=2025&format=json",
            })
            {
                if (url.StartsWith("/api/organizations/2025%00", StringComparison.Ordinal))
                {
                    continue; // the test server refuses a NUL in the path before the host sees it (Kestrel answers 400 itself)
                }

                count++;
                var reply = await Api.SendAsync(Client, HttpMethod.Get, url, actor: Api.NgocHaCommission);
                if ((int)reply.Status is < 400 or >= 500 || reply.MediaType != "application/problem+json")
                {
                    failures.Add($"{url[..Math.Min(url.Length, 120)]}: {(int)reply.Status} {reply.MediaType}");
                }
            }
        }

        output.WriteLine($"report: {count} hostile queries");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal((hostile.Length * 3) - 1, count); // every value in each of the three places but the one NUL path
    }

    [Fact]
    public async Task RegisterFactsDecisionsComplaintsAndDenunciations_RejectEveryCorpusInput_WithAProblemNamingTheField()
    {
        // Issue 12 item 5, issue 15 item 4: the endpoints that record the rest of the register refuse bad input with a 4xx naming the field.
        var assignment = $"PC-{Guid.NewGuid():N}"[..24];
        var assigned = await Api.SendAsync(Client, HttpMethod.Post, "/api/register/facts", Api.Json(new
        {
            kind = "assignments",
            fact = new { id = assignment, assignment = new { assignee = "TN.M002298", locality = "TN.X001.C001", assignedBy = new { organization = "TN.X001", body = "InspectionCommission" }, from = "2025-01-01", to = "2025-12-31" }, bodyId = (string?)null, field = (string?)null },
        }), Api.NgocHaCommission);
        Assert.True(assigned.Status == HttpStatusCode.Created, assigned.ToString());
        var facts = BadInputCorpus.Generate(
            Api.Json(new { kind = "assigneeReports", fact = new { id = "BC-CORPUS", assignmentId = assignment, kind = "Periodic", dueOn = "2025-06-30", submittedOn = "2025-06-28" } }),
            new CorpusOptions
            {
                Seed = 17,
                DateFields = new HashSet<string> { "dueOn", "submittedOn" },
                DomainMutations = doc =>
                [
                    ("unknown assignment", doc.Replace(assignment, "PC-NONE", StringComparison.Ordinal)),
                    ("unknown kind", doc.Replace("\"assigneeReports\"", "\"assigneeReport\"", StringComparison.Ordinal)),
                    ("a kind with its own endpoint", doc.Replace("\"assigneeReports\"", "\"decisions\"", StringComparison.Ordinal)),
                    ("report kind as a number", doc.Replace("\"Periodic\"", "1", StringComparison.Ordinal)),
                    ("report kinds combined", doc.Replace("\"Periodic\"", "\"Periodic, AdHoc\"", StringComparison.Ordinal)),
                ],
            });
        await AssertEveryInputRefused("register fact", facts, bytes => Send(HttpMethod.Post, "/api/register/facts", bytes));

        var (corpusDecision, decider) = RegisterRecordsContract.Reprimand("QD-CORPUS");
        var deciderHeaders = (decider.Organization.Value, decider.Body.ToString());
        var decisions = BadInputCorpus.Generate(RegisterRecordsContract.DecisionEntry(corpusDecision), new CorpusOptions
        {
            Seed = 18,
            DateFields = new HashSet<string> { "decidedOn", "announcedOn" },
            DomainMutations = doc =>
            [
                ("announced before decided", doc.Replace("\"announcedOn\":\"2025-09-12\"", "\"announcedOn\":\"2025-09-01\"", StringComparison.Ordinal)),
                ("unknown member", doc.Replace(RegisterRecordsContract.CellMember.Value, "TN.M999999", StringComparison.Ordinal)),
                ("unknown case", doc.Replace("\"caseId\":null", "\"caseId\":\"KT-NONE\"", StringComparison.Ordinal)),
                ("dissolution of a member", doc.Replace("\"Reprimand\"", "\"Dissolution\"", StringComparison.Ordinal)),
            ],
        });
        await AssertEveryInputRefused("discipline decision", decisions, bytes => Send(HttpMethod.Post, "/api/discipline-decisions", bytes, deciderHeaders));

        var (decision, _) = RegisterRecordsContract.Reprimand($"QD-{Guid.NewGuid():N}"[..24]);
        Assert.Equal(HttpStatusCode.Created, (await Api.SendAsync(Client, HttpMethod.Post, "/api/discipline-decisions", RegisterRecordsContract.DecisionEntry(decision), deciderHeaders)).Status);
        var complaints = BadInputCorpus.Generate(
            Api.Json(new { id = "KN-CORPUS", decisionId = decision.Id.Value, decisionReceivedOn = "2025-09-12", filedOn = "2025-09-20", filedBySubject = true, signed = true, previouslyResolvedByCentralCommittee = false }),
            new CorpusOptions
            {
                Seed = 19,
                DateFields = new HashSet<string> { "decisionReceivedOn", "filedOn" },
                DomainMutations = doc => [("unknown decision", doc.Replace(decision.Id.Value, "QD-NONE", StringComparison.Ordinal))],
            });
        await AssertEveryInputRefused("complaint", complaints, bytes => Send(HttpMethod.Post, "/api/complaints", bytes));

        var denunciation = Api.Json(new
        {
            id = "TC-CORPUS",
            subject = new { member = RegisterRecordsContract.CellMember.Value },
            source = "Named",
            informant = new { fullName = "Nguyen Van Mau" },
            allegations = new[] { new { id = "ND-1", content = "Nội dung tố cáo" } },
            receivedOn = "2025-08-05",
        });
        var receive = BadInputCorpus.Generate(denunciation, new CorpusOptions
        {
            Seed = 20,
            DateFields = new HashSet<string> { "receivedOn" },
            UniqueArrays = new HashSet<string> { "allegations" },
            DomainMutations = doc =>
            [
                ("named without informant", doc.Replace(",\"informant\":{\"fullName\":\"Nguyen Van Mau\"}", string.Empty, StringComparison.Ordinal)),
                ("anonymous with an informant", doc.Replace("\"Named\"", "\"Anonymous\"", StringComparison.Ordinal)),
                ("before Ngọc Hà existed", doc.Replace("2025-08-05", "2025-05-05", StringComparison.Ordinal)),
                ("an organisation and a member", doc.Replace("{\"member\":", "{\"organization\":\"TN.X001.C001\",\"member\":", StringComparison.Ordinal)),
            ],
        });
        await AssertEveryInputRefused("denunciation", receive, bytes => Send(HttpMethod.Post, "/api/denunciations", bytes));

        var received = await Api.SendAsync(Client, HttpMethod.Post, "/api/denunciations", denunciation.Replace("TC-CORPUS", "TC-OK", StringComparison.Ordinal), Api.NgocHaCommission);
        Assert.True(received.Status == HttpStatusCode.Created, received.ToString());
        var intake = BadInputCorpus.Generate(Api.Json(new { on = "2025-08-10", grounds = new[] { "NoConcreteContent" } }), new CorpusOptions
        {
            Seed = 21,
            DateFields = new HashSet<string> { "on" },
            DomainMutations = doc => [("before it was received", doc.Replace("2025-08-10", "2025-08-01", StringComparison.Ordinal))],
        });
        await AssertEveryInputRefused("intake", intake, bytes => Send(HttpMethod.Post, "/api/denunciations/TC-OK/intake", bytes));
        var conclusion = BadInputCorpus.Generate(Api.Json(new { allegation = "ND-1", conclusion = "False", on = "2025-09-20" }), new CorpusOptions
        {
            Seed = 22,
            DateFields = new HashSet<string> { "on" },
            DomainMutations = doc => [("unknown allegation", doc.Replace("ND-1", "ND-9", StringComparison.Ordinal))],
        });
        await AssertEveryInputRefused("conclusion (not taken in)", conclusion, bytes => Send(HttpMethod.Post, "/api/denunciations/TC-OK/conclusions", bytes));
        var reveal = BadInputCorpus.Generate(Api.Json(new { purpose = "Xác minh nội dung tố cáo" }), new CorpusOptions { Seed = 23 });
        await AssertEveryInputRefused("informant access", reveal, bytes => Send(HttpMethod.Post, "/api/denunciations/TC-OK/informant-access", bytes, ("TN.X002", "InspectionCommission")));
    }

    private async Task<(HttpStatusCode Status, string Body)> Send(HttpMethod method, string url, byte[] bytes, (string Organization, string Body)? actor = null)
    {
        var (organization, body) = actor ?? Api.NgocHaCommission;
        using var request = new HttpRequestMessage(method, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Acting-Organization", organization);
        request.Headers.Add("X-Acting-Body", body);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task AssertEveryInputRefused(string endpoint, IEnumerable<BadInput> inputs, Func<byte[], Task<(HttpStatusCode Status, string Body)>> send)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var input in inputs)
        {
            counts[input.Category] = counts.GetValueOrDefault(input.Category) + 1;
            var (status, body) = await send(input.Bytes());
            var failure = (int)status switch
            {
                >= 500 => $"{(int)status}",
                < 400 => $"accepted ({(int)status})",
                400 => NamesTheField(body),
                _ => null,
            };
            if (failure is not null)
            {
                failures.Add($"{input}: {failure}: {(body.Length > 300 ? body[..300] : body)}");
            }
        }

        output.WriteLine($"{endpoint}: {counts.Values.Sum()} inputs: " + string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
        Assert.True(failures.Count == 0, $"{endpoint}: {failures.Count} inputs not refused properly:\n{string.Join("\n", failures.Take(15))}");
        Assert.True(counts.Values.Sum() >= 20, string.Join(", ", counts));
    }

    private static string? NamesTheField(string body)
    {
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        if (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0 && errors.EnumerateArray().All(e => !string.IsNullOrEmpty(e.GetProperty("field").GetString())))
        {
            return null;
        }

        return root.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String ? null : "a 400 naming no field or path";
    }
}
