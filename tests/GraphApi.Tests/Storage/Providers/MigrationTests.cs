using GraphApi.Storage;
using GraphApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphApi.Tests.Storage.Providers;

/// <summary>Each provider's migrations create its whole model, on a fresh database, from two instances at once.</summary>
public sealed class MigrationTests
{
    // A model change without `dotnet ef migrations add` for that context fails here (and Migrate would refuse to run).
    [Fact]
    public void The_sqlite_model_has_no_change_without_a_migration()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        db.Database.HasPendingModelChanges().ShouldBeFalse();
    }

    [Fact]
    public void The_postgres_model_has_no_change_without_a_migration()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        db.Database.HasPendingModelChanges().ShouldBeFalse();
    }

    [Fact]
    public async Task Migrations_create_every_table_on_a_fresh_sqlite_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"graphapi-migrate-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = Sqlite(file);
            await db.Database.MigrateAsync();

            (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
            (await db.AccountLinks.CountAsync()).ShouldBe(0);
            (await db.IdempotencyRecords.CountAsync()).ShouldBe(0);
            (await db.PendingConnectCompletions.CountAsync()).ShouldBe(0);
            (await db.ConsumedOAuthStates.CountAsync()).ShouldBe(0);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [SkippableFact]
    public async Task Migrations_create_every_table_on_a_fresh_postgres_database()
    {
        await using var database = await ExternalServers.CreatePostgresDatabaseAsync();
        await using var db = Postgres(database.ConnectionString);
        await db.Database.MigrateAsync();

        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        (await db.AccountLinks.CountAsync()).ShouldBe(0);
        (await db.IdempotencyRecords.CountAsync()).ShouldBe(0);
        (await db.PendingConnectCompletions.CountAsync()).ShouldBe(0);
        (await db.ConsumedOAuthStates.CountAsync()).ShouldBe(0);
        (await db.DataProtectionKeys.CountAsync()).ShouldBe(0);
        // Times are native timestamptz, readable by an operator.
        (await ColumnTypeAsync(database.ConnectionString, "pinterest_connections", "AccessTokenExpiresAt")).ShouldBe("timestamp with time zone");
    }

    /// <summary>Instances starting together: EF Core's migration lock lets one apply, the others find it done.</summary>
    [SkippableFact]
    public async Task Four_instances_migrating_one_fresh_postgres_database_at_once_all_succeed_with_one_history()
    {
        await using var database = await ExternalServers.CreatePostgresDatabaseAsync();
        using var start = new ManualResetEventSlim();
        var migrations = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var db = Postgres(database.ConnectionString);
            start.Wait();
            await DatabaseInitializer.MigrateAsync(db, default);
        })).ToList();
        start.Set();
        await Task.WhenAll(migrations);

        await using var check = Postgres(database.ConnectionString);
        var expected = check.Database.GetMigrations().ToList();
        (await check.Database.GetAppliedMigrationsAsync()).ShouldBe(expected);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"__EFMigrationsHistory\"", connection);
        (await count.ExecuteScalarAsync()).ShouldBe((long)expected.Count);
    }

    internal static SqliteGraphApiDbContext Sqlite(string file) =>
        new(new DbContextOptionsBuilder<SqliteGraphApiDbContext>().UseSqlite($"Data Source={file}").Options);

    internal static PostgresGraphApiDbContext Postgres(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresGraphApiDbContext>().UseNpgsql(connectionString).Options);

    private static async Task<string?> ColumnTypeAsync(string connectionString, string table, string column)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT data_type FROM information_schema.columns WHERE table_name = @t AND column_name = @c", connection);
        command.Parameters.AddWithValue("t", table);
        command.Parameters.AddWithValue("c", column);
        return (string?)await command.ExecuteScalarAsync();
    }
}
