using System.Net;
using System.Text;
using GraphApi.Accounts.Connect;
using GraphApi.Features.Gateway;
using GraphApi.Hosting;
using GraphApi.Ide;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Upstream;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Sandbox;

/// <summary>
/// Every sandbox-only piece is reachable in the default sandbox mode and in nothing else: with
/// <c>Upstream:Mode=Pinterest</c> the demo app, the token endpoint, the mounted emulator, the IDE's demo token and
/// the sandbox's self-issued tokens are gone. Each check runs against both modes on the same data folder, so a piece
/// that is missing from the sandbox fails here as well as one that leaks into Pinterest mode.
/// </summary>
public sealed class SandboxModeBoundaryTests(SandboxModeBoundaryTests.Hosts hosts) : IClassFixture<SandboxModeBoundaryTests.Hosts>
{
    /// <summary>The sandbox as <c>dotnet run</c> starts it, and the same gateway switched to real Pinterest.</summary>
    public sealed class Hosts : IDisposable
    {
        public SandboxGatewayFactory Sandbox { get; } = SandboxGatewayFactory.SelfIssuing();

        public WebApplicationFactory<Program> Pinterest => _pinterest ??= Sandbox.WithSettings(
            ("Upstream:Mode", "Pinterest"),
            ("Pinterest:ClientId", "1234567"),
            ("Pinterest:ClientSecret", "configured-for-test"),
            ("Pinterest:RedirectUri", "https://gateway.example.com/integration-callback"),
            ("Authentication:Issuer", TestTokens.Issuer),
            ("Authentication:SigningKey", TestTokens.SigningKey));

        private WebApplicationFactory<Program>? _pinterest;

        public HttpClient Client(bool sandbox)
        {
            var client = sandbox ? Sandbox.CreateBrowser() : Pinterest.CreateClient();
            client.DefaultRequestHeaders.Authorization = null;
            return client;
        }

        public IServiceProvider Services(bool sandbox) => sandbox ? Sandbox.Services : Pinterest.Services;

        public void Dispose()
        {
            _pinterest?.Dispose();
            Sandbox.Dispose();
        }
    }

    public static TheoryData<string, string> SandboxRoutes => new()
    {
        { "GET", "/" },
        { "GET", "/index.html" },
        { "GET", "/app.js" },
        { "GET", "/styles.css" },
        { "POST", "/sandbox/token" },
        { "GET", "/sandbox/pinterest/oauth/" },
        { "GET", "/sandbox/pinterest/v5/user_account" },
        { "GET", "/sandbox/pinterest/media/img/150x150/e60023.png" },
    };

    [Theory]
    [MemberData(nameof(SandboxRoutes))]
    public async Task A_sandbox_route_answers_in_sandbox_mode_and_is_not_found_with_real_pinterest(string method, string path)
    {
        using var sandbox = hosts.Client(sandbox: true);
        using var pinterest = hosts.Client(sandbox: false);

        using var inSandbox = await SendAsync(sandbox, method, path);
        using var withPinterest = await SendAsync(pinterest, method, path);

        inSandbox.StatusCode.ShouldNotBe(HttpStatusCode.NotFound, $"{method} {path} in sandbox mode");
        withPinterest.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{method} {path} with real Pinterest");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Only_the_sandbox_gives_the_ide_a_demo_callers_token(bool sandbox)
    {
        using var client = hosts.Client(sandbox);

        var config = await (await client.GetAsync("/graphql/ui/bcp-config.json")).ReadJsonAsync();

        config.TryGetProperty("httpHeaders", out var headers).ShouldBe(sandbox);
        if (sandbox)
        {
            headers.GetProperty("Authorization").GetString().ShouldStartWith("Bearer ");
        }
    }

    [Fact]
    public async Task A_token_the_sandbox_issued_is_refused_once_the_same_gateway_talks_to_real_pinterest()
    {
        using var sandbox = hosts.Client(sandbox: true);
        using var minted = await sandbox.PostAsync("/sandbox/token", Json("""{"user":"demo.pinner"}"""));
        var token = (await minted.ReadJsonAsync()).GetProperty("access_token").GetString()!;
        sandbox.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var accepted = await sandbox.SendAsync(GraphQLHttp.PostQuery("{ gateway { upstream } }"));

        using var pinterest = hosts.Client(sandbox: false);
        pinterest.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var refused = await pinterest.SendAsync(GraphQLHttp.PostQuery("{ gateway { upstream } }"));
        // Even signed with the operator's own key, the sandbox's issuer is not one Pinterest mode trusts.
        pinterest.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(issuer: SandboxCallerTokens.Issuer));
        using var forged = await pinterest.SendAsync(GraphQLHttp.PostQuery("{ gateway { upstream } }"));
        pinterest.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create());
        var operators = await (await pinterest.SendAsync(GraphQLHttp.PostQuery("{ gateway { upstream } }"))).ReadJsonAsync();

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        operators.GetProperty("data").GetProperty("gateway").GetProperty("upstream").GetString().ShouldBe("PINTEREST");
        File.Exists(Path.Combine(hosts.Sandbox.DataDirectory, SandboxCallerKey.FileName)).ShouldBeTrue("both modes share the data folder");
    }

    [Fact]
    public async Task With_real_pinterest_the_consent_url_is_pinterests_own_not_the_request_origin()
    {
        using var client = hosts.Client(sandbox: false);
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create("alice"));

        var body = await (await client.SendAsync(GraphQLHttp.PostQuery("mutation { connectPinterest(input: {returnUrl: \"/app\"}) { authorizationUrl } }"))).ReadJsonAsync();

        var url = new Uri(body.GetProperty("data").GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()!);
        url.GetLeftPart(UriPartial.Path).ShouldBe("https://www.pinterest.com/oauth/");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_sandbox_seams_are_registered_in_sandbox_mode_only(bool sandbox)
    {
        var services = hosts.Services(sandbox);
        await using var scope = services.CreateAsyncScope();

        object?[] pieces =
        [
            services.GetService<EmbeddedUpstream>(),
            services.GetService<IAuthorizationUrlOrigin>(),
            services.GetService<UpstreamBannerText>(),
            services.GetService<SandboxCallerTokens>(),
            services.GetService<SandboxCallerKey>(),
            services.GetService<SelfAddress>(),
            services.GetService<ISandboxCallCounters>(),
            scope.ServiceProvider.GetService<IIdeDefaultCaller>(),
            scope.ServiceProvider.GetService<SandboxConnector>(),
        ];

        pieces.ShouldAllBe(piece => (piece != null) == sandbox);
        services.GetRequiredService<GatewayInfo>().Upstream.ShouldBe(sandbox ? UpstreamMode.Sandbox : UpstreamMode.Pinterest);
        var client = services.GetRequiredService<IOptions<PinterestClientOptions>>().Value;
        client.ApiBaseUrl.Host.ShouldBe(sandbox ? "127.0.0.1" : "api.pinterest.com");
        if (sandbox)
        {
            services.GetRequiredService<EmbeddedUpstream>().PathBase.ShouldBe(services.GetRequiredService<IOptions<SandboxOptions>>().Value.PathBase);
        }
    }

    [Theory]
    [InlineData(true, """
        GraphApi 1.2.3 is running against the embedded Pinterest sandbox (offline demo data).
          Demo app      http://127.0.0.1:5130/
          GraphQL IDE   http://127.0.0.1:5130/graphql/ui/
          GraphQL       http://127.0.0.1:5130/graphql
          Real Pinterest: set Upstream:Mode=Pinterest, Pinterest:ClientId, Pinterest:ClientSecret, Pinterest:RedirectUri and Authentication:* (see README).
        """)]
    [InlineData(false, """
        GraphApi 1.2.3 is running against the real Pinterest API.
          GraphQL IDE   http://127.0.0.1:5130/graphql/ui/
          GraphQL       http://127.0.0.1:5130/graphql
          Sandbox: remove Upstream:Mode and the Pinterest app settings to run offline on the embedded emulator.
        """)]
    public void The_banner_lists_the_demo_app_and_how_to_switch_mode(bool sandbox, string expected)
    {
        var services = hosts.Services(sandbox);
        var text = services.GetService<UpstreamBannerText>() ?? UpstreamBannerText.RealPinterest;

        var banner = StartupBanner.Compose(new GatewayInfo("GraphApi", "1.2.3", sandbox ? UpstreamMode.Sandbox : UpstreamMode.Pinterest), text, "http://127.0.0.1:5130/", "/graphql");

        banner.ReplaceLineEndings("\n").ShouldBe(expected.ReplaceLineEndings("\n"));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path) => method == "POST"
        ? client.PostAsync(path, Json("""{"user":"demo.pinner"}"""))
        : client.GetAsync(path);
}
