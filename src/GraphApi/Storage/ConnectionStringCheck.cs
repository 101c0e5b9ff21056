using GraphApi.Hosting;
using Microsoft.Data.Sqlite;

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
}
