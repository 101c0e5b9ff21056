using Microsoft.Data.Sqlite;

namespace GraphApi.Tests.Faults;

/// <summary>
/// Holds SQLite's EXCLUSIVE lock on a database file from outside the gateway, as a backup tool, a stuck second
/// instance or an operator's shell would. The gateway's database is in WAL mode (EF Core creates it so), where this
/// blocks every writer while readers go on: each write waits the connection's busy timeout and then fails with
/// SQLITE_BUSY "database is locked". Unpooled, so disposing really releases the file.
/// </summary>
public sealed class SqliteExclusiveLock : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteExclusiveLock(SqliteConnection connection) => _connection = connection;

    /// <summary>The file's journal mode as SQLite reported it (<c>wal</c> for the gateway's database).</summary>
    public string? JournalMode { get; private init; }

    public static async Task<SqliteExclusiveLock> TakeAsync(string databaseFile)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            var journalMode = (string?)await command.ExecuteScalarAsync();
            command.CommandText = "BEGIN EXCLUSIVE;";
            await command.ExecuteNonQueryAsync();
            return new SqliteExclusiveLock(connection) { JournalMode = journalMode };
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await using (_connection)
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = "ROLLBACK;";
            await command.ExecuteNonQueryAsync();
        }
    }
}
