using Microsoft.EntityFrameworkCore;

namespace GraphApi.Storage;

/// <summary>
/// Brings the database to the model on start with EF Core migrations (the provider's own, see
/// <see cref="GraphApiDbContext"/>). A SQLite file created by an earlier build (EnsureCreated, no migration history) is
/// first brought to the baseline and stamped with it (<see cref="SqliteLegacyBaseline"/>), so it keeps its rows and
/// takes later migrations like any other database. Several instances starting at once are safe: on SQLite EF Core's
/// migration lock (a lock table) serializes them; on PostgreSQL <see cref="MigrateAsync"/> holds an advisory lock of its
/// own around the whole run (see there why).
/// </summary>
internal sealed partial class DatabaseInitializer(IServiceScopeFactory scopes, StorageSettings settings, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        LogStorage(logger, settings.Describe());
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        if (db.Database.IsSqlite())
        {
            // EnsureCreated switched a new file to WAL, Migrate does not: without it a process holding the write lock
            // (a backup, another instance) would block readers too (docs/durability/faults.md). Persistent in the
            // file, and a no-op on one already in WAL.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = 'wal'", cancellationToken);
            await SqliteLegacyBaseline.StampAsync(db, cancellationToken);
        }

        await MigrateAsync(db, cancellationToken);
    }

    /// <summary>
    /// Applies the pending migrations, one instance at a time. On PostgreSQL, EF Core's own migration lock did not
    /// serialize four instances migrating one fresh database once there were two migrations: one of them created
    /// <c>integration_settings</c> again and failed with 42P07 (MigrationTests). A session-level advisory lock taken on
    /// the connection Migrate then uses is held across every migration's transaction; the next instance waits, then
    /// reads the complete history and applies nothing. A process that dies holding it loses its session, and with it
    /// the lock.
    /// </summary>
    internal static async Task MigrateAsync(GraphApiDbContext db, CancellationToken cancellationToken)
    {
        if (db is not PostgresGraphApiDbContext)
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync(LockMigrations, cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync(UnlockMigrations, CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Any key no other advisory lock of ours uses (5148284459451248745 is "GraphApi" in ASCII).
    private const string LockMigrations = "SELECT pg_advisory_lock(5148284459451248745)";
    private const string UnlockMigrations = "SELECT pg_advisory_unlock(5148284459451248745)";

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: {Database}.")]
    private static partial void LogStorage(ILogger logger, string database);
}
