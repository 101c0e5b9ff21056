using Microsoft.Data.Sqlite;

namespace GraphApi.Tests.Infrastructure;

/// <summary>
/// Holds SQLite's write lock on a database file (BEGIN IMMEDIATE on a connection of its own): readers go on, every
/// writer gets "database is locked" once its busy timeout ends, until <see cref="DisposeAsync"/>. Works across
/// processes (it is a file lock), so it can also block a gateway started out of process.
/// </summary>
public sealed class SqliteWriteLock : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private bool _released;

    private SqliteWriteLock(SqliteConnection connection) => _connection = connection;

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
            await using var begin = connection.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
            return new SqliteWriteLock(connection);
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
