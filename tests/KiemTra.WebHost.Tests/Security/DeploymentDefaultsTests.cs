using System.Net;
using KiemTra.WebHost.Tests.Infrastructure;

namespace KiemTra.WebHost.Tests.Security;

/// <summary>The deployment defaults of issue 15 (item 7): hosts allowed, data folder permissions, rate limits.</summary>
public sealed class DeploymentDefaultsTests
{
    private static string OpenBody(string id) => Api.Json(new
    {
        id,
        title = "Kiểm tra",
        activity = "InspectionOnSignsOfViolation",
        type = "signs-of-violation",
        openedOn = "2026-11-20",
        subjects = new[] { new { organization = "TN.X001.C001" } },
    });

    /// <summary>The shipped AllowedHosts: a request for another host name is refused; localhost is served.</summary>
    [Fact]
    public async Task ShippedAllowedHosts_RefuseAnotherHostName()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"kiemtra-hosts-{Guid.NewGuid():N}");
        await using var factory = new WebHostFactory(new Dictionary<string, string?> { ["KiemTra:SqlitePath"] = Path.Combine(folder, "data", "k.db"), ["ConnectionStrings:Postgres"] = string.Empty });
        try
        {
            var client = factory.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
            request.Headers.Host = "kiemtra.attacker.example";
            Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);

            // The data folder was created owner-only and the database file is the owner's alone.
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(folder, "data")));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "data", "k.db")));
            }
        }
        finally
        {
            await factory.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Writes beyond the per-user limit: 429 with Retry-After; the refusal is audited like any other.</summary>
    [Fact]
    public async Task WritesBeyondTheLimit_Are429WithRetryAfter()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kiemtra-webhost-{Guid.NewGuid():N}.db");
        await using var factory = new WebHostFactory(new Dictionary<string, string?>
        {
            ["KiemTra:SqlitePath"] = path,
            ["ConnectionStrings:Postgres"] = string.Empty,
            ["RateLimits:WritesPerMinute"] = "2",
        });
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = new StringContent(OpenBody($"RL-{Guid.NewGuid():N}"[..20]), System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Acting-Organization", Api.NgocHaCommission.Organization);
            request.Headers.Add("X-Acting-Body", Api.NgocHaCommission.Body);
            last = await client.SendAsync(request);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, statuses[0]);
        Assert.Equal(HttpStatusCode.Created, statuses[1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        Assert.True(last!.Headers.RetryAfter is not null, "no Retry-After");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/cases", UriKind.Relative))).StatusCode); // reads are not limited

        var audit = await Api.SendAsync(factory.CreateClient(TestUsers.Auditor), HttpMethod.Get, "/api/audit");
        Assert.Contains(audit.Json.GetProperty("items").EnumerateArray(), e => e.GetProperty("outcome").GetString() == "throttled");
        await factory.DropDatabaseAsync();
    }
}
