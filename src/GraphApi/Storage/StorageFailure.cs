using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Storage;

/// <summary>
/// Tells a database that cannot take a write (or a read) right now from everything else: SQLite answering
/// busy/locked after its busy timeout (another process holds the write lock: a backup, a stuck instance), a full
/// disk, an I/O error, a file it cannot open. Those are worth a retry later, so callers answer a typed, retryable
/// error instead of an unhandled exception. A constraint violation is not among them: it is a decision
/// (a replayed state, a key another request inserted) that the store itself handles.
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

    /// <summary>Seconds a client is told to wait before retrying: a few busy timeouts of a typical lock holder.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>True when <paramref name="exception"/> (or the database exception a DbUpdateException wraps) says the storage is unavailable for now.</summary>
    public static bool IsUnavailable(Exception exception) => Database(exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoError or SqliteFull or SqliteCantOpen,
        { } other => other.IsTransient,
        null => false,
    };

    /// <summary>What to log: the SQLite result code or the exception type (never a message, which could quote data).</summary>
    public static string Describe(Exception exception) =>
        Database(exception) is SqliteException sqlite ? $"SQLite error {sqlite.SqliteErrorCode}" : exception.GetType().Name;

    /// <summary>True when a save failed because a unique or primary key already holds the value.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey };

    private static DbException? Database(Exception exception) => exception switch
    {
        DbException database => database,
        DbUpdateException { InnerException: DbException database } => database,
        _ => null,
    };
}
