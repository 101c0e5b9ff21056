using Microsoft.EntityFrameworkCore;

namespace GraphApi.Storage;

/// <summary>
/// Brings the database to the model on start with EF Core migrations (the provider's own, see
/// <see cref="GraphApiDbContext"/>). A SQLite file created by an earlier build (EnsureCreated, no migration history) is
/// first brought to the baseline and stamped with it (<see cref="SqliteLegacyBaseline"/>), so it keeps its rows and
/// takes later migrations like any other database. Several instances starting at once are safe: EF Core takes a
/// migration lock (a PostgreSQL advisory lock; a lock table on SQLite) and applies each migration once.
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

        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: {Database}.")]
    private static partial void LogStorage(ILogger logger, string database);
}
