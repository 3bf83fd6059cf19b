using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KiemTra.Sdk.Organization;
using KiemTra.WebHost.Security;
using KiemTra.WebHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KiemTra.WebHost.Tests.Security;

/// <summary>
/// Issue 15's "Done when" as tests, over one database (SQLite: <see cref="SqliteAuthTests"/>, PostgreSQL:
/// <see cref="PostgresAuthTests"/>): no token, no API; a user acts only for a body they hold a post in; reads stay within
/// the acting body's jurisdiction and do not reveal what lies outside; every attempt is in the audit trail, which no
/// API can change.
/// </summary>
public abstract class AuthContract
{
    /// <summary>The host (Production environment, the tests' pinned issuer).</summary>
    protected abstract WebHostFactory Factory { get; }

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    private static string OpenBody(string id) => Api.Json(new
    {
        id,
        title = "Kiểm tra khi có dấu hiệu vi phạm tại chi bộ",
        activity = "InspectionOnSignsOfViolation",
        type = "signs-of-violation",
        openedOn = "2026-11-20",
        subjects = new[] { new { organization = "TN.X001.C001" } },
    });

    private static async Task<Reply> Send(HttpClient client, HttpMethod method, string url, string? json = null, (string, string)? actor = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        if (actor is { } a)
        {
            request.Headers.Add("X-Acting-Organization", a.Item1);
            request.Headers.Add("X-Acting-Body", a.Item2);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return new Reply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, null, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement[]> AuditAsync(string? caseId = null)
    {
        var reply = await Send(Factory.CreateClient(TestUsers.Auditor), HttpMethod.Get, "/api/audit?take=500" + (caseId is null ? string.Empty : "&caseId=" + Uri.EscapeDataString(caseId)));
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        return [.. reply.Json.GetProperty("items").EnumerateArray()];
    }

    /// <summary>Every /api route of the endpoint data source, each method, without a token: 401; /health answers without one.</summary>
    protected async Task EveryApiRoute_WithoutToken_Is401()
    {
        // R-15 "Done when": every /api/* request without a valid token is 401.
        var client = Factory.CreateAnonymousClient();
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
            .ToArray();
        Assert.True(routes.Length >= 20, $"only {routes.Length} routes found");
        foreach (var (method, pattern) in routes)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(pattern, "\\{[^}]+\\}", "2026");
            var body = method is "POST" or "PUT" ? OpenBody(NewId("NOAUTH")) : null;
            var reply = await Send(client, new HttpMethod(method), url, body, Api.NgocHaCommission);
            Assert.True(reply.Status == HttpStatusCode.Unauthorized, $"{method} {pattern}: {reply}");
        }

        // A token that is expired, signed by another key, or from another issuer is no token.
        using var other = System.Security.Cryptography.RSA.Create(2048);
        foreach (var token in new[]
        {
            TestUsers.Mint(TestUsers.DefaultMember, [], TimeSpan.FromMinutes(-10)),
            TestUsers.Mint(TestUsers.DefaultMember, [], TimeSpan.FromHours(1), key: new Microsoft.IdentityModel.Tokens.RsaSecurityKey(other)),
            TestUsers.Mint(TestUsers.DefaultMember, [], TimeSpan.FromHours(1), issuer: "someone-else"),
            "not-a-token",
        })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, HttpMethod.Get, "/api/cases", token: token)).Status);
        }

        Assert.Equal(HttpStatusCode.OK, (await Send(client, HttpMethod.Get, "/health")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, HttpMethod.Get, "/api/no-such-route")).Status);
    }

    /// <summary>A user who holds no post in the chosen body: 403 naming nobody; the write is not stored; the attempt is audited.</summary>
    protected async Task ActingForABodyWithoutAPost_Is403WithoutNames()
    {
        var id = NewId("NOPOST");
        var member = TestUsers.MemberWithoutPost();
        var token = TestUsers.Token(member);
        var reply = await Send(Factory.CreateAnonymousClient(), HttpMethod.Post, "/api/cases", OpenBody(id), Api.NgocHaCommission, token);
        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);

        // No personal data: not the user's name or id, not any name of the commission's members.
        var dataset = SharedDataset.Value;
        Assert.DoesNotContain(member, reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(dataset.GetMember(MemberId.From(member)).DisplayName, reply.Body, StringComparison.Ordinal);
        foreach (var post in dataset.BodiesOf(OrganizationId.From("TN.X001")).SelectMany(b => b.Posts))
        {
            Assert.DoesNotContain(dataset.GetMember(post.Member).DisplayName, reply.Body, StringComparison.Ordinal);
        }

        // A member of another commune's commission choosing Ngọc Hà's commission: 403 too; its own commission: allowed.
        var other = TestUsers.HolderOf(new KiemTra.Sdk.Authority.ActingBody(OrganizationId.From("TN.X002"), BodyKind.InspectionCommission))!;
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(Factory.CreateAnonymousClient(), HttpMethod.Get, "/api/cases", actor: Api.NgocHaCommission, token: TestUsers.Token(other))).Status);
        Assert.Equal(HttpStatusCode.OK, (await Send(Factory.CreateAnonymousClient(), HttpMethod.Get, "/api/cases", actor: ("TN.X002", "InspectionCommission"), token: TestUsers.Token(other))).Status);

        Assert.Equal(0, await Factory.WithDbAsync(db => db.Cases.CountAsync(c => c.Id == id)));
        var entries = await AuditAsync();
        Assert.Contains(entries, e => e.GetProperty("outcome").GetString() == "refused" && e.GetProperty("member").GetString() == member
            && e.GetProperty("endpoint").GetString() == "POST /api/cases" && e.GetProperty("status").GetInt32() == 403);
    }

    /// <summary>A header given twice is a 400, never a combination of the two.</summary>
    protected async Task RepeatedActingHeader_Is400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = new StringContent(OpenBody(NewId("TWICE")), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Acting-Organization", "TN");
        request.Headers.TryAddWithoutValidation("X-Acting-Body", ["Committee", "StandingCommittee"]);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestUsers.Token(TestUsers.HolderOf(new KiemTra.Sdk.Authority.ActingBody(OrganizationId.From("TN"), BodyKind.Committee))));
        using var response = await Factory.CreateAnonymousClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("X-Acting-Body", text, StringComparison.Ordinal);
    }

    /// <summary>Reads outside the acting body's jurisdiction: 404 exactly like a case that does not exist; lists leave them out.</summary>
    protected async Task ReadsOutsideJurisdiction_Are404LikeAMissingCase()
    {
        var id = NewId("JUR");
        var client = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenBody(id), Api.NgocHaCommission)).Status);

        var outsider = TestUsers.Token(TestUsers.HolderOf(new KiemTra.Sdk.Authority.ActingBody(OrganizationId.From("TN.X002"), BodyKind.InspectionCommission)));
        var anon = Factory.CreateAnonymousClient();
        var hidden = await Send(anon, HttpMethod.Get, $"/api/cases/{id}", token: outsider);
        var missing = await Send(anon, HttpMethod.Get, $"/api/cases/{id}X", token: outsider);
        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(missing.Str("type"), hidden.Str("type"));
        Assert.Equal(missing.Str("title"), hidden.Str("title"));
        Assert.Equal(missing.Str("detail")!.Replace(id + "X", id, StringComparison.Ordinal), hidden.Str("detail")); // the same answer but for the id
        Assert.Equal(HttpStatusCode.NotFound, (await Send(anon, HttpMethod.Post, $"/api/cases/{id}/steps", Api.Json(new { step = "IssueDecision", on = "2026-11-21", reference = "1-QĐ/UBKT" }), token: outsider)).Status);
        var list = await Send(anon, HttpMethod.Get, "/api/cases?take=200", token: outsider);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.DoesNotContain(id, list.Body, StringComparison.Ordinal);

        // The conducting commission and the province's commission (the level above) see it.
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(client, HttpMethod.Get, $"/api/cases/{id}", actor: Api.NgocHaCommission)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(client, HttpMethod.Get, $"/api/cases/{id}")).Status);

        var entries = await AuditAsync(id);
        Assert.Contains(entries, e => e.GetProperty("outcome").GetString() == "not-found" && e.GetProperty("endpoint").GetString() == "GET /api/cases/{id}" && e.GetProperty("actingOrganization").GetString() == "TN.X002");
        Assert.Contains(entries, e => e.GetProperty("outcome").GetString() == "read" && e.GetProperty("actingOrganization").GetString() == "TN.X001");
    }

    /// <summary>A write's audit entry is stored with the write (same transaction): who, which body, the case and step.</summary>
    protected async Task Writes_AreAuditedWithTheirCaseAndStep()
    {
        var id = NewId("AUD");
        var client = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenBody(id), Api.NgocHaCommission)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(client, HttpMethod.Post, $"/api/cases/{id}/steps", Api.Json(new { step = "IssueDecision", on = "2026-11-21", reference = "15-QĐ/UBKT" }), Api.NgocHaCommission)).Status);
        var holder = TestUsers.HolderOf(new KiemTra.Sdk.Authority.ActingBody(OrganizationId.From("TN.X001"), BodyKind.InspectionCommission));

        var entries = await AuditAsync(id);
        var written = entries.Where(e => e.GetProperty("outcome").GetString() == "written").ToArray();
        Assert.Equal(2, written.Length);
        Assert.All(written, e =>
        {
            Assert.Equal(holder, e.GetProperty("member").GetString());
            Assert.Equal("user-" + holder, e.GetProperty("user").GetString());
            Assert.Equal("TN.X001", e.GetProperty("actingOrganization").GetString());
            Assert.Equal("InspectionCommission", e.GetProperty("actingBody").GetString());
            Assert.False(string.IsNullOrEmpty(e.GetProperty("at").GetString()));
        });
        Assert.Contains(written, e => e.GetProperty("endpoint").GetString() == "POST /api/cases/{id}/steps" && e.GetProperty("step").GetString() == "IssueDecision");
        Assert.Contains(written, e => e.GetProperty("endpoint").GetString() == "POST /api/cases");
    }

    /// <summary>The audit trail: auditors only; no method changes it; the database itself refuses UPDATE and DELETE.</summary>
    protected async Task AuditTrail_CannotBeChangedThroughTheApi()
    {
        var user = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(user, HttpMethod.Get, "/api/audit")).Status);
        var before = (await AuditAsync()).Length;
        var auditor = Factory.CreateClient(TestUsers.Auditor);
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            foreach (var url in new[] { "/api/audit", "/api/audit/1" })
            {
                var reply = await Send(auditor, method, url, "{}");
                Assert.True(reply.Status is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, $"{method} {url}: {reply}");
            }
        }

        var first = (await AuditAsync()).Last();
        Assert.Equal(first.GetProperty("id").GetInt64(), (await AuditAsync()).Last().GetProperty("id").GetInt64());
        Assert.True((await AuditAsync()).Length > before); // the attempts themselves were recorded

        await Assert.ThrowsAnyAsync<Exception>(() => Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE audit_trail SET \"Outcome\" = 'read'")));
        await Assert.ThrowsAnyAsync<Exception>(() => Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_trail")));
    }
}

/// <summary>The contract over SQLite.</summary>
public sealed class SqliteAuthTests(SqliteHost host) : AuthContract, IClassFixture<SqliteHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    /// <summary>Every /api route needs a token.</summary>
    [Fact]
    public Task Sqlite_EveryApiRoute_WithoutToken_Is401() => EveryApiRoute_WithoutToken_Is401();

    /// <summary>403 without names.</summary>
    [Fact]
    public Task Sqlite_ActingForABodyWithoutAPost_Is403WithoutNames() => ActingForABodyWithoutAPost_Is403WithoutNames();

    /// <summary>Header twice.</summary>
    [Fact]
    public Task Sqlite_RepeatedActingHeader_Is400() => RepeatedActingHeader_Is400();

    /// <summary>Jurisdiction of reads.</summary>
    [Fact]
    public Task Sqlite_ReadsOutsideJurisdiction_Are404LikeAMissingCase() => ReadsOutsideJurisdiction_Are404LikeAMissingCase();

    /// <summary>Write audit.</summary>
    [Fact]
    public Task Sqlite_Writes_AreAuditedWithTheirCaseAndStep() => Writes_AreAuditedWithTheirCaseAndStep();

    /// <summary>Append-only.</summary>
    [Fact]
    public Task Sqlite_AuditTrail_CannotBeChangedThroughTheApi() => AuditTrail_CannotBeChangedThroughTheApi();
}

/// <summary>The contract over PostgreSQL (skipped locally without a server, never under CI).</summary>
public sealed class PostgresAuthTests(PostgresHost host) : AuthContract, IClassFixture<PostgresHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    /// <summary>403 without names.</summary>
    [PostgresFact]
    public Task Postgres_ActingForABodyWithoutAPost_Is403WithoutNames() => ActingForABodyWithoutAPost_Is403WithoutNames();

    /// <summary>Jurisdiction of reads.</summary>
    [PostgresFact]
    public Task Postgres_ReadsOutsideJurisdiction_Are404LikeAMissingCase() => ReadsOutsideJurisdiction_Are404LikeAMissingCase();

    /// <summary>Write audit.</summary>
    [PostgresFact]
    public Task Postgres_Writes_AreAuditedWithTheirCaseAndStep() => Writes_AreAuditedWithTheirCaseAndStep();

    /// <summary>Append-only.</summary>
    [PostgresFact]
    public Task Postgres_AuditTrail_CannotBeChangedThroughTheApi() => AuditTrail_CannotBeChangedThroughTheApi();
}

/// <summary>Start-up configuration of authentication.</summary>
public sealed class AuthStartupTests
{
    /// <summary>A development signing key in Production: the host refuses to start, naming the setting.</summary>
    [Fact]
    public void DevelopmentKey_InProduction_StartupFails()
    {
        // R-15 item 1: development tokens are never enabled in Production.
        var path = Path.Combine(Path.GetTempPath(), $"kiemtra-webhost-{Guid.NewGuid():N}.db");
        using var factory = new WebHostFactory(new Dictionary<string, string?>
        {
            ["KiemTra:SqlitePath"] = path,
            ["ConnectionStrings:Postgres"] = string.Empty,
            ["Authentication:IssuerPublicKey"] = string.Empty,
            ["Authentication:DevelopmentKey"] = Convert.ToBase64String(new byte[32]),
        });
        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Authentication:DevelopmentKey", ex.ToString(), StringComparison.Ordinal);
    }

    /// <summary>No token validation configured in Production: the host refuses to start rather than run open.</summary>
    [Fact]
    public void NoIdentityProvider_StartupFails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kiemtra-webhost-{Guid.NewGuid():N}.db");
        using var factory = new WebHostFactory(new Dictionary<string, string?>
        {
            ["KiemTra:SqlitePath"] = path,
            ["ConnectionStrings:Postgres"] = string.Empty,
            ["Authentication:IssuerPublicKey"] = string.Empty,
        });
        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Authentication:Authority", ex.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The loopback rule of HTTPS redirection: wildcards and other hosts are not loopback.</summary>
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080;http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("https://kiemtra.example.vn", false)]
    public void LoopbackOnly_DecidesHttpsRedirection(string urls, bool loopback)
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build();
        Assert.Equal(loopback, DeploymentDefaults.LoopbackOnly(configuration));
    }
}
