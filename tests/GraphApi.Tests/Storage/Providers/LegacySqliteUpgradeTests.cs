using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Storage.Providers;

/// <summary>
/// A SQLite file made by a build before migrations (EnsureCreated, no history; here an older schema still: idempotency
/// records without their states, no pending completions) keeps its rows, is stamped with the baseline, takes every
/// later migration, and a second start changes nothing. Two processes upgrading it at once do it once.
/// </summary>
public sealed class LegacySqliteUpgradeTests : IDisposable
{
    // As earlier builds' EnsureCreated wrote them.
    private const string OldSchema = """
        CREATE TABLE "pinterest_connections" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_pinterest_connections" PRIMARY KEY AUTOINCREMENT,
            "TenantId" TEXT NOT NULL,
            "UserId" TEXT NOT NULL,
            "ProtectedAccessToken" TEXT NOT NULL,
            "ProtectedRefreshToken" TEXT NOT NULL,
            "GrantedScopes" TEXT NOT NULL,
            "AccessTokenExpiresAt" INTEGER NOT NULL,
            "RefreshTokenExpiresAt" INTEGER NULL,
            "Status" TEXT NOT NULL,
            "CreatedAt" INTEGER NOT NULL,
            "UpdatedAt" INTEGER NOT NULL,
            "Version" TEXT NOT NULL
        );
        CREATE TABLE "consumed_oauth_states" (
            "Nonce" TEXT NOT NULL CONSTRAINT "PK_consumed_oauth_states" PRIMARY KEY,
            "ExpiresAt" INTEGER NOT NULL
        );
        CREATE TABLE "idempotency_records" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_idempotency_records" PRIMARY KEY AUTOINCREMENT,
            "TenantId" TEXT NOT NULL,
            "UserId" TEXT NOT NULL,
            "Operation" TEXT NOT NULL,
            "Key" TEXT NOT NULL,
            "ResultId" TEXT NULL,
            "CreatedAt" INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX "IX_pinterest_connections_TenantId_UserId" ON "pinterest_connections" ("TenantId", "UserId");
        CREATE UNIQUE INDEX "IX_idempotency_records_TenantId_UserId_Operation_Key" ON "idempotency_records" ("TenantId", "UserId", "Operation", "Key");
        INSERT INTO pinterest_connections (TenantId, UserId, ProtectedAccessToken, ProtectedRefreshToken, GrantedScopes, AccessTokenExpiresAt, RefreshTokenExpiresAt, Status, CreatedAt, UpdatedAt, Version)
            VALUES ('t', 'kept-user', 'p-access', 'p-refresh', 'pins:read', 0, NULL, 'Connected', 0, 0, '6f0c3c54-8f4e-4b4f-9a57-000000000001');
        INSERT INTO consumed_oauth_states (Nonce, ExpiresAt) VALUES ('kept-nonce', 9999999999999);
        INSERT INTO idempotency_records (TenantId, UserId, Operation, "Key", ResultId, CreatedAt) VALUES ('t', 'kept-user', 'createPin', 'done', '555', 0);
        """;

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"graphapi-legacy-{Guid.NewGuid():N}.db");

    public LegacySqliteUpgradeTests()
    {
        using var connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = OldSchema;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Fact]
    public async Task An_old_file_keeps_its_rows_takes_the_migrations_and_a_second_start_is_a_no_op()
    {
        await using (var db = MigrationTests.Sqlite(_file))
        {
            (await SqliteLegacyBaseline.StampAsync(db, default)).ShouldBeTrue();
            await db.Database.MigrateAsync();

            (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
            (await db.AccountLinks.AsNoTracking().SingleAsync()).UserId.ShouldBe("kept-user");
            (await db.ConsumedOAuthStates.AsNoTracking().SingleAsync()).Nonce.ShouldBe("kept-nonce");
            var record = await db.IdempotencyRecords.AsNoTracking().SingleAsync();
            (record.Key, record.State, record.ResultId).ShouldBe(("done", IdempotencyState.Succeeded, "555"));
            (await db.PendingConnectCompletions.CountAsync()).ShouldBe(0);
        }

        await using var again = MigrationTests.Sqlite(_file);
        (await SqliteLegacyBaseline.StampAsync(again, default)).ShouldBeFalse();
        await again.Database.MigrateAsync();
        (await again.Database.GetAppliedMigrationsAsync()).ShouldBe(again.Database.GetMigrations());
        (await again.AccountLinks.CountAsync()).ShouldBe(1);
        again.Database.HasPendingModelChanges().ShouldBeFalse();
    }

    [Fact]
    public async Task Two_processes_upgrading_one_old_file_at_once_upgrade_it_once()
    {
        using var start = new ManualResetEventSlim();
        var upgrades = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var db = MigrationTests.Sqlite(_file);
            start.Wait();
            var stamped = await SqliteLegacyBaseline.StampAsync(db, default);
            await db.Database.MigrateAsync();
            return stamped;
        })).ToList();
        start.Set();
        var stamped = await Task.WhenAll(upgrades);

        stamped.Count(s => s).ShouldBe(1);
        await using var check = MigrationTests.Sqlite(_file);
        (await check.Database.GetAppliedMigrationsAsync()).ShouldBe(check.Database.GetMigrations());
        (await check.IdempotencyRecords.AsNoTracking().SingleAsync()).State.ShouldBe(IdempotencyState.Succeeded);
    }

    [Fact]
    public async Task A_fresh_file_is_not_taken_for_an_old_one()
    {
        var fresh = Path.Combine(Path.GetTempPath(), $"graphapi-fresh-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = MigrationTests.Sqlite(fresh);
            (await SqliteLegacyBaseline.StampAsync(db, default)).ShouldBeFalse();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(fresh);
        }
    }
}
