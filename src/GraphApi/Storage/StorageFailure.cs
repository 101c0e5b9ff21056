using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphApi.Storage;

/// <summary>
/// Tells a database that cannot take a write (or a read) right now from everything else: SQLite answering
/// busy/locked after its busy timeout (another process holds the write lock: a backup, a stuck instance), a full
/// disk, an I/O error, a file it cannot open; PostgreSQL unreachable, shutting down, out of connections or resources,
/// or choosing this transaction as a deadlock or serialization victim. Those are worth a retry later, so callers answer
/// a typed, retryable error instead of an unhandled exception. A constraint violation is not among them: it is a
/// decision (a replayed state, a key another request inserted) that the store itself handles.
/// </summary>
internal static class StorageFailure
{
    // SQLite primary result codes (https://www.sqlite.org/rescode.html).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    // Extended codes: SQLITE_CONSTRAINT_UNIQUE and _PRIMARYKEY (a NOT NULL or CHECK failure is a bug, not a race).
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    // PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html). Unique and primary key
    // violations share 23505.
    private const string PostgresUniqueViolation = "23505";

    /// <summary>
    /// Retryable for the caller: class 08 (connection), 53 (insufficient resources: 53300 too many connections, 53100
    /// disk full), 57P01–57P03 (admin/crash shutdown, cannot connect now), 58 (I/O), and 40001/40P01. The stores run no
    /// serializable transactions, so a serialization failure or deadlock is a rare collision of two single statements:
    /// retrying the whole request is right, and the client is told to (no hidden retry loop here: a store's write is
    /// one conditional statement whose outcome a blind re-run could misread).
    /// </summary>
    private static bool IsUnavailablePostgres(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState.StartsWith("58", StringComparison.Ordinal)
        || sqlState is "57P01" or "57P02" or "57P03" or "40001" or "40P01";

    /// <summary>Seconds a client is told to wait before retrying: a few busy timeouts of a typical lock holder.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>True when <paramref name="exception"/> (or the database exception it wraps) says the storage is unavailable for now.</summary>
    public static bool IsUnavailable(Exception exception) => Database(exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoError or SqliteFull or SqliteCantOpen,
        PostgresException postgres => IsUnavailablePostgres(postgres.SqlState) || postgres.IsTransient,
        // No server answer at all: refused or dropped connection, timeout, pool exhausted.
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is IOException or System.Net.Sockets.SocketException or TimeoutException,
        { } other => other.IsTransient,
        null => false,
    };

    /// <summary>
    /// What to log: the SQLite result code, the PostgreSQL SQLSTATE, or the exception type (never a message, which
    /// could quote data or, for a connection failure, the host and user).
    /// </summary>
    public static string Describe(Exception exception) => Database(exception) switch
    {
        SqliteException sqlite => $"SQLite error {sqlite.SqliteErrorCode}",
        PostgresException postgres => $"PostgreSQL SQLSTATE {postgres.SqlState}",
        NpgsqlException npgsql => $"PostgreSQL connection failure ({npgsql.InnerException?.GetType().Name ?? nameof(NpgsqlException)})",
        _ => exception.GetType().Name,
    };

    /// <summary>True when a save failed because a unique or primary key already holds the value.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresUniqueViolation,
        _ => false,
    };

    // The database exception itself, inside a failed save (DbUpdateException), or inside the InvalidOperationException
    // with which the Npgsql provider's default execution strategy wraps a transient failure ("consider enabling
    // EnableRetryOnFailure").
    private static DbException? Database(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException database)
            {
                return database;
            }

            if (current is not (DbUpdateException or InvalidOperationException))
            {
                return null;
            }
        }

        return null;
    }
}
