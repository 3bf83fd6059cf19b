using System.Globalization;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;

namespace KiemTra.WebHost.Security;

/// <summary>
/// One entry of the audit trail (<i>nhật ký truy cập, thao tác</i>): who (user, member, acting body), what (endpoint,
/// case, step, outcome), when and from where. Append-only: the host only inserts rows, the database refuses UPDATE and
/// DELETE on the table (triggers, <see cref="AuditTrail.ProtectAsync"/>), and no endpoint changes it.
/// </summary>
/// <remarks>A persistence shape for EF Core (mutable by necessity).</remarks>
internal sealed class AuditRecord
{
    /// <summary>The entry's number (increasing).</summary>
    public long Id { get; set; }

    /// <summary>When (UTC, from the injected clock).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The user (the token's subject), or null for a request without a valid token.</summary>
    public string? User { get; set; }

    /// <summary>The member id the token names, or null.</summary>
    public string? Member { get; set; }

    /// <summary>The acting organisation, when the request settled one.</summary>
    public string? ActingOrganization { get; set; }

    /// <summary>The acting body (<c>BodyKind</c> name), when the request settled one.</summary>
    public string? ActingBody { get; set; }

    /// <summary>The method and the endpoint's route pattern (e.g. <c>POST /api/cases/{id}/steps</c>), or the method and <c>(no endpoint)</c>.</summary>
    public required string Endpoint { get; set; }

    /// <summary>The case the request was about (the route's case id, or the case the write stored), or null.</summary>
    public string? CaseId { get; set; }

    /// <summary>The step the write stored (<c>CaseStep</c> name), or null.</summary>
    public string? Step { get; set; }

    /// <summary>
    /// What came of it: <c>written</c> (stored in the same transaction as the write), <c>read</c>, <c>done</c> (a
    /// successful request that stored nothing), <c>unauthenticated</c> (401), <c>refused</c> (403), <c>not-found</c>,
    /// <c>rejected</c> (other 4xx), <c>throttled</c> (429) or <c>failed</c> (5xx).
    /// </summary>
    public required string Outcome { get; set; }

    /// <summary>The HTTP status answered, or null for a <c>written</c> entry (stored before the answer).</summary>
    public int? Status { get; set; }

    /// <summary>The remote address of the connection.</summary>
    public string? RemoteAddress { get; set; }
}

/// <summary>
/// The audit trail (<i>nhật ký kiểm toán</i>): every <c>/api</c> request leaves one entry. A write's entry is inserted by
/// <see cref="Interceptor"/> in the same <c>SaveChanges</c> — the same database transaction — as the write, so a stored
/// write without its entry (or the reverse) cannot exist; every other request (reads, refusals, 401, failed writes) is
/// recorded by <see cref="Middleware"/> once its answer is known.
/// </summary>
internal static class AuditTrail
{
    private static readonly object EntryKey = new();

    /// <summary>The table.</summary>
    public const string Table = "audit_trail";

    /// <summary>Maps <see cref="AuditRecord"/> (called by <see cref="KiemTraDbContext"/>).</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        var a = modelBuilder.Entity<AuditRecord>();
        a.ToTable(Table);
        a.HasKey(x => x.Id);
        a.Property(x => x.Id).ValueGeneratedOnAdd();
        a.Property(x => x.User).HasMaxLength(128);
        a.Property(x => x.Member).HasMaxLength(64);
        a.Property(x => x.ActingOrganization).HasMaxLength(64);
        a.Property(x => x.ActingBody).HasMaxLength(32);
        a.Property(x => x.Endpoint).HasMaxLength(200);
        a.Property(x => x.CaseId).HasMaxLength(64);
        a.Property(x => x.Step).HasMaxLength(32);
        a.Property(x => x.Outcome).HasMaxLength(16);
        a.Property(x => x.RemoteAddress).HasMaxLength(64);
        a.HasIndex(x => x.CaseId);
        a.HasIndex(x => x.At);
    }

    /// <summary>Makes the table append-only in the database itself: UPDATE and DELETE (and TRUNCATE on PostgreSQL) fail.</summary>
    public static async Task ProtectAsync(KiemTraDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE OR REPLACE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_trail is append-only'; END $$;",
                cancellationToken);
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_trail_no_change ON audit_trail;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER audit_trail_no_change BEFORE UPDATE OR DELETE ON audit_trail FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_trail_no_truncate ON audit_trail;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_append_only();", cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER IF NOT EXISTS audit_trail_no_update BEFORE UPDATE ON audit_trail BEGIN SELECT RAISE(ABORT, 'audit_trail is append-only'); END;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER IF NOT EXISTS audit_trail_no_delete BEFORE DELETE ON audit_trail BEGIN SELECT RAISE(ABORT, 'audit_trail is append-only'); END;", cancellationToken);
        }
    }

    /// <summary>Adds the interceptor to every <see cref="KiemTraDbContext"/>, and the writer of the other entries.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditWriter>());
        services.ConfigureDbContext<KiemTraDbContext>((sp, options) =>
            options.AddInterceptors(new Interceptor(sp.GetRequiredService<IHttpContextAccessor>())));
        return services;
    }

    /// <summary>
    /// Middleware (after authentication, before authorisation, so that 401 and 403 pass through it): opens the
    /// request's entry, and once the answer is known records it unless the write's transaction already did.
    /// </summary>
    public static async Task Middleware(HttpContext http, RequestDelegate next)
    {
        if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(http);
            return;
        }

        var clock = http.RequestServices.GetRequiredService<IClock>();
        var entry = new Entry(clock.GetCurrentInstant().ToDateTimeOffset());
        http.Items[EntryKey] = entry;
        var failed = false;
        try
        {
            await next(http);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            if (!entry.Stored)
            {
                var status = failed ? StatusCodes.Status500InternalServerError : http.Response.StatusCode;
                entry.Stored = true;
                await http.RequestServices.GetRequiredService<AuditWriter>().EnqueueAsync(Describe(http, entry, Outcome(http.Request.Method, status), status));
            }
        }
    }

    private static string Outcome(string method, int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "unauthenticated",
        StatusCodes.Status403Forbidden => "refused",
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status429TooManyRequests => "throttled",
        >= 500 => "failed",
        >= 400 => "rejected",
        _ => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? "read" : "done",
    };

    /// <summary>The entry of the request as far as it is known now.</summary>
    private static AuditRecord Describe(HttpContext http, Entry entry, string outcome, int? status)
    {
        var endpoint = http.GetEndpoint() as RouteEndpoint;
        var pattern = endpoint?.RoutePattern.RawText is { Length: > 1 } raw ? raw.TrimEnd('/') : endpoint?.RoutePattern.RawText;
        var user = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirst(HostClaims.Subject)?.Value : null;
        var (choice, body, _) = http.User.Identity?.IsAuthenticated == true
            ? ActingBodyChoice.Settle(http, http.RequestServices.GetRequiredService<KiemTra.Sdk.Organization.PartyDataset>())
            : (ActingChoice.Invalid, null, []);
        string? caseId = entry.CaseId;
        if (caseId is null && pattern is not null && pattern.StartsWith("/api/cases/{id}", StringComparison.Ordinal) && http.GetRouteValue("id") is string id)
        {
            caseId = id;
        }

        return new AuditRecord
        {
            At = entry.At,
            User = Cap(user, 128),
            Member = Cap(ActingUsers.MemberOf(http.User), 64),
            ActingOrganization = choice == ActingChoice.Chosen ? body!.Value.Organization.Value : null,
            ActingBody = choice == ActingChoice.Chosen ? body!.Value.Body.ToString() : null,
            Endpoint = Cap($"{http.Request.Method} {pattern ?? "(no endpoint)"}", 200)!,
            CaseId = Cap(caseId, 64),
            Step = entry.Step,
            Outcome = outcome,
            Status = status,
            RemoteAddress = Cap(http.Connection.RemoteIpAddress?.ToString(), 64),
        };
    }

    private static string? Cap(string? text, int length) => text is null ? null : text.Length <= length ? text : text[..length];

    /// <summary>The request's entry while it runs.</summary>
    private sealed class Entry(DateTimeOffset at)
    {
        public DateTimeOffset At { get; } = at;

        public bool Stored { get; set; }

        public string? CaseId { get; set; }

        public string? Step { get; set; }
    }

    /// <summary>
    /// Adds the request's entry to the first <c>SaveChanges</c> that writes anything else, so it commits or rolls back
    /// with the write; refuses any change to an existing entry.
    /// </summary>
    private sealed class Interceptor(IHttpContextAccessor accessor) : SaveChangesInterceptor
    {
        private AuditRecord? _pending;

        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Before(eventData.Context!);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Before(eventData.Context!);
            return ValueTask.FromResult(result);
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            After(succeeded: true);
            return result;
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            After(succeeded: true);
            return ValueTask.FromResult(result);
        }

        public override void SaveChangesFailed(DbContextErrorEventData eventData) => Failed(eventData.Context);

        public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            Failed(eventData.Context);
            return Task.CompletedTask;
        }

        private void Before(DbContext context)
        {
            var changes = context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToArray();
            if (changes.Any(e => e.Entity is AuditRecord && e.State != EntityState.Added))
            {
                throw new InvalidOperationException("The audit trail is append-only: an entry cannot be changed or deleted.");
            }

            var http = accessor.HttpContext;
            if (http?.Items[EntryKey] is not Entry entry || entry.Stored || !changes.Any(e => e.Entity is not AuditRecord))
            {
                return;
            }

            var step = changes.Select(e => e.Entity).OfType<CaseStepRecord>().FirstOrDefault(e => context.Entry(e).State == EntityState.Added);
            var opened = changes.Select(e => e.Entity).OfType<CaseRecord>().FirstOrDefault(e => context.Entry(e).State == EntityState.Added);
            entry.CaseId = step?.CaseId ?? opened?.Id ?? entry.CaseId;
            entry.Step = step?.Step;
            _pending = Describe(http, entry, "written", null);
            context.Add(_pending);
            entry.Stored = true;
        }

        private void After(bool succeeded)
        {
            _pending = succeeded ? null : _pending;
        }

        private void Failed(DbContext? context)
        {
            // The write rolled back with its entry: the middleware records the request's answer instead.
            if (_pending is not null && context is not null)
            {
                context.Entry(_pending).State = EntityState.Detached;
                if (accessor.HttpContext?.Items[EntryKey] is Entry entry)
                {
                    entry.Stored = false;
                }
            }

            _pending = null;
        }
    }
}

/// <summary>The audit endpoint (<i>tra cứu nhật ký</i>): read-only, for the <see cref="HostClaims.AuditorRole"/> role.</summary>
internal static class AuditEndpoints
{
    /// <summary>Maps <c>GET /api/audit</c>.</summary>
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", List).WithTags("Audit").WithName("AuditTrail")
            .WithSummary("Nhật ký truy cập, thao tác / the audit trail, newest first (auditors only)")
            .RequireAuthorization(HostAuthentication.AuditorPolicy)
            .Produces<AuditListResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> List(HttpContext http, KiemTraDbContext db, AuditWriter writer, string? caseId, string? skip, string? take)
    {
        await writer.FlushAsync(http.RequestAborted); // every entry of an answered request is readable
        var errors = new FieldErrors();
        var skipValue = Whole(errors, "skip", skip, 0, int.MaxValue) ?? 0;
        var takeValue = Whole(errors, "take", take, 1, 500) ?? 100;
        if (caseId is { Length: > 64 })
        {
            errors.Add("caseId", caseId[..64], "Mã hồ sơ dài quá 64 ký tự.", "The case id is longer than 64 characters.");
        }

        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var query = db.Set<AuditRecord>().AsNoTracking();
        if (caseId is not null)
        {
            query = query.Where(a => a.CaseId == caseId);
        }

        var total = await query.CountAsync(http.RequestAborted);
        var page = await query.OrderByDescending(a => a.Id).Skip(skipValue).Take(takeValue).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(new AuditListResponse(total, skipValue, page.Select(a => new AuditEntryDto(
            a.Id, a.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), a.User, a.Member, a.ActingOrganization, a.ActingBody,
            a.Endpoint, a.CaseId, a.Step, a.Outcome, a.Status, a.RemoteAddress)).ToArray()));
    }

    private static int? Whole(FieldErrors errors, string field, string? text, int min, int max)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(field, text.Length > 32 ? text[..32] : text, $"'{field}' phải là số nguyên từ {min} đến {max}.", $"'{field}' must be a whole number from {min} to {max}.");
        return null;
    }
}

/// <summary>A page of the audit trail.</summary>
/// <param name="Total">Entries matching.</param>
/// <param name="Skip">Entries skipped.</param>
/// <param name="Items">The entries, newest first.</param>
internal sealed record AuditListResponse(int Total, int Skip, IReadOnlyList<AuditEntryDto> Items);

/// <summary>One audit entry as served.</summary>
/// <param name="Id">Its number.</param>
/// <param name="At">When (UTC, ISO 8601).</param>
/// <param name="User">The user.</param>
/// <param name="Member">The member id.</param>
/// <param name="ActingOrganization">The acting organisation.</param>
/// <param name="ActingBody">The acting body.</param>
/// <param name="Endpoint">Method and route pattern.</param>
/// <param name="CaseId">The case.</param>
/// <param name="Step">The step stored.</param>
/// <param name="Outcome">What came of it.</param>
/// <param name="Status">The HTTP status (null for an entry written with the write).</param>
/// <param name="RemoteAddress">The remote address.</param>
internal sealed record AuditEntryDto(long Id, string At, string? User, string? Member, string? ActingOrganization, string? ActingBody, string Endpoint, string? CaseId, string? Step, string Outcome, int? Status, string? RemoteAddress);

/// <summary>
/// Stores the entries of requests that wrote nothing themselves (reads, refusals, 401, failed writes) in batches
/// (<i>ghi nhật ký theo lô</i>): one transaction per batch of up to 500 instead of one per request, so that auditing every
/// read does not serialise the readers on the database. An entry is queued before the request completes and stored
/// within moments; <c>GET /api/audit</c> waits until everything queued before it is stored, and stopping the host
/// drains the queue. A process killed outright loses at most the entries of the last moments' reads and refusals;
/// a write's own entry is never in the queue (it is in the write's transaction).
/// </summary>
internal sealed class AuditWriter(IServiceScopeFactory scopes, ILogger<AuditWriter> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private readonly System.Threading.Channels.Channel<AuditRecord> _queue = System.Threading.Channels.Channel.CreateBounded<AuditRecord>(
        new System.Threading.Channels.BoundedChannelOptions(100_000) { SingleReader = true, FullMode = System.Threading.Channels.BoundedChannelFullMode.Wait });

    private long _queued;
    private long _done;

    /// <summary>Queues an entry (waits when 100,000 are already waiting: back-pressure instead of unbounded memory).</summary>
    public async ValueTask EnqueueAsync(AuditRecord record)
    {
        Interlocked.Increment(ref _queued);
        if (!_queue.Writer.TryWrite(record))
        {
            try
            {
                await _queue.Writer.WriteAsync(record);
            }
            catch (System.Threading.Channels.ChannelClosedException)
            {
                Interlocked.Increment(ref _done);
                logger.LogError("An audit entry of {Endpoint} arrived after the audit writer stopped.", record.Endpoint);
            }
        }
    }

    /// <summary>Completes when every entry queued before the call has been stored (or failed and been logged).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref _queued);
        while (Interlocked.Read(ref _done) < target)
        {
            await Task.Delay(5, cancellationToken);
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AuditRecord>(BatchSize);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<KiemTraDbContext>();
                db.AddRange(batch);
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                // Never the requests' data in the log: how many, and the error's type.
                logger.LogError("{Count} audit entries could not be stored: {Error}", batch.Count, ex.GetType().Name);
            }

            Interlocked.Add(ref _done, batch.Count);
            batch.Clear();
        }
    }
}
