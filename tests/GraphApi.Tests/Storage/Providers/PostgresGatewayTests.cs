using System.Net;
using System.Net.Http.Json;
using GraphApi.Storage;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Npgsql;

namespace GraphApi.Tests.Storage.Providers;

/// <summary>The whole gateway on PostgreSQL: a connect flow and a query, readiness, and what callers get when the database refuses them.</summary>
public sealed class PostgresGatewayTests
{
    [SkippableFact]
    public async Task A_gateway_on_postgres_connects_a_caller_and_answers_a_query()
    {
        await using var database = await SharedDatabase.CreateAsync(StorageProvider.Postgres);
        using var factory = new SandboxGatewayFactory(database.Settings);
        using var alice = factory.CreateClientFor("alice");

        var consentUrl = await SandboxConnectFlowTests.ConnectAsync(alice, "/app");
        using var landing = await alice.GetAsync(await SandboxConnectFlowTests.DecideAsync(alice, consentUrl, "approve", "demo.pinner"));
        using var completed = await alice.PostAsJsonAsync("/integrations/pinterest/complete", new { completion = SandboxConnectFlowTests.CompletionOf(landing) });

        completed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SandboxConnectFlowTests.PostAsync(alice, "{ me { username } }")).GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe("demo.pinner");
        (await database.CountAsync("SELECT count(*) FROM pinterest_connections WHERE \"UserId\" = 'alice'")).ShouldBe(1);
        factory.Logs.Lines.ShouldContain(line => line.Contains("Storage: PostgreSQL database " + database.Postgres!.Name, StringComparison.Ordinal));
        using var ready = await factory.CreateClient().GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>
    /// The database stops taking this gateway's connections (its connection limit reached, 53300) after the start: a
    /// caller gets the retryable STORAGE_UNAVAILABLE, readiness turns unready, and neither shows the connection string.
    /// </summary>
    [SkippableFact]
    public async Task A_database_refusing_connections_makes_callers_retry_and_the_instance_unready()
    {
        await using var database = await SharedDatabase.CreateAsync(StorageProvider.Postgres);
        using var factory = new GraphApiFactory();
        var host = database.Instance(factory);
        using var client = host.CreateClient();

        await using (var admin = new NpgsqlConnection(database.Postgres!.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var refuse = new NpgsqlCommand(
                $"ALTER DATABASE \"{database.Postgres.Name}\" CONNECTION LIMIT 0; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database.Postgres.Name}'", admin);
            await refuse.ExecuteNonQueryAsync();
        }

        NpgsqlConnection.ClearAllPools();

        using var query = await client.SendAsync(GraphQLHttp.PostQuery("{ pinterestConnection { status } }"));
        var body = await query.Content.ReadAsStringAsync();
        body.ShouldContain("STORAGE_UNAVAILABLE");
        body.ShouldNotContain("graphapi_t_");
        using var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var readiness = await ready.Content.ReadAsStringAsync();
        readiness.ShouldNotContain("Password");
        readiness.ShouldNotContain("graphapi_t_");
    }
}
