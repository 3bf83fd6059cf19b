using System.Data.Common;
using System.Globalization;
using KiemTra.WebHost.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KiemTra.WebHost.Reliability;

/// <summary>
/// A TEST-ONLY fault-injection point (<i>điểm gây lỗi để kiểm thử</i>) inside the database write transaction, used by
/// the reliability tests (docs/reliability.md) to make "killed mid-write" and "failed transaction" deterministic.
/// Off unless configured; a production host never sets these keys:
/// <list type="bullet">
/// <item><c>Reliability:DelayInsideWriteTransactionMs</c> (default 0): after a write's statements have run and before
/// the transaction commits, log <see cref="ReadyMarker"/> on standard output (the test's signal that the write is in
/// flight) and wait that long — the test kills the process during the wait.</item>
/// <item><c>Reliability:FailInsideWriteTransaction</c> (default false): throw at the same point, so the transaction
/// rolls back and the request ends in a 500 problem.</item>
/// </list>
/// While either is on, every <c>SaveChanges</c> runs in a transaction (even a single INSERT), so that the point is reached.
/// </summary>
internal static class WriteFaultInjection
{
    /// <summary>The line written (through logging) when a write is inside its transaction and about to wait.</summary>
    public const string ReadyMarker = "RELIABILITY-FAULT: write transaction open, commit delayed";

    /// <summary>Adds the interceptor to <see cref="KiemTraDbContext"/> when the configuration asks for a fault; otherwise nothing.</summary>
    public static IServiceCollection AddWriteFaultInjection(this IServiceCollection services)
    {
        services.ConfigureDbContext<KiemTraDbContext>((sp, options) =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var delay = configuration.GetValue("Reliability:DelayInsideWriteTransactionMs", 0);
            var fail = configuration.GetValue("Reliability:FailInsideWriteTransaction", false);
            if (delay < 0)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Reliability:DelayInsideWriteTransactionMs must not be negative, not {delay}."));
            }

            if (delay > 0 || fail)
            {
                var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WriteFaultInjection).FullName!);
                options.AddInterceptors(new Interceptor(TimeSpan.FromMilliseconds(delay), fail, logger));
            }
        });
        return services;
    }

    private sealed class Interceptor(TimeSpan delay, bool fail, ILogger logger) : DbTransactionInterceptor, ISaveChangesInterceptor
    {
        public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            // A single INSERT would otherwise run without a transaction, and the fault point would never be reached.
            eventData.Context!.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
            return ValueTask.FromResult(result);
        }

        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (fail)
            {
                logger.LogWarning("RELIABILITY-FAULT: failing the write transaction before commit (Reliability:FailInsideWriteTransaction)");
                throw new InvalidOperationException("Injected fault before commit (Reliability:FailInsideWriteTransaction).");
            }

            logger.LogWarning(ReadyMarker + " by {DelayMs} ms", delay.TotalMilliseconds);
            Console.Out.Flush();

            // Not the request's token: the point is to hold the open transaction even if the client gives up.
            await Task.Delay(delay, CancellationToken.None);
            return result;
        }
    }
}
