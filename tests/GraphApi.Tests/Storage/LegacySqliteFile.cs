using GraphApi.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GraphApi.Tests.Storage;

/// <summary>
/// Turns a migrated SQLite file back into what a build before migrations left: no history table and only the tables
/// those builds created (<see cref="SqliteLegacyBaseline.OurTables"/>). Dropping only the history is not enough: tables
/// a later migration creates (integration_settings) would be there already, which no old file has.
/// </summary>
internal static class LegacySqliteFile
{
    public static async Task RevertAsync(DatabaseFacade database)
    {
        var tables = await database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .ToListAsync();
        foreach (var table in tables.Except(SqliteLegacyBaseline.OurTables))
        {
#pragma warning disable EF1002 // The names come from sqlite_master, not from a caller.
            await database.ExecuteSqlRawAsync($"DROP TABLE \"{table}\"");
#pragma warning restore EF1002
        }
    }
}
