using GraphApi.Pinterest.Sandbox.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Hosting;

/// <summary>
/// EnsureCreated never changes an existing database, so columns added after a dev database was made are added
/// here (idempotently) instead of breaking every pin read.
/// </summary>
internal static class SandboxSchemaUpgrade
{
    private static readonly (string Name, string Definition)[] PinColumns =
    [
        ("MediaType", "TEXT NOT NULL DEFAULT 'image'"),
        ("MediaItemsJson", "TEXT NULL"),
        ("VideoMediaId", "TEXT NULL"),
    ];

    public static async Task ApplyAsync(SandboxDbContext db, CancellationToken cancellationToken)
    {
        await AddMissingTablesAsync(db, cancellationToken);
        var existing = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Pins')").ToListAsync(cancellationToken);
        foreach (var (name, definition) in PinColumns.Where(c => !existing.Contains(c.Name, StringComparer.Ordinal)))
        {
            // Names and definitions are the constants above, never input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"ALTER TABLE Pins ADD COLUMN {name} {definition};", cancellationToken);
#pragma warning restore EF1002
        }
    }

    /// <summary>
    /// Tables added after a dev database was made (the ads tables, and any later): the model's own CREATE script, each
    /// statement made idempotent, so every table and index the model has and the file lacks is created.
    /// </summary>
    private static async Task AddMissingTablesAsync(SandboxDbContext db, CancellationToken cancellationToken)
    {
        var script = db.Database.GenerateCreateScript();
        foreach (var statement in script.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var idempotent = statement
                .Replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", StringComparison.Ordinal)
                .Replace("CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS ", StringComparison.Ordinal)
                .Replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", StringComparison.Ordinal);
            // The statements are the model's own DDL, never input.
#pragma warning disable EF1002, EF1003
            await db.Database.ExecuteSqlRawAsync(idempotent + ";", cancellationToken);
#pragma warning restore EF1002, EF1003
        }
    }
}
