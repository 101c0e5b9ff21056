using GraphApi.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GraphApi.Storage;

/// <summary>
/// Parses <c>Storage:ConnectionString</c> at registration, so a malformed one stops the start with a message
/// naming the setting, not with an exception from the first database call. The value is never echoed: it may
/// hold a password.
/// </summary>
internal static class ConnectionStringCheck
{
    public const string SettingKey = "Storage:ConnectionString";

    public static string Validate(string connectionString)
    {
        try
        {
            var parsed = new SqliteConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(parsed.DataSource))
            {
                throw new StartupConfigurationException($"{SettingKey} needs a Data Source (a SQLite file path, e.g. \"Data Source=/var/lib/graphapi/graphapi.db\").");
            }

            return connectionString;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            // Messages of the parser name a keyword or a position, not the value.
            throw new StartupConfigurationException($"{SettingKey} is not a valid SQLite connection string: {ex.Message}", ex);
        }
    }

    public static string ValidatePostgres(string connectionString)
    {
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidCastException)
        {
            // Npgsql's messages may quote the offending value (a password with a stray ';' would then be logged), so
            // the message is ours alone and the inner exception is not attached.
            throw new StartupConfigurationException($"{SettingKey} is not a valid PostgreSQL (Npgsql) connection string: expected key=value pairs separated by ';' (Host, Port, Database, Username, Password, ...).");
        }

        var missing = new[] { ("Host", parsed.Host), ("Database", parsed.Database) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        return missing.Count == 0
            ? connectionString
            : throw new StartupConfigurationException($"{SettingKey} needs {string.Join(" and ", missing)} for PostgreSQL (e.g. \"Host=db;Database=graphapi;Username=graphapi;Password=...\").");
    }

    public static string DescribePostgres(string connectionString)
    {
        var parsed = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL database {parsed.Database} on {parsed.Host}:{parsed.Port}";
    }

    public static string DescribeSqlite(string connectionString) =>
        $"SQLite file {new SqliteConnectionStringBuilder(connectionString).DataSource}";
}
