using GraphApi.Hosting;

namespace GraphApi.Storage;

/// <summary>
/// <c>Storage:Provider</c> and <c>Storage:ConnectionString</c>, read and checked while services are registered (the
/// DbContext options are built once for the process), so a wrong value stops the start with a message naming the
/// setting. Messages never echo the connection string: it may carry a password.
/// </summary>
internal sealed record StorageSettings(StorageProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Storage:Provider";

    public static StorageSettings From(IConfiguration configuration, DataDirectory data)
    {
        var provider = ParseProvider(configuration[ProviderKey]);
        var configured = configuration[ConnectionStringCheck.SettingKey];
        return provider switch
        {
            StorageProvider.Postgres => new(provider, string.IsNullOrWhiteSpace(configured)
                ? throw new StartupConfigurationException($"{ProviderKey} is Postgres, so {ConnectionStringCheck.SettingKey} must name the database (Npgsql syntax, e.g. \"Host=db;Database=graphapi;Username=graphapi;Password=...\").")
                : ConnectionStringCheck.ValidatePostgres(configured)),
            _ => new(provider, string.IsNullOrWhiteSpace(configured)
                ? $"Data Source={data.Combine("graphapi.db")}"
                : ConnectionStringCheck.Validate(configured)),
        };
    }

    /// <summary>What the start-up log may say about the database: the provider and where it is, never a user or password.</summary>
    public string Describe() => Provider == StorageProvider.Postgres
        ? ConnectionStringCheck.DescribePostgres(ConnectionString)
        : ConnectionStringCheck.DescribeSqlite(ConnectionString);

    private static StorageProvider ParseProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.Sqlite;
        }

        // Enum.TryParse alone would also take "1" or "Sqlite,Postgres"; only the two names are meant.
        foreach (var provider in Enum.GetValues<StorageProvider>())
        {
            if (string.Equals(provider.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        throw new StartupConfigurationException($"{ProviderKey} must be Sqlite (the default, one instance) or Postgres (several instances sharing one database).");
    }
}
