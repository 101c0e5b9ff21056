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
        var existing = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Pins')").ToListAsync(cancellationToken);
        foreach (var (name, definition) in PinColumns.Where(c => !existing.Contains(c.Name, StringComparer.Ordinal)))
        {
            // Names and definitions are the constants above, never input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"ALTER TABLE Pins ADD COLUMN {name} {definition};", cancellationToken);
#pragma warning restore EF1002
        }
    }
}
