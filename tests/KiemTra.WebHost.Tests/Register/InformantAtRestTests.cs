using System.Collections.Concurrent;
using System.Net;
using System.Text;
using KiemTra.WebHost.Persistence;
using KiemTra.WebHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KiemTra.WebHost.Tests.Register;

/// <summary>
/// The informant's identity in the web host (issue 15 item 4, R-D6): planted in a denunciation received through HTTP, it
/// appears in no response but the audited reveal's, in no log line (every category at Trace), in no exception, and the
/// database holds it only as Data Protection ciphertext — not in any column, nor anywhere in the SQLite file's bytes.
/// </summary>
public sealed class InformantAtRestTests : IAsyncLifetime
{
    private const string Name = "Trần Thị Bí Mật Qzxv";
    private const string Address = "Số 7 ngõ Kín Đáo";
    private const string Contact = "0987 654 321";

    private static readonly string[] Needles = new[] { Name, Address, Contact, "Qzxv", "Bí Mật", "Kín Đáo", "654 321" }
        .SelectMany(n => new[] { n, n.Normalize(NormalizationForm.FormD), Uri.EscapeDataString(n) }).Distinct().ToArray();

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"kiemtra-informant-{Guid.NewGuid():N}.db");
    private readonly string _keys = Path.Combine(Path.GetTempPath(), $"kiemtra-keys-{Guid.NewGuid():N}");
    private readonly Capture _logs = new();

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
        {
            File.Delete(file);
        }

        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task APlantedIdentity_IsInNoResponseLogOrColumn_AndIsRevealedOnlyToTheReceiverForAStatedPurpose_Audited()
    {
        // R-D6: the informant is protected; access is for a stated purpose and recorded.
        var replies = new List<(string What, Reply Reply)>();
        Reply revealed;
        await using (var host = new Factory(_path, _keys, _logs))
        {
            var client = host.CreateClient();
            var actor = Api.NgocHaCommission;
            var member = RegisterRecordsContract.CellMember.Value;
            string Body(string id, string informant) => $$"""{"id":"{{id}}","subject":{"member":"{{member}}"},"source":"Named","informant":{{informant}},"allegations":[{"id":"ND-1","content":"Nhận quà biếu"}],"receivedOn":"2025-08-05"}""";
            var identity = $$"""{"fullName":"{{Name}}","address":"{{Address}}","contact":"{{Contact}}"}""";

            replies.Add(("receive", await Api.SendAsync(client, HttpMethod.Post, "/api/denunciations", Body("TC-LEAK", identity), actor)));
            replies.Add(("receive again", await Api.SendAsync(client, HttpMethod.Post, "/api/denunciations", Body("tc-leak", identity), actor)));
            replies.Add(("identity too long", await Api.SendAsync(client, HttpMethod.Post, "/api/denunciations", Body("TC-LONG", $$"""{"fullName":"{{Name}}{{new string('x', 600)}}","address":"{{Address}}"}"""), actor)));
            replies.Add(("identity with an unknown field", await Api.SendAsync(client, HttpMethod.Post, "/api/denunciations", Body("TC-X", $$"""{"fullName":"{{Name}}","phone":"{{Contact}}"}"""), actor)));
            replies.Add(("identity as a wrong type", await Api.SendAsync(client, HttpMethod.Post, "/api/denunciations", Body("TC-Y", $$"""{"fullName":["{{Name}}"]}"""), actor)));
            replies.Add(("anonymous with an identity", await Api.SendAsync(client, HttpMethod.Post, "/api/denunciations", Body("TC-Z", identity).Replace("\"Named\"", "\"Anonymous\"", StringComparison.Ordinal), actor)));
            replies.Add(("show", await Api.SendAsync(client, HttpMethod.Get, "/api/denunciations/TC-LEAK", actor: actor)));
            replies.Add(("list", await Api.SendAsync(client, HttpMethod.Get, "/api/denunciations?organization=TN.X001", actor: actor)));
            replies.Add(("intake", await Api.SendAsync(client, HttpMethod.Post, "/api/denunciations/TC-LEAK/intake", """{"on":"2025-08-10","grounds":[]}""", actor)));
            replies.Add(("conclusion", await Api.SendAsync(client, HttpMethod.Post, "/api/denunciations/TC-LEAK/conclusions", """{"allegation":"ND-1","conclusion":"NoBasis","on":"2025-09-01"}""", actor)));
            replies.Add(("statistics", await Api.SendAsync(client, HttpMethod.Get, "/api/organizations/TN.X001/statistics?period=2025", actor: actor)));
            replies.Add(("warnings", await Api.SendAsync(client, HttpMethod.Get, "/api/organizations/TN.X001/warnings", actor: actor)));
            replies.Add(("reveal by a stranger", await Api.SendAsync(client, HttpMethod.Post, "/api/denunciations/TC-LEAK/informant-access", """{"purpose":"Tò mò"}""", ("TN.X002", "InspectionCommission"))));
            replies.Add(("reveal without a purpose", await Api.SendAsync(client, HttpMethod.Post, "/api/denunciations/TC-LEAK/informant-access", """{"purpose":"  "}""", actor)));
            revealed = await Api.SendAsync(client, HttpMethod.Post, "/api/denunciations/TC-LEAK/informant-access", """{"purpose":"Bảo vệ người tố cáo bị trù dập"}""", actor);

            var (ciphertext, accesses, trail) = await host.WithDbAsync(async db => (
                await db.Denunciations.Where(d => d.Id == "TC-LEAK").Select(d => d.InformantCiphertext).SingleAsync(),
                await db.InformantAccessLog.Where(a => a.DenunciationId == "TC-LEAK").ToListAsync(),
                await db.Set<KiemTra.WebHost.Security.AuditRecord>().Where(a => a.Endpoint == "POST /api/denunciations/{id}/informant-access" && a.Outcome == "written").ToListAsync()));
            Assert.False(string.IsNullOrEmpty(ciphertext));
            Assert.DoesNotContain(Needles, n => ciphertext!.Contains(n, StringComparison.OrdinalIgnoreCase));
            var access = Assert.Single(accesses);
            Assert.Equal("Bảo vệ người tố cáo bị trù dập", access.Purpose);

            // Issue 15, item 3: who read it is the signed-in user, the member and the acting body, not a body alone; and
            // the reveal is in the general audit trail too, as a write ('written': added to the reveal's own SaveChanges).
            var reader = TestUsers.HolderOf(new KiemTra.Sdk.Authority.ActingBody(KiemTra.Sdk.Organization.OrganizationId.From(actor.Organization), KiemTra.Sdk.Organization.BodyKind.InspectionCommission))!;
            Assert.Equal($"user user-{reader}; member {reader}; InspectionCommission TN.X001", access.AccessedBy);
            var entry = Assert.Single(trail);
            Assert.Equal(("user-" + reader, reader, "TN.X001", "InspectionCommission"), (entry.User, entry.Member, entry.ActingOrganization, entry.ActingBody));
        }

        Assert.Equal(HttpStatusCode.Created, replies[0].Reply.Status);
        Assert.Equal(HttpStatusCode.Conflict, replies[1].Reply.Status);
        foreach (var (what, reply) in replies.Skip(2).Take(4))
        {
            Assert.True(reply.Status == HttpStatusCode.BadRequest, $"{what}: {reply}");
        }

        Assert.Equal(HttpStatusCode.NotFound, replies[12].Reply.Status); // outside its jurisdiction: as if it did not exist (issue 15)
        Assert.Equal(HttpStatusCode.BadRequest, replies[13].Reply.Status);
        Assert.True(revealed.Status == HttpStatusCode.OK, revealed.ToString());
        Assert.Equal(Name, revealed.Str("fullName"));
        Assert.Equal(Contact, revealed.Str("contact"));

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var stored = string.Concat(new[] { _path, _path + "-wal" }.Where(File.Exists).Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        var log = _logs.Text;
        Assert.True(_logs.Count > 50, $"only {_logs.Count} log entries captured");
        foreach (var needle in Needles)
        {
            Assert.False(log.Contains(needle, StringComparison.OrdinalIgnoreCase), $"the logs contain '{needle}'");
            Assert.False(stored.Contains(needle, StringComparison.OrdinalIgnoreCase), $"the database file contains '{needle}'");
            foreach (var (what, reply) in replies)
            {
                Assert.False(reply.Body.Contains(needle, StringComparison.OrdinalIgnoreCase), $"{what}: the response contains '{needle}': {reply}");
            }
        }
    }

    private sealed class Factory(string path, string keys, Capture logs) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        /// <summary>A client signed in as the tests' users (Infrastructure/TestUsers.cs).</summary>
        public new HttpClient CreateClient() => CreateDefaultClient(new ActingUserHandler());

        internal async Task<T> WithDbAsync<T>(Func<KiemTraDbContext, Task<T>> action)
        {
            using var scope = Services.CreateScope();
            return await action(scope.ServiceProvider.GetRequiredService<KiemTraDbContext>());
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in TestUsers.HostSettings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("KiemTra:SqlitePath", path);
            builder.UseSetting("KiemTra:DataProtectionKeysPath", keys);
            builder.UseSetting("ConnectionStrings:Postgres", string.Empty);
            builder.UseSetting("Logging:LogLevel:Default", "Trace");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Trace");
            builder.ConfigureTestServices(services => services.AddSingleton(SharedDataset.Value).AddSingleton(_ => SharedDataset.Seed).AddSingleton(TestClock.Create()));
            builder.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        }
    }

    private sealed class Capture : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _entries = new();

        public int Count => _entries.Count;

        public string Text => string.Join("\n", _entries);

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
        }
    }
}
