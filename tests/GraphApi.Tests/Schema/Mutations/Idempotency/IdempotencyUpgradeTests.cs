using GraphApi.Accounts.Links;
using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Storage;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Schema.Mutations.Idempotency;

/// <summary>A database file from before record states gains the new columns in place and keeps (and interprets) its rows.</summary>
public sealed class IdempotencyUpgradeTests
{
    // idempotency_records as builds before the in-doubt states (Reserved/Succeeded/Failed/InDoubt) created it.
    private const string OldTable = """
        CREATE TABLE "idempotency_records" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_idempotency_records" PRIMARY KEY AUTOINCREMENT,
            "TenantId" TEXT NOT NULL,
            "UserId" TEXT NOT NULL,
            "Operation" TEXT NOT NULL,
            "Key" TEXT NOT NULL,
            "ResultId" TEXT NULL,
            "CreatedAt" INTEGER NOT NULL
        );
        """;

    [Fact]
    public async Task Old_rows_survive_with_a_state_and_an_abandoned_reservation_is_taken_over_and_reconciled()
    {
        var caller = new AccountLinkKey("", "upgrade-user");
        var createdAt = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(DateTimeOffset.UtcNow.AddMinutes(-5))!;
        using var first = new GraphApiFactory();
        first.CreateClient().Dispose();
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>().Database;
            await db.ExecuteSqlRawAsync("DROP TABLE idempotency_records");
            await LegacySqliteFile.RevertAsync(db); // Builds before migrations had no history, nor later tables.
            await db.ExecuteSqlRawAsync(OldTable);
            await db.ExecuteSqlRawAsync("""CREATE UNIQUE INDEX "IX_idempotency_records_TenantId_UserId_Operation_Key" ON "idempotency_records" ("TenantId", "UserId", "Operation", "Key")""");
            await db.ExecuteSqlAsync($"""INSERT INTO idempotency_records (TenantId, UserId, Operation, "Key", ResultId, CreatedAt) VALUES ('', 'upgrade-user', 'createPin', 'done', '555', {createdAt})""");
            await db.ExecuteSqlAsync($"""INSERT INTO idempotency_records (TenantId, UserId, Operation, "Key", ResultId, CreatedAt) VALUES ('', 'upgrade-user', 'createPin', 'stuck', NULL, {createdAt})""");
        }

        using var second = new GraphApiFactory();
        using var restarted = second.WithSettings(("Storage:DataDirectory", first.DataDirectory));
        restarted.CreateClient().Dispose();
        await using var after = restarted.Services.CreateAsyncScope();
        var records = await after.ServiceProvider.GetRequiredService<GraphApiDbContext>().IdempotencyRecords.AsNoTracking().OrderBy(r => r.Key).ToListAsync();

        records.Select(r => (r.Key, r.State, r.ResultId, r.Fingerprint, r.ReservedUntil)).ShouldBe([
            ("done", IdempotencyState.Succeeded, "555", null, null),
            ("stuck", IdempotencyState.Reserved, null, null, null),
        ]);
        var store = restarted.Services.GetRequiredService<IdempotencyStore>();
        (await store.BeginAsync(caller, "createPin", "done", "any-input", default)).ShouldBe(new IdempotencyDecision.Replay("555"));
        var takeover = (await store.BeginAsync(caller, "createPin", "stuck", "any-input", default)).ShouldBeOfType<IdempotencyDecision.Run>();
        takeover.Reconcile.ShouldBeTrue();
        (await store.BeginAsync(caller, "createPin", "stuck", "any-input", default)).ShouldBeOfType<IdempotencyDecision.InProgress>();
    }

    [Fact]
    public void Missing_columns_become_alter_table_statements_with_a_default_for_not_null()
    {
        var tables = SqliteColumnUpgrade.Tables("""
            CREATE TABLE "t" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_t" PRIMARY KEY AUTOINCREMENT,
                "Name" TEXT NOT NULL,
                "Count" INTEGER NOT NULL,
                "Note" TEXT NULL,
                CONSTRAINT "FK_t_u" FOREIGN KEY ("Id") REFERENCES "u" ("Id")
            );
            """).ToList();

        tables.Single().Table.ShouldBe("t");
        SqliteColumnUpgrade.MissingColumnStatements("t", tables.Single().Columns, ["Id"]).ShouldBe([
            "ALTER TABLE \"t\" ADD COLUMN \"Name\" TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE \"t\" ADD COLUMN \"Count\" INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE \"t\" ADD COLUMN \"Note\" TEXT NULL",
        ]);
    }
}
