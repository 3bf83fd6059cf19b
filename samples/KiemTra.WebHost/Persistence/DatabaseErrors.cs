using System.Runtime.ExceptionServices;
using KiemTra.Sdk;
using KiemTra.WebHost.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KiemTra.WebHost.Persistence;

/// <summary>What a database error means for the client (<i>phân loại lỗi cơ sở dữ liệu</i>).</summary>
internal enum DatabaseErrorKind
{
    /// <summary>Not one the host can explain: a 500 whose trace id is in the log.</summary>
    Unknown,

    /// <summary>A unique key, foreign key or concurrency token refused the write: another request got there first (409).</summary>
    Conflict,

    /// <summary>The database is busy, locked, timed out, could not serialise the transaction or is unreachable: try again later (503 with <c>Retry-After</c>).</summary>
    Unavailable,

    /// <summary>The database cannot store a value as given (a NUL character or invalid text on PostgreSQL, a value out of range): 400.</summary>
    InvalidData,
}

/// <summary>
/// Turns a database failure into the answer that tells the truth (<i>lỗi cơ sở dữ liệu nói đúng sự việc</i>): a unique-key
/// violation is a 409, a lock or timeout a 503 with <c>Retry-After</c>, a value the database cannot store a 400, anything
/// else a 500. Before this, every failure of a write was reported as 409 "already exists" — a locked SQLite file and a NUL
/// character on PostgreSQL both answered that a case existed that did not.
/// </summary>
internal static class DatabaseErrors
{
    /// <summary>Seconds a client is asked to wait before retrying after a 503.</summary>
    public const int RetryAfterSeconds = 2;

    // SQLite primary result codes (https://sqlite.org/rescode.html).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int SqliteTooBig = 18;
    private const int SqliteMismatch = 20;

    /// <summary>The kind of the failure, looking through the exception's inner exceptions.</summary>
    public static DatabaseErrorKind Classify(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DbUpdateConcurrencyException:
                    return DatabaseErrorKind.Conflict;
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode switch
                    {
                        SqliteBusy or SqliteLocked => DatabaseErrorKind.Unavailable,
                        SqliteConstraint => DatabaseErrorKind.Conflict,
                        SqliteTooBig or SqliteMismatch => DatabaseErrorKind.InvalidData,
                        _ => DatabaseErrorKind.Unknown,
                    };
                case PostgresException postgres:
                    return OfSqlState(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.IsTransient:
                    // No server answer (connection refused or lost, timeout).
                    return DatabaseErrorKind.Unavailable;
                case TimeoutException:
                    return DatabaseErrorKind.Unavailable;
            }
        }

        return DatabaseErrorKind.Unknown;
    }

    /// <summary>The kind of a PostgreSQL SQLSTATE (https://www.postgresql.org/docs/current/errcodes-appendix.html).</summary>
    public static DatabaseErrorKind OfSqlState(string sqlState) => sqlState switch
    {
        // 23505 unique_violation, 23503 foreign_key_violation, 23P01 exclusion_violation.
        "23505" or "23503" or "23P01" => DatabaseErrorKind.Conflict,

        // 40001 serialization_failure, 40P01 deadlock_detected, 55P03 lock_not_available, 57014 query_canceled
        // (statement or lock timeout), 53xxx insufficient resources, 57P0x the server is shutting down or starting.
        "40001" or "40P01" or "55P03" or "57014" or "57P01" or "57P02" or "57P03" => DatabaseErrorKind.Unavailable,
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState.StartsWith("53", StringComparison.Ordinal) => DatabaseErrorKind.Unavailable,

        // Class 22 data exception: 22021 character_not_in_repertoire (a NUL byte), 22P05 untranslatable_character,
        // 22001 string_data_right_truncation, 22003 numeric_value_out_of_range, 22008 datetime_field_overflow…
        _ when sqlState.StartsWith("22", StringComparison.Ordinal) => DatabaseErrorKind.InvalidData,
        _ => DatabaseErrorKind.Unknown,
    };

    /// <summary>
    /// The problem for a failed <c>SaveChanges</c>: 409 with <paramref name="conflict"/> for a key or concurrency
    /// conflict, 503 for a busy database, 400 for a value it cannot store; any other failure is rethrown unchanged (a 500
    /// whose trace id the exception handler logs).
    /// </summary>
    /// <param name="http">The request.</param>
    /// <param name="exception">The failure.</param>
    /// <param name="conflict">What a conflict means for this write (e.g. "a case with this id already exists").</param>
    /// <returns>The problem to return.</returns>
    public static IResult Problem(HttpContext http, DbUpdateException exception, LocalizedText conflict) =>
        Problem(http, exception, () => Problems.Conflict(http, conflict));

    /// <summary>As <see cref="Problem(HttpContext, DbUpdateException, LocalizedText)"/>, with the endpoint's own 409.</summary>
    /// <param name="http">The request.</param>
    /// <param name="exception">The failure.</param>
    /// <param name="conflict">Makes the endpoint's 409 for a key or concurrency conflict.</param>
    /// <returns>The problem to return.</returns>
    public static IResult Problem(HttpContext http, DbUpdateException exception, Func<IResult> conflict)
    {
        switch (Classify(exception))
        {
            case DatabaseErrorKind.Conflict:
                return conflict();
            case DatabaseErrorKind.Unavailable:
                return Problems.Unavailable(http, RetryAfterSeconds);
            case DatabaseErrorKind.InvalidData:
                var errors = new FieldErrors();
                errors.Add("$", null, "Cơ sở dữ liệu không lưu được một giá trị của yêu cầu (ví dụ ký tự không hợp lệ).", "The database cannot store a value of the request (for example an invalid character).");
                return Problems.Validation(http, errors.All);
            default:
                ExceptionDispatchInfo.Capture(exception).Throw();
                throw new InvalidOperationException("Unreachable.", exception);
        }
    }
}
