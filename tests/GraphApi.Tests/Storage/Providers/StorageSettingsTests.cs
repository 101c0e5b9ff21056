using GraphApi.Hosting;
using GraphApi.Storage;
using Microsoft.Extensions.Configuration;

namespace GraphApi.Tests.Storage.Providers;

/// <summary>Storage:Provider and Storage:ConnectionString are checked on start, naming the setting and never the password.</summary>
public sealed class StorageSettingsTests
{
    private const string Password = "pw-do-not-echo-7f3a";
    private static readonly DataDirectory Data = new(Path.GetTempPath());

    [Fact]
    public void The_default_is_sqlite_in_the_data_folder()
    {
        var settings = StorageSettings.From(Configuration(), Data);

        settings.Provider.ShouldBe(StorageProvider.Sqlite);
        settings.ConnectionString.ShouldBe($"Data Source={Data.Combine("graphapi.db")}");
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData(" Postgres ")]
    public void Postgres_in_any_case_is_the_postgres_provider(string value) =>
        StorageSettings.From(Configuration(("Storage:Provider", value), ("Storage:ConnectionString", "Host=db;Database=graphapi")), Data)
            .Provider.ShouldBe(StorageProvider.Postgres);

    [Theory]
    [InlineData("Mongo")]
    [InlineData("1")]
    [InlineData("Sqlite,Postgres")]
    public void An_unknown_provider_stops_the_start_naming_the_setting_and_both_values(string value)
    {
        var problem = Should.Throw<StartupConfigurationException>(() => StorageSettings.From(Configuration(("Storage:Provider", value)), Data)).Message;

        problem.ShouldContain("Storage:Provider");
        problem.ShouldContain("Sqlite");
        problem.ShouldContain("Postgres");
    }

    [Fact]
    public void Postgres_without_a_connection_string_stops_the_start() =>
        Should.Throw<StartupConfigurationException>(() => StorageSettings.From(Configuration(("Storage:Provider", "Postgres")), Data))
            .Message.ShouldContain("Storage:ConnectionString");

    [Theory]
    [InlineData($"Host=db;Database=graphapi;Password={Password};Bogus Keyword=1")]
    [InlineData($"Host=db;Database=graphapi;Password={Password};Port=not-a-port")]
    [InlineData($"Host=db;Database=graphapi;Password=\"{Password}")]
    [InlineData($"Database=graphapi;Username=graphapi;Password={Password}")]
    [InlineData($"Host=db;Username=graphapi;Password={Password}")]
    public void A_bad_postgres_connection_string_stops_the_start_without_echoing_it(string connectionString)
    {
        var error = Should.Throw<StartupConfigurationException>(() => StorageSettings.From(
            Configuration(("Storage:Provider", "Postgres"), ("Storage:ConnectionString", connectionString)), Data));

        error.Message.ShouldContain("Storage:ConnectionString");
        error.ToString().ShouldNotContain(Password);
    }

    [Fact]
    public void The_start_up_line_names_the_host_and_database_but_no_credentials()
    {
        var settings = StorageSettings.From(Configuration(
            ("Storage:Provider", "Postgres"), ("Storage:ConnectionString", $"Host=db.internal;Port=5433;Database=graphapi;Username=gateway-user;Password={Password}")), Data);

        var line = settings.Describe();

        line.ShouldBe("PostgreSQL database graphapi on db.internal:5433");
        line.ShouldNotContain("gateway-user");
        line.ShouldNotContain(Password);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
