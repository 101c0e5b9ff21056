using Microsoft.Data.Sqlite;

namespace GraphApi.Tests.Infrastructure;

/// <summary>
/// Holds SQLite's write lock on a database file (BEGIN IMMEDIATE on a connection of its own), as a backup tool, a
/// stuck second instance or an operator's shell would: in WAL mode (the gateway's database) readers go on, every
/// writer gets SQLITE_BUSY "database is locked" once its busy timeout ends, until <see cref="DisposeAsync"/>. (In WAL
/// mode BEGIN EXCLUSIVE blocks exactly the same set, so one helper serves both.) Works across processes (it is a file
/// lock), so it also blocks a gateway started out of process.
/// </summary>
public sealed class SqliteWriteLock : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private bool _released;

    private SqliteWriteLock(SqliteConnection connection) => _connection = connection;

    /// <summary>The file's journal mode as SQLite reported it (<c>wal</c> for the gateway's database).</summary>
    public string? JournalMode { get; private init; }

    /// <summary>The gateway's database in <paramref name="dataDirectory"/> (<c>graphapi.db</c>, the default connection string).</summary>
    public static Task<SqliteWriteLock> OnGatewayDatabaseAsync(string dataDirectory) =>
        AcquireAsync(Path.Combine(dataDirectory, "graphapi.db"));

    public static async Task<SqliteWriteLock> AcquireAsync(string databasePath)
    {
        // No pooling: closing must really close the file, or the lock could outlive the test.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString());
        try
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            var journalMode = (string?)await command.ExecuteScalarAsync();
            command.CommandText = "BEGIN IMMEDIATE;";
            await command.ExecuteNonQueryAsync();
            return new SqliteWriteLock(connection) { JournalMode = journalMode };
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        await using (var rollback = _connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        await _connection.DisposeAsync();
    }
}
