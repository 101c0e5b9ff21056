using System.Net.Http.Headers;
using System.Text.Json;
using GraphApi.Execution.Limits;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Execution;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;
namespace GraphApi.Tests.Hostile;

/// <summary>
/// The hostile corpus against the real gateway on its sandbox, with the default limits: every document is refused or
/// bounded, makes at most its budget of Pinterest calls (counted by the sandbox), answers small after analyses whose
/// work is linear in the request's size (counted by <see cref="AnalysisWork"/>), and an ordinary caller keeps being
/// served while the corpus runs. Counted, never timed.
/// </summary>
[Collection(HostileCorpusTests.Name)]
public sealed class HostileCorpusTests(HostileCorpusTests.Fixture fixture)
{
    public const string Name = "Hostile corpus";

    // Only a hang guard for the ordinary caller's requests (a request that never completes fails the test instead of
    // the run), not a latency bound: nothing here asserts how long a request took.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    public static TheoryData<HostileCase> Cases() => [.. HostileCorpus.All()];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_hostile_request_is_refused_or_bounded(HostileCase hostile)
    {
        using var client = fixture.Factory.CreateClientFor(SandboxDemoUsers.Pinner);
        var work = fixture.Factory.Services.GetRequiredService<AnalysisWork>();
        fixture.Factory.Counters.Reset();
        work.Reset();

        using var response = await client.SendAsync(Request(hostile));
        var text = await response.Content.ReadAsStringAsync();

        var calls = fixture.Factory.Counters.Snapshot().Values.Sum();
        calls.ShouldBeLessThanOrEqualTo(hostile.MaxUpstreamCalls, $"{hostile.Name}: {calls} upstream calls");
        // Every selection takes a few bytes of the body, so analyses linear in the document stay under one visit per
        // byte; the unguarded shapes (2^20 spreads from a few hundred bytes) were walked path by path.
        var visits = AnalysisVisits.Of(work);
        (visits.Limits + visits.Scope + visits.Cost).ShouldBeLessThanOrEqualTo(hostile.Body.Length, $"{hostile.Name}: {visits} for {hostile.Body.Length} bytes");
        text.Length.ShouldBeLessThan(256 * 1024, $"{hostile.Name}: {text.Length} characters of answer");
        ((int)response.StatusCode).ShouldBeLessThan(500, $"{hostile.Name}: {text[..Math.Min(400, text.Length)]}");

        var codes = ErrorCodes(text);
        codes.ShouldNotContain("INTERNAL_ERROR", hostile.Name);
        if (!hostile.MayAnswer || codes.Count > 0)
        {
            codes.Intersect(hostile.Codes).ShouldNotBeEmpty($"{hostile.Name}: answered {(int)response.StatusCode} with codes [{string.Join(", ", codes)}]");
        }
    }

    [Fact]
    public async Task The_dashboard_is_admitted_at_the_default_limits_with_its_thirty_call_estimate()
    {
        using var client = fixture.Factory.CreateClientFor(SandboxDemoUsers.Curator);
        using var request = GraphQLHttp.PostQuery(DataLoading.DashboardCallCountTests.Dashboard);
        request.Headers.Add("GraphApi-Cost", "true");

        using var response = await client.SendAsync(request);
        var body = await response.ReadJsonAsync();

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        body.GetProperty("extensions").GetProperty("cost").GetProperty("upstreamCalls").GetInt32().ShouldBe(30);
    }

    [Fact]
    public async Task An_ordinary_caller_keeps_being_served_while_the_corpus_runs_and_memory_stays_flat()
    {
        var corpus = HostileCorpus.All().ToList();
        await RunCorpusAsync(corpus); // warm-up: JIT, schema caches, pooled buffers
        var before = GC.GetTotalMemory(forceFullCollection: true);

        using var stop = new CancellationTokenSource();
        var ordinary = Task.Run(() => OrdinaryCallerAsync(stop.Token));
        for (var round = 0; round < 3; round++)
        {
            await RunCorpusAsync(corpus);
        }

        await stop.CancelAsync();
        var (served, failures) = await ordinary;
        var after = GC.GetTotalMemory(forceFullCollection: true);

        failures.ShouldBeEmpty();
        served.ShouldBeGreaterThan(0);
        (after - before).ShouldBeLessThan(64L * 1024 * 1024, $"managed heap grew from {before:N0} to {after:N0} bytes");
    }

    private async Task RunCorpusAsync(IReadOnlyList<HostileCase> corpus)
    {
        // Four hostile requests at a time, as a client with a few connections would send them.
        await Parallel.ForEachAsync(corpus, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (hostile, ct) =>
        {
            // Another hostile user than the theory's, so this caller's rate limits never change the theory's answers.
            using var client = fixture.Factory.CreateClientFor(SandboxDemoUsers.Business);
            using var response = await client.SendAsync(Request(hostile), ct);
            _ = await response.Content.ReadAsStringAsync(ct);
        });
    }

    private async Task<(int Served, List<string> Failures)> OrdinaryCallerAsync(CancellationToken stop)
    {
        using var client = fixture.Factory.CreateClientFor(SandboxDemoUsers.Curator);
        var served = 0;
        var failures = new List<string>();
        while (!stop.IsCancellationRequested)
        {
            // Each request must complete with its full answer while the corpus runs; one that hangs is cancelled by the
            // guard and fails the test (the old latency bound measured the machine's load as much as the gateway).
            using var hang = new CancellationTokenSource(HangGuard);
            try
            {
                using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ me { username boards(first: 3) { nodes { name } } } }"), hang.Token);
                var body = await response.ReadJsonAsync();
                if (!response.IsSuccessStatusCode || body.TryGetProperty("errors", out _) || body.At("data.me.username").GetString() != "demo.curator")
                {
                    failures.Add($"{(int)response.StatusCode}: {body}");
                }
            }
            catch (OperationCanceledException) when (hang.IsCancellationRequested)
            {
                failures.Add($"an ordinary request did not complete within the {HangGuard} hang guard");
            }

            served++;
            await Task.Delay(50, CancellationToken.None);
        }

        return (served, failures);
    }

    private static HttpRequestMessage Request(HostileCase hostile)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(hostile.Body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        return request;
    }

    private static List<string> ErrorCodes(string text)
    {
        using var document = JsonDocument.Parse(text);
        var results = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.EnumerateArray().ToList() : [document.RootElement];
        return [.. results
            .Where(r => r.TryGetProperty("errors", out _))
            .SelectMany(r => r.GetProperty("errors").EnumerateArray())
            .Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "")];
    }

    /// <summary>A sandbox gateway of its own (the corpus resets the counters), with the three demo users connected.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public SandboxGatewayFactory Factory { get; } = new();

        public Task InitializeAsync() => Factory.ConnectDemoUsersAsync();

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    [CollectionDefinition(Name)]
    public sealed class Definition : ICollectionFixture<Fixture>;
}
