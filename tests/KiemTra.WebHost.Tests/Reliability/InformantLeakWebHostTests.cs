using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using System.Text;
using KiemTra.WebHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KiemTra.WebHost.Tests.Reliability;

/// <summary>
/// Nothing leaked (issue 8, R-D6): an informant's identity sent to the web host where it does not belong — an unknown
/// field, a malformed body, a header, a query, a route value, a request that fails inside the write transaction — is
/// never written to the host's logs (captured at Trace level with an in-memory <see cref="ILoggerProvider"/>) and never
/// echoed by an error response.
/// </summary>
public sealed class InformantLeakWebHostTests : IAsyncLifetime
{
    private const string Name = "Phạm Thị Kín Đáo Vxqz";
    private const string CitizenId = "079199012345";
    private const string Phone = "0912 345 678";
    private const string Address = "Số 99 ngõ Bí Ẩn";

    private static readonly string[] Needles = new[] { Name, CitizenId, Phone, Address, "Vxqz", "Kín Đáo", "Bí Ẩn" }
        .SelectMany(n => new[] { n, n.Normalize(NormalizationForm.FormD), Uri.EscapeDataString(n) }).Distinct().ToArray();

    private static readonly HashSet<string> EchoesItsOwnField =
    [
        "identity as the acting organisation", "step with an identity as the date", "identity in a query", "identity as a deadline event",
        "identity as a route value", "identity as an organisation id",
    ];

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"kiemtra-leak-{Guid.NewGuid():N}.db");
    private readonly CapturingLoggerProvider _logs = new();

    private static string Identity => $$"""{"fullName":"{{Name}}","citizenId":"{{CitizenId}}","phone":"{{Phone}}","address":"{{Address}}"}""";

    private static string OpenWith(string extra, string id = "LEAK-1") => $$"""{"id":"{{id}}","title":"Kiểm tra dấu hiệu vi phạm","activity":"InspectionOnSignsOfViolation","type":"signs-of-violation","openedOn":"2026-11-20","subjects":[{"organization":"TN.X001.C001"}]{{extra}}}""";

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }

    private LoggingFactory Host(bool verbose, bool failWrites = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["KiemTra:SqlitePath"] = _path,
            ["ConnectionStrings:Postgres"] = string.Empty,
        };
        foreach (var (key, value) in TestUsers.HostSettings)
        {
            settings[key] = value;
        }

        if (verbose)
        {
            settings["Logging:LogLevel:Default"] = "Trace";
            settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
            settings["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace";
        }

        if (failWrites)
        {
            settings["Reliability:FailInsideWriteTransaction"] = "true";
        }

        return new LoggingFactory(settings, _logs, verbose);
    }

    /// <summary>
    /// With the shipped logging levels (appsettings.json) every request below is checked. With every category at Trace,
    /// ASP.NET's own request log (<c>Microsoft.AspNetCore.Hosting.Diagnostics</c>, "Request starting …") writes the URL
    /// path and query: that run leaves out the requests carrying the identity in the URL (the API takes no personal
    /// data in URLs; docs/reliability.md says so) and checks bodies, headers, failures and the host's own logs.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task IdentityWhereItDoesNotBelong_IsNeitherLoggedNorEchoed(bool verbose)
    {
        var replies = new List<(string What, Reply Reply)>();
        await using (var host = Host(verbose))
        {
            var client = host.CreateClient();
            var actor = Api.NgocHaCommission;
            replies.Add(("unknown field", await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenWith($",\"informant\":{Identity}"), actor)));
            replies.Add(("identity as a wrong-typed field", await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenWith(string.Empty).Replace("\"subjects\":[{\"organization\":\"TN.X001.C001\"}]", $"\"subjects\":{Identity}", StringComparison.Ordinal), actor)));
            replies.Add(("malformed body", await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenWith($",\"informant\":{Identity}")[..^20], actor)));
            replies.Add(("malformed after the identity", await Api.SendAsync(client, HttpMethod.Post, "/api/cases", Identity + " trailing", actor)));
            replies.Add(("step with an unknown field", await Api.SendAsync(client, HttpMethod.Post, "/api/cases/LEAK-NONE/steps", $"{{\"step\":\"Announce\",\"on\":\"2026-11-25\",\"informant\":{Identity}}}", actor)));
            replies.Add(("step with an identity as the date", await Api.SendAsync(client, HttpMethod.Post, "/api/cases/LEAK-NONE/steps", $"{{\"step\":\"Announce\",\"on\":\"{Name}\"}}", actor)));
            if (!verbose)
            {
                replies.Add(("identity in a query", await Api.SendAsync(client, HttpMethod.Get, $"/api/cases?conductedBy={Uri.EscapeDataString(CitizenId)}&state={Uri.EscapeDataString(Name)}")));
                replies.Add(("identity as a route value", await Api.SendAsync(client, HttpMethod.Get, $"/api/cases/{Uri.EscapeDataString(Phone)}")));
                replies.Add(("identity as an organisation id", await Api.SendAsync(client, HttpMethod.Get, $"/api/organizations/{Uri.EscapeDataString(CitizenId)}")));
            }

            replies.Add(("identity as the acting organisation", await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenWith(string.Empty, "LEAK-2"), (Phone, "InspectionCommission"))));
            replies.Add(("identity as a deadline event", await Api.SendAsync(client, HttpMethod.Post, "/api/deadlines", $"{{\"event\":\"{Address}\",\"unit\":\"WorkingDays\",\"count\":5}}")));
            replies.Add(("identity in an unknown deadline field", await Api.SendAsync(client, HttpMethod.Post, "/api/deadlines", $"{{\"event\":\"2026-11-20\",\"unit\":\"WorkingDays\",\"count\":5,\"informant\":{Identity}}}")));
        }

        await using (var failing = Host(verbose, failWrites: true))
        {
            var client = failing.CreateClient();
            replies.Add(("write failing inside its transaction", await Api.SendAsync(client, HttpMethod.Post, "/api/cases", OpenWith(string.Empty, "LEAK-3"), Api.NgocHaCommission)));
        }

        foreach (var (what, reply) in replies)
        {
            Assert.True((int)reply.Status is >= 400 and < 600, $"{what}: expected a refusal, got {reply}");
        }

        // The request with the unknown field is refused naming the field, not its content.
        Assert.Equal(HttpStatusCode.BadRequest, replies[0].Reply.Status);
        Assert.Contains("informant", replies[0].Reply.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, replies[^1].Reply.Status);

        var log = _logs.Text;
        Assert.Contains("RELIABILITY-FAULT", log, StringComparison.Ordinal); // the capture works, down to the failing write
        Assert.True(_logs.Count > (verbose ? 100 : 5), $"only {_logs.Count} log entries captured");
        foreach (var needle in Needles)
        {
            Assert.False(log.Contains(needle, StringComparison.OrdinalIgnoreCase), $"the logs contain '{needle}':\n{Around(log, needle)}");
            // A refusal names the offending value of a field, header or URL part the client sent (house rule), to that
            // client only; an unknown field, a malformed body or a failed write is never echoed.
            foreach (var (what, reply) in replies.Where(r => !EchoesItsOwnField.Contains(r.What)))
            {
                Assert.False(reply.Body.Contains(needle, StringComparison.OrdinalIgnoreCase), $"{what}: the response echoes '{needle}': {reply}");
            }
        }
    }

    private static string Around(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
        return text[Math.Max(0, at - 400)..Math.Min(text.Length, at + 200)];
    }

    /// <summary>The host with every log entry (message, state and exception) captured in memory.</summary>
    private sealed class LoggingFactory(IReadOnlyDictionary<string, string?> settings, CapturingLoggerProvider logs, bool verbose) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        /// <summary>A client signed in as the tests' users (Infrastructure/TestUsers.cs).</summary>
        public new HttpClient CreateClient() => CreateDefaultClient(new ActingUserHandler());

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services => services.AddSingleton(SharedDataset.Value));
            builder.ConfigureLogging(l =>
            {
                l.AddProvider(logs);
                if (verbose)
                {
                    l.SetMinimumLevel(LogLevel.Trace);
                }
            });
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
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
            // As a provider with IncludeScopes = true writes them: each entry carries the scopes open around it.
            private static readonly AsyncLocal<ImmutableStack<object>> Scopes = new();

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                var outer = Scopes.Value ?? ImmutableStack<object>.Empty;
                Scopes.Value = outer.Push(state);
                return new Pop(outer);
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                var scopes = string.Join(" => ", (Scopes.Value ?? ImmutableStack<object>.Empty).Select(s => s is IEnumerable<KeyValuePair<string, object?>> kv ? string.Join("; ", kv.Select(p => $"{p.Key}={p.Value}")) : s.ToString()));
                entries.Enqueue($"{logLevel} {category}[{eventId}]: {formatter(state, exception)} | {values} | scopes: {scopes} | {exception}");
            }

            private sealed class Pop(ImmutableStack<object> outer) : IDisposable
            {
                public void Dispose() => Scopes.Value = outer;
            }
        }
    }
}
