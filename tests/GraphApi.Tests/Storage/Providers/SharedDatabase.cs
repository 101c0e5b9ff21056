using GraphApi.Storage;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GraphApi.Tests.Storage.Providers;

/// <summary>
/// One database of either provider and any number of gateway instances on it, as operators run them. SQLite: one data
/// folder (the file and its key folder) for every instance. PostgreSQL: a fresh database of its own
/// (<see cref="ExternalServers"/>; skipped locally without a server, a failure under CI), and each instance keeps its
/// own data folder, so whatever they share — rows and the Data Protection key ring — has to come from the database.
/// </summary>
internal sealed class SharedDatabase : IAsyncDisposable
{
    private readonly List<IDisposable> _hosts = [];
    private readonly string _sqliteFolder = Path.Combine(Path.GetTempPath(), "graphapi-tests", Guid.NewGuid().ToString("N"));

    private SharedDatabase(StorageProvider provider, PostgresDatabase? postgres) => (Provider, Postgres) = (provider, postgres);

    public StorageProvider Provider { get; }

    public PostgresDatabase? Postgres { get; }

    public static async Task<SharedDatabase> CreateAsync(StorageProvider provider) =>
        new(provider, provider == StorageProvider.Postgres ? await ExternalServers.CreatePostgresDatabaseAsync() : null);

    /// <summary>What points an instance at this database.</summary>
    public (string Key, string Value)[] Settings => Postgres is { } postgres
        ? [("Storage:Provider", "Postgres"), ("Storage:ConnectionString", postgres.ConnectionString)]
        : [("Storage:DataDirectory", _sqliteFolder)];

    /// <summary>A started gateway instance on this database (plus <paramref name="settings"/>).</summary>
    public IServiceProvider StartInstance(params (string Key, string Value)[] settings)
    {
        var factory = new GraphApiFactory();
        _hosts.Add(factory);
        var host = factory.WithSettings([.. Settings, .. settings]);
        _hosts.Add(host);
        host.CreateClient().Dispose();
        return host.Services;
    }

    /// <summary>A gateway instance on this database through a caller's eyes (not started until a client is made).</summary>
    public WebApplicationFactory<Program> Instance(GraphApiFactory factory, params (string Key, string Value)[] settings)
    {
        _hosts.Add(factory);
        var host = factory.WithSettings([.. Settings, .. settings]);
        _hosts.Add(host);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            host.Dispose();
        }

        if (Postgres is { } postgres)
        {
            await postgres.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_sqliteFolder))
        {
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }

    /// <summary>A connection straight to the database, for what a test checks beside the gateway (rows, tables).</summary>
    public async Task<long> CountAsync(string sql)
    {
        if (Postgres is { } postgres)
        {
            await using var connection = new NpgsqlConnection(postgres.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var sqlite = new SqliteConnection($"Data Source={Path.Combine(_sqliteFolder, "graphapi.db")};Pooling=False");
        await sqlite.OpenAsync();
        await using var query = sqlite.CreateCommand();
        query.CommandText = sql;
        return Convert.ToInt64(await query.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
