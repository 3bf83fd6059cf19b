using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using KiemTra.WebHost.Persistence;
using KiemTra.WebHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KiemTra.WebHost.Tests.Limits;

/// <summary>
/// Issue 15, item 6: database errors that tell the truth. Every failed write used to be a 409 "already exists" — a locked
/// SQLite file and a NUL character on PostgreSQL both claimed a case existed that did not. The failures are injected at
/// <c>SaveChanges</c> (and at a read) of an in-memory host, as each provider reports them.
/// </summary>
public sealed class DatabaseErrorTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static string OpenBody() => Api.Json(new
    {
        id = $"KT-{Guid.NewGuid():N}"[..24],
        title = "Kiểm tra",
        activity = "InspectionOnSignsOfViolation",
        type = "signs-of-violation",
        openedOn = "2026-11-20",
        subjects = new[] { new { organization = "TN.X001.C001" } },
    });

    [Theory]
    [InlineData(5)] // SQLITE_BUSY: another connection holds the write lock past the busy timeout
    [InlineData(6)] // SQLITE_LOCKED
    public async Task SqliteBusyOrLocked_OnAWrite_Is503WithRetryAfter_NotAConflict(int code)
    {
        using var factory = Failing(() => new DbUpdateException("An error occurred while saving the entity changes.", new SqliteException("SQLite Error 5: 'database is locked'.", code)));
        using var response = await Send(factory.CreateDefaultClient(new ActingUserHandler()), OpenBody());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("2", Assert.Single(response.Headers.GetValues("Retry-After")));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("urn:kiemtra:problem:unavailable", body, StringComparison.Ordinal);
        Assert.DoesNotContain("already exists", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("55P03")] // lock_not_available (lock_timeout)
    [InlineData("40001")] // serialization_failure
    [InlineData("57014")] // query_canceled (statement_timeout)
    [InlineData("08006")] // connection_failure
    public async Task PostgresLockTimeoutSerializationOrConnection_OnAWrite_Is503(string sqlState)
    {
        using var factory = Failing(() => new DbUpdateException("save failed", new PostgresException("failure", "ERROR", "ERROR", sqlState)));
        using var response = await Send(factory.CreateDefaultClient(new ActingUserHandler()), OpenBody());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task PostgresInvalidCharacter_OnAWrite_Is400_NotAConflict()
    {
        // Issue 15 probe: a NUL character on PostgreSQL (22021 character_not_in_repertoire) answered that the case existed.
        using var factory = Failing(() => new DbUpdateException("save failed", new PostgresException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "ERROR", "22021")));
        using var response = await Send(factory.CreateDefaultClient(new ActingUserHandler()), OpenBody());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("already exists", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("23505")] // unique_violation
    public async Task PostgresUniqueViolation_OnAWrite_Is409(string sqlState)
    {
        using var factory = Failing(() => new DbUpdateException("save failed", new PostgresException("duplicate key", "ERROR", "ERROR", sqlState)));
        using var response = await Send(factory.CreateDefaultClient(new ActingUserHandler()), OpenBody());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task SqliteBusy_RecordingADenunciation_Is503_NotAlreadyExists()
    {
        // The new-row writes of the register (denunciations, decisions, complaints, facts) used to answer every refusal
        // of the store with 409 "already exists"; they share the cases' classification now.
        var member = Register.RegisterRecordsContract.CellMember.Value;
        var body = $$"""{"id":"TC-BUSY","subject":{"member":"{{member}}"},"source":"Anonymous","allegations":[{"id":"ND-1","content":"Nhận quà biếu"}],"receivedOn":"2025-08-05"}""";
        using var factory = Failing(() => new DbUpdateException("An error occurred while saving the entity changes.", new SqliteException("SQLite Error 5: 'database is locked'.", 5)));
        var reply = await Api.SendAsync(factory.CreateDefaultClient(new ActingUserHandler()), HttpMethod.Post, "/api/denunciations", body, Api.NgocHaCommission);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, reply.Status);
        Assert.Contains("urn:kiemtra:problem:unavailable", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("already exists", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqliteBusy_OnARead_Is503WithRetryAfter()
    {
        using var factory = host.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureDbContext<KiemTraDbContext>(o => o.AddInterceptors(new FailingReads()))));
        using var response = await factory.CreateDefaultClient(new ActingUserHandler()).GetAsync(new Uri("/api/cases", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task UnknownFailure_Is500_AndItsTraceIdIsInTheLog()
    {
        var logs = new ConcurrentQueue<string>();
        using var factory = Failing(() => new DbUpdateException("save failed", new InvalidOperationException("disk on fire")), logs);
        using var response = await Send(factory.CreateDefaultClient(new ActingUserHandler()), OpenBody());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var traceId = problem.RootElement.GetProperty("traceId").GetString();
        Assert.False(string.IsNullOrEmpty(traceId));
        Assert.DoesNotContain("disk on fire", problem.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(logs, line => line.Contains(traceId!, StringComparison.Ordinal) && line.Contains("disk on fire", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("23505", "Conflict")]
    [InlineData("23503", "Conflict")]
    [InlineData("40P01", "Unavailable")]
    [InlineData("53300", "Unavailable")] // too_many_connections
    [InlineData("08001", "Unavailable")]
    [InlineData("22P05", "InvalidData")]
    [InlineData("22001", "InvalidData")]
    [InlineData("42P01", "Unknown")] // undefined_table: a fault of the host, a 500
    public void SqlStates_AreClassifiedAsDocumented(string sqlState, string kind)
    {
        Assert.Equal(Enum.Parse<DatabaseErrorKind>(kind), DatabaseErrors.OfSqlState(sqlState));
    }

    [Fact]
    public void SqliteConstraint_IsAConflict_AndAConcurrencyFailureToo()
    {
        Assert.Equal(DatabaseErrorKind.Conflict, DatabaseErrors.Classify(new DbUpdateException("x", new SqliteException("UNIQUE constraint failed: cases.IdKey", 19))));
        Assert.Equal(DatabaseErrorKind.Conflict, DatabaseErrors.Classify(new DbUpdateConcurrencyException("x")));
        Assert.Equal(DatabaseErrorKind.Unknown, DatabaseErrors.Classify(new DbUpdateException("x", new SqliteException("disk I/O error", 10))));
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Acting-Organization", Api.NgocHaCommission.Organization);
        request.Headers.Add("X-Acting-Body", Api.NgocHaCommission.Body);
        return await client.SendAsync(request);
    }

    private WebApplicationFactory<Program> Failing(Func<Exception> failure, ConcurrentQueue<string>? logs = null) =>
        host.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<KiemTraDbContext>(o => o.AddInterceptors(new FailingSaves(failure)));
            if (logs is not null)
            {
                s.AddSingleton<ILoggerProvider>(new QueueLoggerProvider(logs));
            }
        }));

    private sealed class FailingSaves(Func<Exception> failure) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            throw failure();
    }

    private sealed class FailingReads : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            throw new SqliteException("SQLite Error 5: 'database is locked'.", 5);
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(lines);

        public void Dispose()
        {
        }

        private sealed class QueueLogger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
        }
    }
}
