using System.Net.Sockets;
using GraphApi.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace GraphApi.Tests.Storage.Providers;

/// <summary>How PostgreSQL failures read to the stores and to readiness (no server needed).</summary>
public sealed class PostgresFailureTests
{
    private const string Password = "pw-never-in-a-message-91c2";

    [Theory]
    [InlineData("53300")] // too many connections
    [InlineData("53100")] // disk full
    [InlineData("57P01")] // admin shutdown
    [InlineData("57P03")] // cannot connect now (starting up)
    [InlineData("08006")] // connection failure
    [InlineData("40001")] // serialization failure
    [InlineData("40P01")] // deadlock victim
    public void Outages_and_collisions_are_unavailable_directly_inside_a_save_or_inside_the_providers_wrapper(string sqlState)
    {
        var postgres = new PostgresException("quoted data here", "FATAL", "FATAL", sqlState);

        StorageFailure.IsUnavailable(postgres).ShouldBeTrue();
        StorageFailure.IsUnavailable(new DbUpdateException("save failed", postgres)).ShouldBeTrue();
        StorageFailure.IsUnavailable(new InvalidOperationException("likely a transient failure", postgres)).ShouldBeTrue();
        StorageFailure.Describe(postgres).ShouldBe($"PostgreSQL SQLSTATE {sqlState}");
    }

    [Fact]
    public void A_refused_connection_is_unavailable_and_described_without_its_message()
    {
        var refused = new NpgsqlException("Failed to connect to 10.0.0.5:5432", new SocketException((int)SocketError.ConnectionRefused));

        StorageFailure.IsUnavailable(refused).ShouldBeTrue();
        StorageFailure.Describe(refused).ShouldBe("PostgreSQL connection failure (SocketException)");
    }

    [Fact]
    public void A_unique_violation_is_the_racing_insert_decision_and_no_outage()
    {
        var unique = new DbUpdateException("save failed", new PostgresException("duplicate key", "ERROR", "ERROR", "23505"));

        StorageFailure.IsUniqueViolation(unique).ShouldBeTrue();
        StorageFailure.IsUnavailable(unique).ShouldBeFalse();
        // A NOT NULL (23502) or foreign key (23503) failure is a bug, not a race.
        StorageFailure.IsUniqueViolation(new DbUpdateException("save failed", new PostgresException("null", "ERROR", "ERROR", "23502"))).ShouldBeFalse();
        StorageFailure.IsUnavailable(new PostgresException("syntax", "ERROR", "ERROR", "42601")).ShouldBeFalse();
    }

    [Fact]
    public async Task Readiness_is_unhealthy_when_postgres_cannot_be_reached_and_says_so_without_the_connection_string()
    {
        var services = new ServiceCollection();
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        services.AddDbContext<GraphApiDbContext, PostgresGraphApiDbContext>(options =>
            options.UseNpgsql($"Host=127.0.0.1;Port=1;Database=graphapi;Username=gateway;Password={Password};Timeout=2"));
        await using var provider = services.BuildServiceProvider();

        var result = await new DatabaseHealthCheck(provider.GetRequiredService<IServiceScopeFactory>()).CheckHealthAsync(new HealthCheckContext());

        result.Status.ShouldBe(HealthStatus.Unhealthy);
        var description = result.Description ?? "";
        description.ShouldNotContain(Password);
        description.ShouldNotContain("127.0.0.1");
        result.Exception.ShouldBeNull();
    }
}
