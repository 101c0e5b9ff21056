using System.Diagnostics;
using System.Net;
using GraphApi.Cluster;
using GraphApi.Execution.Budget;
using GraphApi.Http.RateLimiting;
using GraphApi.Tests.Accounts.Connect;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Cluster;

/// <summary>One bucket per caller across instances (Redis), and what a caller gets when Redis cannot answer.</summary>
public sealed class ClusterRateLimitTests
{
    private const int Burst = 8;

    [SkippableFact]
    public async Task A_caller_limited_to_N_requests_gets_N_across_two_instances_not_2N()
    {
        await using var nodes = await TwoNodes.StartAsync(("RateLimiting:RequestBurst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("RateLimiting:RequestsPerSecond", "1"));
        using var onA = nodes.A.CreateClientFor("gus");
        using var onB = nodes.B.CreateClientFor("gus");

        var clock = Stopwatch.StartNew();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3 * Burst; i++)
        {
            answers.Add(await (i % 2 == 0 ? onA : onB).SendAsync(GraphQLHttp.PostQuery("{ __typename }")));
        }

        var refilled = (int)Math.Ceiling(clock.Elapsed.TotalSeconds); // 1 token per second came back meanwhile
        var served = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        served.ShouldBeInRange(Burst, Burst + refilled, "without sharing each instance would serve its own burst (2N)");
        var refused = answers.First(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        var body = await refused.ReadJsonAsync();
        body.FirstErrorCode().ShouldBe("RATE_LIMITED");
        body.At("errors").EnumerateArray().First().At("extensions.retryAfter").GetInt32().ShouldBeInRange(1, 2);
        answers.Where((a, i) => i % 2 == 1).ShouldContain(a => a.StatusCode == HttpStatusCode.TooManyRequests, "B refuses too once A spent the bucket");
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [SkippableFact]
    public async Task The_upstream_call_budget_is_one_bucket_across_instances()
    {
        var redis = ExternalServers.CreateRedisNamespace();
        try
        {
            var (a, providerA) = Budget(redis);
            var (b, providerB) = Budget(redis);
            var caller = new RateLimitPartitionKey(true, "", "hal");

            (await a.TryChargeAsync(caller, 60)).IsAcquired.ShouldBeTrue();
            (await b.TryChargeAsync(caller, 40)).IsAcquired.ShouldBeTrue();
            using var refused = await b.TryChargeAsync(caller, 10);
            refused.IsAcquired.ShouldBeFalse("100 of 100 spent between A and B");
            refused.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var wait).ShouldBeTrue();
            wait.ShouldBeGreaterThan(TimeSpan.Zero);
            (await a.TryChargeAsync(new RateLimitPartitionKey(true, "", "ida"), 100)).IsAcquired.ShouldBeTrue("another caller, another bucket");
            await providerA.DisposeAsync();
            await providerB.DisposeAsync();
        }
        finally
        {
            await redis.DeleteKeysAsync();
        }
    }

    [Fact]
    public async Task With_Redis_unreachable_requests_are_served_with_in_process_limits_and_readiness_is_unready()
    {
        const string Password = "redis-password-that-must-not-be-logged";
        var data = Path.Combine(Path.GetTempPath(), "graphapi-tests", "cluster-" + Guid.NewGuid().ToString("N"));
        var oauth = new FakePinterestOAuthFlow();
        await using var node = new ClusterNode(data, oauth,
        [
            ("Redis:Configuration", $"127.0.0.1:1,password={Password},connectTimeout=500"),
            ("RateLimiting:RequestBurst", "3"),
            ("RateLimiting:RequestsPerSecond", "1"),
        ]);
        try
        {
            using var client = node.CreateClientFor("jay");
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 6; i++)
            {
                using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ __typename }"));
                statuses.Add(response.StatusCode);
            }

            statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
            statuses.ShouldContain(HttpStatusCode.TooManyRequests, "the in-process bucket still limits the caller");
            statuses.ShouldNotContain(HttpStatusCode.InternalServerError);

            // A refresh still happens (the lock is this instance's only), once.
            await node.SaveAsync("jay", accessExpiresIn: TimeSpan.FromMinutes(-1));
            (await node.GetTokenAsync("jay")).ShouldStartWith("fake-access-");
            oauth.Refreshes.ShouldBe(1);

            using var ready = await node.CreateAnonymousClient().GetAsync(new Uri("/health/ready", UriKind.Relative));
            ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await ready.Content.ReadAsStringAsync()).ShouldNotContain(Password);
            using var live = await node.CreateAnonymousClient().GetAsync(new Uri("/health/live", UriKind.Relative));
            live.StatusCode.ShouldBe(HttpStatusCode.OK);

            node.Logs.Lines.ShouldContain(l => l.Contains("Redis cannot decide rate limits", StringComparison.Ordinal));
            node.Logs.Lines.Count(l => l.Contains("Redis cannot decide rate limits", StringComparison.Ordinal)).ShouldBe(1, "once per outage");
            node.Logs.Lines.Count(l => l.Contains("Redis connection lost", StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(1, "not once per reconnect attempt");
            node.Logs.Lines.ShouldNotContain(l => l.Contains(Password, StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:10:00")]
    public void A_refresh_lock_wait_out_of_range_stops_the_start_naming_the_setting(string wait)
    {
        using var factory = new GraphApiFactory().WithSettings(("Cluster:RefreshLockWait", wait));

        var failure = Should.Throw<OptionsValidationException>(() => factory.CreateClient());

        failure.Message.ShouldContain("Cluster:RefreshLockWait must be between 00:00:01 and 00:05:00");
    }

    private static (UpstreamCallBudget Budget, ServiceProvider Provider) Budget(RedisNamespace redis)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            ["Redis:KeyPrefix"] = redis.Prefix,
            ["RateLimiting:UpstreamCallsPerMinute"] = "1",
            ["RateLimiting:UpstreamCallBurst"] = "100",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddMetrics().AddSingleton<IConfiguration>(configuration);
        services.AddGraphApiCluster(configuration);
        services.AddCallerRateLimiting(configuration);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<UpstreamCallBudget>(), provider);
    }
}
