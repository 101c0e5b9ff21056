using Npgsql;
using StackExchange.Redis;

namespace GraphApi.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL and Redis servers that `.ci/run` starts on 127.0.0.1 and names in GRAPHAPI_TEST_POSTGRES and
/// GRAPHAPI_TEST_REDIS. Locally, without them, tests that need a server skip with a message saying how to start one;
/// under CI (CI set) a missing server is a failure, so the multi-instance suite can never pass by skipping.
/// </summary>
public static class ExternalServers
{
    public const string PostgresVariable = "GRAPHAPI_TEST_POSTGRES";
    public const string RedisVariable = "GRAPHAPI_TEST_REDIS";

    private const string HowToStart = "run the block in .ci/run that starts PostgreSQL and Redis (see README, 'Running several instances'), then export the variable it prints";

    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The server's connection string, or a skip (locally) / failure (in CI) when it is not configured.</summary>
    public static string PostgresAdmin => Require(PostgresVariable, "PostgreSQL");

    public static string Redis => Require(RedisVariable, "Redis");

    /// <summary>
    /// A fresh, empty database on the test server (the role has CREATEDB), so suites never see each other's rows; dropped
    /// by <see cref="PostgresDatabase.DisposeAsync"/>.
    /// </summary>
    public static async Task<PostgresDatabase> CreatePostgresDatabaseAsync()
    {
        var admin = new NpgsqlConnectionStringBuilder(PostgresAdmin);
        var name = "graphapi_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync();
        }

        var own = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name };
        return new PostgresDatabase(name, own.ConnectionString, admin.ConnectionString);
    }

    /// <summary>A Redis connection string plus a key prefix of its own, so suites sharing the server never collide.</summary>
    public static RedisNamespace CreateRedisNamespace() => new(Redis, "graphapi-t-" + Guid.NewGuid().ToString("N")[..12] + ":");

    private static string Require(string variable, string server)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        var message = $"{server} is not configured for tests ({variable} is not set): {HowToStart}.";
        if (InCi)
        {
            throw new InvalidOperationException(message + " CI must run these tests, so this is a failure, not a skip.");
        }

        throw new SkipException(message);
    }
}

public sealed record PostgresDatabase(string Name, string ConnectionString, string AdminConnectionString) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

public sealed record RedisNamespace(string Configuration, string Prefix)
{
    /// <summary>Deletes every key under the prefix (SCAN, not KEYS, so a busy server is not blocked).</summary>
    public async Task DeleteKeysAsync()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Configuration);
        foreach (var endpoint in redis.GetEndPoints())
        {
            var server = redis.GetServer(endpoint);
            await foreach (var key in server.KeysAsync(pattern: Prefix + "*"))
            {
                await redis.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }
}
