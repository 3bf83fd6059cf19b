using System.Net;
using System.Text;
using KiemTra.WebHost.Persistence;
using KiemTra.WebHost.Reliability;
using KiemTra.WebHost.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KiemTra.WebHost.Tests.Reliability;

/// <summary>
/// No data lost (issue 8): a write interrupted midway — the process killed while the write's transaction is open, or
/// the transaction failing before commit — leaves the store exactly as it was before the write, and a write completed
/// before it survives. The kill is made deterministic by the host's test-only fault point
/// (<see cref="WriteFaultInjection"/>): the write's statements have run and the commit is being held when the process dies.
/// </summary>
public sealed class InterruptedWriteTests
{
    private static readonly (string Organization, string Body) Actor = Api.NgocHaCommission;

    private static string Open(string id) => Api.Json(new
    {
        id,
        title = "Kiểm tra dấu hiệu vi phạm tại chi bộ Ngọc Hà",
        activity = "InspectionOnSignsOfViolation",
        type = "signs-of-violation",
        openedOn = "2026-11-20",
        subjects = new[] { new { organization = "TN.X001.C001" } },
    });

    private static readonly string IssueDecision = Api.Json(new { step = "IssueDecision", on = "2026-11-21", reference = "15-QĐ/UBKT" });

    private static readonly string ApprovePlan = Api.Json(new
    {
        step = "ApprovePlan",
        on = "2026-11-23",
        plan = new { purpose = "Làm rõ dấu hiệu vi phạm", contentAreas = new[] { "organisational-principles" }, referenceFrom = "2025-07-01", referenceTo = "2026-10-31", start = "2026-11-25", end = "2026-12-15", method = "Nghiên cứu hồ sơ, làm việc trực tiếp" },
    });

    [Fact]
    public async Task KilledWhileTheWriteTransactionIsOpen_Sqlite_StoreIsAsBefore_AndEarlierWriteSurvives()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kiemtra-kill-{Guid.NewGuid():N}.db");
        try
        {
            await KilledMidWrite(
                new Dictionary<string, string> { ["KiemTra:SqlitePath"] = path, ["ConnectionStrings:Postgres"] = string.Empty },
                new DbContextOptionsBuilder<KiemTraDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
        }
        finally
        {
            foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [PostgresFact]
    public async Task KilledWhileTheWriteTransactionIsOpen_Postgres_StoreIsAsBefore_AndEarlierWriteSurvives()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresHost.Variable)) { Database = $"kiemtra_kill_{Guid.NewGuid():N}" };
        var options = new DbContextOptionsBuilder<KiemTraDbContext>().UseNpgsql(server.ConnectionString).Options;
        try
        {
            await KilledMidWrite(new Dictionary<string, string> { ["ConnectionStrings:Postgres"] = server.ConnectionString }, options);
        }
        finally
        {
            await using var db = new KiemTraDbContext(options);
            await db.Database.EnsureDeletedAsync();
        }
    }

    private static async Task KilledMidWrite(Dictionary<string, string> database, DbContextOptions<KiemTraDbContext> store)
    {
        // 1. A normal host: open a case and record its first step — the completed writes that must survive.
        var id = $"KILL-{Guid.NewGuid():N}"[..24];
        int history;
        await using (var first = await HostProcess.StartAsync(database))
        {
            var opened = await Api.SendAsync(first.Client, HttpMethod.Post, "/api/cases", Open(id), Actor);
            Assert.True(opened.Status == HttpStatusCode.Created, opened.ToString());
            var decided = await Api.SendAsync(first.Client, HttpMethod.Post, $"/api/cases/{id}/steps", IssueDecision, Actor);
            Assert.True(decided.Status == HttpStatusCode.OK, decided.ToString());
            history = decided.CaseJson.GetProperty("history").GetArrayLength();
            await first.KillAsync();
        }

        var before = await DumpAsync(store);
        Assert.Contains($"case {id} state=Decided", before, StringComparison.Ordinal);
        Assert.Contains("step 1 IssueDecision", before, StringComparison.Ordinal);

        // 2. A host with the commit held: send the next step (an INSERT of the step and an UPDATE of the case's state),
        //    wait until the statements have run inside the open transaction, then kill the process.
        var faulty = new Dictionary<string, string>(database) { ["Reliability:DelayInsideWriteTransactionMs"] = "120000" };
        await using (var second = await HostProcess.StartAsync(faulty))
        {
            var inFlight = second.WhenOutputContains(WriteFaultInjection.ReadyMarker);
            var write = Api.SendAsync(second.Client, HttpMethod.Post, $"/api/cases/{id}/steps", ApprovePlan, Actor);
            var signalled = await Task.WhenAny(inFlight, write, Task.Delay(TimeSpan.FromMinutes(2)));
            Assert.True(signalled == inFlight, $"the write never reached the held commit:\n{(write.IsCompleted ? write.Result.ToString() : "still running")}\n{second.Output}");
            await second.KillAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => write); // the client saw the connection die, not an answer
        }

        // 3. The store is exactly as before the write, read directly and through a restarted host.
        Assert.Equal(before, await DumpAsync(store));
        await using var third = await HostProcess.StartAsync(database);
        var shown = await Api.SendAsync(third.Client, HttpMethod.Get, $"/api/cases/{id}");
        Assert.True(shown.Status == HttpStatusCode.OK, shown.ToString());
        Assert.Equal("Decided", shown.CaseStateName);
        Assert.Equal(history, shown.CaseJson.GetProperty("history").GetArrayLength());
        Assert.Equal(before, await DumpAsync(store));

        // 4. The same write, repeated on the restarted host, succeeds (nothing half-written blocks it).
        var again = await Api.SendAsync(third.Client, HttpMethod.Post, $"/api/cases/{id}/steps", ApprovePlan, Actor);
        Assert.True(again.Status == HttpStatusCode.OK, again.ToString());
        Assert.Equal("Planned", again.CaseStateName);
    }

    [Fact]
    public async Task FailedTransaction_Sqlite_StoreIsAsBefore()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kiemtra-fail-{Guid.NewGuid():N}.db");
        try
        {
            await FailedTransaction(
                new Dictionary<string, string?> { ["KiemTra:SqlitePath"] = path, ["ConnectionStrings:Postgres"] = string.Empty },
                new DbContextOptionsBuilder<KiemTraDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [PostgresFact]
    public async Task FailedTransaction_Postgres_StoreIsAsBefore()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresHost.Variable)) { Database = $"kiemtra_fail_{Guid.NewGuid():N}" };
        var options = new DbContextOptionsBuilder<KiemTraDbContext>().UseNpgsql(server.ConnectionString).Options;
        try
        {
            await FailedTransaction(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = server.ConnectionString }, options);
        }
        finally
        {
            await using var db = new KiemTraDbContext(options);
            await db.Database.EnsureDeletedAsync();
        }
    }

    private static async Task FailedTransaction(Dictionary<string, string?> database, DbContextOptions<KiemTraDbContext> store)
    {
        var id = $"FAIL-{Guid.NewGuid():N}"[..24];
        await using (var normal = new WebHostFactory(database))
        {
            var client = normal.CreateClient();
            Assert.Equal(HttpStatusCode.Created, (await Api.SendAsync(client, HttpMethod.Post, "/api/cases", Open(id), Actor)).Status);
            Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(client, HttpMethod.Post, $"/api/cases/{id}/steps", IssueDecision, Actor)).Status);
        }

        var before = await DumpAsync(store);
        await using (var failing = new WebHostFactory(new Dictionary<string, string?>(database) { ["Reliability:FailInsideWriteTransaction"] = "true" }))
        {
            var client = failing.CreateClient();
            var step = await Api.SendAsync(client, HttpMethod.Post, $"/api/cases/{id}/steps", ApprovePlan, Actor);
            Assert.Equal(HttpStatusCode.InternalServerError, step.Status);
            Assert.DoesNotContain("Injected fault", step.Body, StringComparison.Ordinal); // no internals in the answer
            var open = await Api.SendAsync(client, HttpMethod.Post, "/api/cases", Open(id + "-2"), Actor);
            Assert.Equal(HttpStatusCode.InternalServerError, open.Status);
        }

        Assert.Equal(before, await DumpAsync(store));
        Assert.DoesNotContain(id + "-2", before, StringComparison.Ordinal);
    }

    /// <summary>Every stored case and step, every column, in a stable order: two dumps are equal exactly when the stores are.</summary>
    private static async Task<string> DumpAsync(DbContextOptions<KiemTraDbContext> options)
    {
        await using var db = new KiemTraDbContext(options);
        var text = new StringBuilder();
        foreach (var c in await db.Cases.AsNoTracking().Include(c => c.Steps).OrderBy(c => c.Id).ToListAsync())
        {
            text.AppendLine($"case {c.Id} state={c.State} title={c.Title} activity={c.Activity} type={c.TypeCode} by={c.ConductedBy}/{c.Body} subjects={c.Subjects} opened={c.OpenedOn:yyyy-MM-dd} created={c.CreatedAt:O}");
            foreach (var s in c.Steps.OrderBy(s => s.Sequence))
            {
                text.AppendLine($"  step {s.Sequence} {s.Step} on={s.On:yyyy-MM-dd} by={s.ActingOrganization}/{s.ActingBody} at={s.RecordedAt:O} payload={s.Payload}");
            }
        }

        text.AppendLine($"steps total {await db.CaseSteps.CountAsync()}");
        return text.ToString();
    }
}
