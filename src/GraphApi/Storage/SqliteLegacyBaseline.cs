using GraphApi.Schema.Mutations.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphApi.Storage;

/// <summary>
/// A SQLite file made by a build before migrations (EnsureCreated: our tables, no <c>__EFMigrationsHistory</c>) is
/// brought to the baseline migration's schema the way those builds upgraded it in place (missing tables, then the
/// columns they lack, then indexes; then legacy idempotency rows get a state), and stamped as being at the baseline.
/// Migrate then applies only what came after. All of it in one IMMEDIATE transaction (SQLite runs DDL in
/// transactions): a second process upgrading the same file waits for the write lock, then finds the history and
/// does nothing; a crash half-way leaves the file as it was.
/// </summary>
internal static class SqliteLegacyBaseline
{
    private const string HistoryTable = "__EFMigrationsHistory";

    internal static readonly string[] OurTables = ["pinterest_connections", "consumed_oauth_states", "idempotency_records", "pending_connect_completions"];

    /// <summary>True when the file was brought to the baseline and stamped; false when there was nothing to do.</summary>
    public static async Task<bool> StampAsync(GraphApiDbContext db, CancellationToken cancellationToken)
    {
        if (!await IsLegacyAsync(db, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await IsLegacyAsync(db, cancellationToken))
        {
            return false; // Another process did it while this one waited for the lock.
        }

        var baseline = db.Database.GetMigrations().First();
        var script = db.GetService<IMigrator>().GenerateScript(fromMigration: null, toMigration: baseline, MigrationsSqlGenerationOptions.NoTransactions);
        // The history table is created below, by the history repository, with the baseline's row.
        var statements = MissingObjectStatements(script)
            .Where(s => !s.Contains(HistoryTable, StringComparison.Ordinal))
            .ToLookup(s => s.StartsWith("CREATE TABLE ", StringComparison.Ordinal));
        foreach (var statement in statements[true])
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }

        await SqliteColumnUpgrade.AddMissingColumnsAsync(db, script, cancellationToken);
        foreach (var statement in statements[false])
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }

        await IdempotencySchemaUpgrade.FixLegacyRowsAsync(db, cancellationToken);

        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    internal static IEnumerable<string> MissingObjectStatements(string createScript) =>
        createScript.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.StartsWith("CREATE ", StringComparison.Ordinal))
            .Select(s => s
                .Replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", StringComparison.Ordinal)
                .Replace("CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS ", StringComparison.Ordinal)
                .Replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", StringComparison.Ordinal));

    private static async Task<bool> IsLegacyAsync(GraphApiDbContext db, CancellationToken cancellationToken)
    {
        var tables = await db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
            .ToListAsync(cancellationToken);
        return !tables.Contains(HistoryTable) && tables.Intersect(OurTables).Any();
    }
}
