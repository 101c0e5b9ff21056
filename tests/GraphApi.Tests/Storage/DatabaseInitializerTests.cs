using GraphApi.Accounts.Links;
using GraphApi.Storage;
using GraphApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Storage;

/// <summary>A file from a build before migrations gets the tables introduced since, then its migration history.</summary>
public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task A_database_from_before_idempotency_gets_the_new_table_and_keeps_its_data()
    {
        var key = new AccountLinkKey("", "old-database-user");
        using var first = new GraphApiFactory();
        first.CreateClient().Dispose();
        await using (var scope = first.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().SaveAsync(key, new PinterestTokenSet(
                "kept-access", "kept-refresh", new HashSet<string> { "pins:read" }, DateTimeOffset.UtcNow.AddDays(30), null), default);
            // What a database file created (EnsureCreated, no migration history) before this table existed looks like.
            var database = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>().Database;
            await database.ExecuteSqlRawAsync("DROP TABLE idempotency_records");
            await LegacySqliteFile.RevertAsync(database); // Builds before migrations had no history, nor later tables.
        }

        using var second = new GraphApiFactory();
        using var restarted = second.WithSettings(("Storage:DataDirectory", first.DataDirectory));
        restarted.CreateClient().Dispose();
        await using var after = restarted.Services.CreateAsyncScope();
        var db = after.ServiceProvider.GetRequiredService<GraphApiDbContext>();

        (await db.IdempotencyRecords.CountAsync()).ShouldBe(0);
        (await after.ServiceProvider.GetRequiredService<IAccountLinkStore>().FindAsync(key, default))!.Tokens.AccessToken.ShouldBe("kept-access");
    }

    [Fact]
    public void Create_statements_become_if_not_exists()
    {
        var statements = SqliteLegacyBaseline.MissingObjectStatements("""
            CREATE TABLE "a" ("Id" INTEGER NOT NULL);

            CREATE UNIQUE INDEX "ix_a" ON "a" ("Id");

            CREATE INDEX "ix_b" ON "a" ("Id");
            """).ToList();

        statements.ShouldBe([
            "CREATE TABLE IF NOT EXISTS \"a\" (\"Id\" INTEGER NOT NULL)",
            "CREATE UNIQUE INDEX IF NOT EXISTS \"ix_a\" ON \"a\" (\"Id\")",
            "CREATE INDEX IF NOT EXISTS \"ix_b\" ON \"a\" (\"Id\")",
        ]);
    }
}
