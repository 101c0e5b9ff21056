using GraphApi.Schema.Mutations.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Storage;

/// <summary>
/// Creates the database on start. EnsureCreated rather than migrations while the schema is young: there is no
/// deployed data to migrate yet; switch to migrations before the first production release. EnsureCreated does
/// nothing for a database that already exists, so on SQLite the model's create script is also run with
/// IF NOT EXISTS: tables added since the file was created (e.g. idempotency_records) appear without losing data,
/// and columns added since are added in place (<see cref="SqliteColumnUpgrade"/>).
/// </summary>
internal sealed class DatabaseInitializer(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        if (await db.Database.EnsureCreatedAsync(cancellationToken) || !db.Database.IsSqlite())
        {
            return;
        }

        // Tables, then the columns they lack, then indexes (an index may be on a column added just before).
        var script = db.Database.GenerateCreateScript();
        var statements = MissingObjectStatements(script).ToLookup(s => s.StartsWith("CREATE TABLE ", StringComparison.Ordinal));
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
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static IEnumerable<string> MissingObjectStatements(string createScript) =>
        createScript.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.StartsWith("CREATE ", StringComparison.Ordinal))
            .Select(s => s
                .Replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", StringComparison.Ordinal)
                .Replace("CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS ", StringComparison.Ordinal)
                .Replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", StringComparison.Ordinal));
}
