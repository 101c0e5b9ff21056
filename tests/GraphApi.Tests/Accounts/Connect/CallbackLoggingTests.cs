using System.Web;
using GraphApi.Tests.Accounts.Links;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Accounts.Connect;

/// <summary>
/// The OAuth code and state are in the callback's query string, which ASP.NET Core's request lines print. Those
/// lines are off by default in code, so even logging settings that ask for everything (or no appsettings.json at
/// all) keep the code and state out of the logs; naming the category explicitly is the only way back.
/// </summary>
public sealed class CallbackLoggingTests : IDisposable
{
    private readonly AccountLinksFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task With_every_log_level_at_debug_the_callback_logs_neither_code_nor_state()
    {
        using var verbose = Verbose(_factory);

        var (code, state, completion) = await ConnectAndCallBackAsync(verbose);

        var logs = string.Join('\n', _factory.Logs.Lines);
        logs.ShouldContain("Pinterest connected for tenant '' user 'alice'");
        logs.ShouldNotContain(code);
        logs.ShouldNotContain(state);
        logs.ShouldNotContain(completion);
        logs.ShouldNotContain("Request starting");
    }

    [Fact]
    public async Task Naming_the_hosting_category_explicitly_turns_request_lines_back_on()
    {
        // The default is overridable: proves the lines exist, and that the test above would see them.
        using var verbose = Verbose(_factory, ("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information"));

        var (code, _, _) = await ConnectAndCallBackAsync(verbose);

        var logs = string.Join('\n', _factory.Logs.Lines);
        logs.ShouldContain("Request starting");
        logs.ShouldContain(code);
    }

    private static WebApplicationFactory<Program> Verbose(AccountLinksFactory factory, params (string Key, string Value)[] extra) =>
        factory.WithWebHostBuilder(builder =>
        {
            // As if appsettings.json were missing or asked for everything.
            builder.UseSetting("Logging:LogLevel:Default", "Debug");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Debug");
            builder.UseSetting("Logging:LogLevel:Microsoft", "Debug");
            foreach (var (key, value) in extra)
            {
                builder.UseSetting(key, value);
            }
        });

    /// <summary>The whole flow: start, the callback with a code, and the completion by the same caller.</summary>
    private static async Task<(string Code, string State, string Completion)> ConnectAndCallBackAsync(WebApplicationFactory<Program> factory)
    {
        using var alice = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        alice.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create("alice"));
        using var connect = await alice.SendAsync(GraphQLHttp.PostQuery("mutation { connectPinterest(input: {returnUrl: \"/done\"}) { authorizationUrl } }"));
        var url = (await connect.ReadJsonAsync()).GetProperty("data").GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()!;
        var state = HttpUtility.ParseQueryString(new Uri(url).Query)["state"]!;
        const string Code = "logged-code-7f3a9c";

        using var callback = await alice.GetAsync($"/integration-callback?code={Code}&state={Uri.EscapeDataString(state)}");

        callback.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var location = callback.Headers.Location!.OriginalString;
        var completion = HttpUtility.ParseQueryString(location[location.IndexOf('?', StringComparison.Ordinal)..])["completion"]!;
        using var complete = await alice.SendAsync(GraphQLHttp.PostQuery(
            "mutation($c: String!) { completePinterestConnection(input: {completion: $c}) { connection { status } } }", new { c = completion }));
        (await complete.ReadJsonAsync()).GetProperty("data").GetProperty("completePinterestConnection").GetProperty("connection").GetProperty("status").GetString().ShouldBe("CONNECTED");
        return (Code, state, completion);
    }
}
