using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.Telemetry;

/// <summary>
/// One Information line per GraphQL request from the gateway's request log, with the upstream calls the sandbox
/// counted, and nothing at Information from HttpClient, Polly or EF Core; never the document, variables or token.
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed partial class RequestLogTests(PinterestSandboxFixture fixture)
{
    private const string RequestLogCategory = "GraphApi.Telemetry.GraphQLRequestLog";
    private const string Secret = "do-not-log-this-variable";

    [Fact]
    public async Task A_pinterest_backed_query_writes_exactly_one_request_line_and_no_library_lines()
    {
        const string query = "query MyBoards($n: Int!) { me { username boards(first: $n) { nodes { name } } } doNotLogThisAlias: gateway { version } }";
        var before = fixture.Factory.Logs.Lines.Count;
        fixture.Counters.Reset();
        var token = TestTokens.Create(SandboxDemoUsers.Pinner);

        using var client = fixture.Factory.CreateClientFor(SandboxDemoUsers.Pinner);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query, variables = new { n = 3 } })));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());

        var requestLines = await RequestLinesAsync(before, 1);
        var lines = fixture.Factory.Logs.Lines.Skip(before).ToList();
        var line = requestLines.ShouldHaveSingleItem();
        var calls = fixture.Counters.Snapshot().Values.Sum();
        calls.ShouldBeGreaterThan(0);
        line.ShouldContain("GraphQL query MyBoards answered 200 in ");
        line.ShouldContain($" with {calls} upstream calls, errors [], ");
        TraceId().IsMatch(line).ShouldBeTrue(line);

        lines.ShouldNotContain(l => IsLibraryLineBelowWarning(l));
        lines.ShouldNotContain(l => l.Contains(token, StringComparison.Ordinal) || l.Contains("doNotLogThisAlias", StringComparison.Ordinal)
            || l.Contains("boards(first", StringComparison.Ordinal) || l.Contains("Bearer", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_refused_request_lists_its_error_codes_and_a_batch_writes_one_line_per_operation()
    {
        var before = fixture.Factory.Logs.Lines.Count;
        fixture.Counters.Reset();
        using var client = fixture.Factory.CreateClientFor(SandboxDemoUsers.Pinner);

        using var refused = await client.SendAsync(GraphQLHttp.PostQuery("query Bad($s: String) { me { nope(x: $s) } }", new { s = Secret }));
        var code = (await refused.ReadJsonAsync()).FirstErrorCode();
        using var batch = await client.SendAsync(GraphQLHttp.Post("""[{"query":"query One { me { username } }"},{"query":"{ __typename }"}]"""));
        batch.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var anonymous = fixture.Factory.CreateBrowser();
        using var unauthorized = await anonymous.SendAsync(GraphQLHttp.PostQuery("{ __typename }"));
        unauthorized.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var requestLines = await RequestLinesAsync(before, 4);
        requestLines.Count.ShouldBe(4);
        fixture.Factory.Logs.Lines.Skip(before).ShouldNotContain(l => l.Contains(Secret, StringComparison.Ordinal));
        requestLines[0].ShouldContain($"GraphQL query Bad answered 200 in ");
        requestLines[0].ShouldContain($" with 0 upstream calls, errors [{code}], ");
        requestLines[1].ShouldContain("GraphQL query One answered 200");
        requestLines[1].ShouldContain("batch item 1/2");
        var calls = fixture.Counters.Snapshot().Values.Sum();
        calls.ShouldBeGreaterThan(0);
        requestLines[1].ShouldContain($" with {calls} upstream calls, ");
        requestLines[2].ShouldContain(" with 0 upstream calls, ");
        requestLines[2].ShouldContain("GraphQL query (anonymous) answered 200");
        requestLines[2].ShouldContain("batch item 2/2");
        requestLines[3].ShouldContain("GraphQL POST request ended with 401 in ");
    }

    [Fact]
    public async Task A_repeated_document_is_a_cache_hit_in_its_log_line()
    {
        const string query = "query Repeated { gateway { version } }";
        var before = fixture.Factory.Logs.Lines.Count;
        using var client = fixture.Factory.CreateClientFor(SandboxDemoUsers.Pinner);

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(GraphQLHttp.PostQuery(query));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var caches = (await RequestLinesAsync(before, 3))
            .Where(l => l.Contains("GraphQL query Repeated", StringComparison.Ordinal))
            .Select(l => CacheState().Match(l).Groups[1].Value).ToList();
        caches.ShouldBe(["miss", "hit", "hit"]);
    }

    [Fact]
    public void Library_categories_default_to_warning_and_configuration_can_turn_them_up()
    {
        var factory = fixture.Factory.Services.GetRequiredService<ILoggerFactory>();
        foreach (var category in new[] { "System.Net.Http.HttpClient.GraphApi.Pinterest.LogicalHandler", "Polly", "Microsoft.EntityFrameworkCore.Database.Command", "Microsoft.EntityFrameworkCore.Infrastructure" })
        {
            factory.CreateLogger(category).IsEnabled(LogLevel.Information).ShouldBeFalse(category);
            factory.CreateLogger(category).IsEnabled(LogLevel.Warning).ShouldBeTrue(category);
        }

        factory.CreateLogger(RequestLogCategory).IsEnabled(LogLevel.Information).ShouldBeTrue();

        using var verbose = new GraphApiFactory().WithSettings(("Logging:LogLevel:Polly", "Information"));
        var turnedUp = verbose.Services.GetRequiredService<ILoggerFactory>();
        turnedUp.CreateLogger("Polly").IsEnabled(LogLevel.Information).ShouldBeTrue();
        turnedUp.CreateLogger("System.Net.Http.HttpClient.GraphApi.Pinterest.ClientHandler").IsEnabled(LogLevel.Information).ShouldBeFalse();
    }

    // The line is written once the response is, so the client can see the answer a moment before the line exists.
    private async Task<List<string>> RequestLinesAsync(int before, int expected)
    {
        List<string> lines = [];
        for (var attempt = 0; attempt < 100; attempt++)
        {
            lines = fixture.Factory.Logs.Lines.Skip(before)
                .Where(l => l.StartsWith($"Information {RequestLogCategory}:", StringComparison.Ordinal)).ToList();
            if (lines.Count >= expected)
            {
                break;
            }

            await Task.Delay(50);
        }

        return lines;
    }

    private static bool IsLibraryLineBelowWarning(string line) =>
        (line.StartsWith("Information ", StringComparison.Ordinal) || line.StartsWith("Debug ", StringComparison.Ordinal) || line.StartsWith("Trace ", StringComparison.Ordinal))
        && (line.Contains(" System.Net.Http.HttpClient", StringComparison.Ordinal) || line.Contains(" Polly", StringComparison.Ordinal)
            || line.Contains(" Microsoft.EntityFrameworkCore", StringComparison.Ordinal));

    [GeneratedRegex(" trace [0-9a-f]{32}")]
    private static partial Regex TraceId();

    [GeneratedRegex("document cache (hit|miss|off)")]
    private static partial Regex CacheState();
}
