using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphApi.Hosting;
using GraphApi.Sandbox;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Sandbox;

/// <summary>
/// POST /sandbox/token and the IDE's embedded token exist only in sandbox mode with no caller authentication
/// configured, and then sign with the generated key only: a configured key is never used to mint tokens for anonymous callers.
/// </summary>
public sealed class SandboxTokenMinterTests : IDisposable
{
    // The default sandbox set-up: no Authentication settings, so the gateway issues its own tokens.
    private readonly SandboxGatewayFactory _minter = SandboxGatewayFactory.SelfIssuing();

    public void Dispose() => _minter.Dispose();

    [Fact]
    public async Task The_sandbox_token_endpoint_hands_out_a_connected_demo_caller()
    {
        using var client = _minter.CreateBrowser();

        using var response = await client.PostAsJsonAsync("/sandbox/token", new { user = "demo.business", scopes = new[] { "boards:read", "user_accounts:read" }, connect = true });
        var body = await response.ReadJsonAsync();
        client.DefaultRequestHeaders.Authorization = new("Bearer", body.GetProperty("access_token").GetString());
        var connection = (await PostAsync(client, "{ pinterestConnection { status grantedScopes } }")).GetProperty("data").GetProperty("pinterestConnection");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("pinterest").GetProperty("connected").GetBoolean().ShouldBeTrue();
        connection.GetProperty("status").GetString().ShouldBe("CONNECTED");
        connection.GetProperty("grantedScopes").EnumerateArray().Select(s => s.GetString()).ShouldBe(["boards:read", "user_accounts:read"]);
    }

    [Theory]
    [InlineData("""{"user":"someone"}""", "must be one of the demo users")]
    [InlineData("""{"user":"demo.pinner","scopes":["pins:fly"]}""", "Unknown Pinterest scopes: pins:fly")]
    public async Task The_sandbox_token_endpoint_refuses_bad_input(string body, string message)
    {
        using var client = _minter.CreateBrowser();

        using var response = await client.PostAsync("/sandbox/token", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    [Fact]
    public async Task Minted_tokens_are_signed_with_the_generated_key_in_the_data_folder()
    {
        using var client = _minter.CreateBrowser();
        using var response = await client.PostAsJsonAsync("/sandbox/token", new { user = "demo.pinner" });
        var token = (await response.ReadJsonAsync()).GetProperty("access_token").GetString()!;

        var keyFile = Path.Combine(_minter.DataDirectory, SandboxCallerKey.FileName);
        var key = Convert.FromBase64String(await File.ReadAllTextAsync(keyFile));
        var validation = await new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().ValidateTokenAsync(token, new Microsoft.IdentityModel.Tokens.TokenValidationParameters
        {
            IssuerSigningKey = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(key),
            ValidIssuer = SandboxCallerTokens.Issuer,
            ValidAudience = "graphapi",
        });

        validation.IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task With_a_configured_signing_key_nothing_mints_tokens()
    {
        // GraphApiFactory configures Authentication:Issuer + SigningKey, in the default sandbox mode.
        using var keyed = new GraphApiFactory();
        using var anonymous = keyed.CreateAnonymousClient();

        using var token = await anonymous.PostAsJsonAsync("/sandbox/token", new { user = "demo.pinner", connect = true });
        var config = await (await anonymous.GetAsync("/graphql/ui/bcp-config.json")).ReadJsonAsync();

        token.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        config.TryGetProperty("httpHeaders", out _).ShouldBeFalse();
        keyed.Services.GetService<SandboxCallerTokens>().ShouldBeNull();
        File.Exists(Path.Combine(keyed.DataDirectory, SandboxCallerKey.FileName)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Authentication:Authority", "https://id.example.com/")]
    [InlineData("Authentication:Issuer", "https://issuer.example.com/")]
    public async Task Any_caller_authentication_setting_removes_the_minter(string key, string value)
    {
        using var factory = new GraphApiFactory();
        using var configured = factory.WithSettings(("Authentication:SigningKey", ""), ("Authentication:Issuer", ""), (key, value));

        if (key == "Authentication:Issuer")
        {
            // An issuer without its key is an incomplete choice: the start fails instead of falling back to the sandbox's key.
            Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => configured.CreateClient())
                .Message.ShouldContain("Authentication:");
            return;
        }

        using var anonymous = configured.CreateClient();
        using var token = await anonymous.PostAsJsonAsync("/sandbox/token", new { user = "demo.pinner" });
        token.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        configured.Services.GetService<SandboxCallerTokens>().ShouldBeNull();
    }

    [Fact]
    public async Task A_sandbox_token_is_refused_once_a_real_key_is_configured_on_the_same_data_folder()
    {
        using var keyed = new GraphApiFactory();
        string minted;
        using (var sandbox = keyed.WithSettings(("Authentication:SigningKey", ""), ("Authentication:Issuer", "")))
        {
            using var anonymous = sandbox.CreateClient();
            anonymous.DefaultRequestHeaders.Authorization = null;
            using var response = await anonymous.PostAsJsonAsync("/sandbox/token", new { user = "demo.pinner" });
            minted = (await response.ReadJsonAsync()).GetProperty("access_token").GetString()!;
            anonymous.DefaultRequestHeaders.Authorization = new("Bearer", minted);
            (await anonymous.SendAsync(GraphQLHttp.PostQuery("{ gateway { name } }"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // Same data folder (the generated key file is still there), now with the operator's key configured.
        using var client = keyed.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", minted);
        using var refused = await client.SendAsync(GraphQLHttp.PostQuery("{ gateway { name } }"));

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        File.Exists(Path.Combine(keyed.DataDirectory, SandboxCallerKey.FileName)).ShouldBeTrue();
    }

    [Fact]
    public void Real_pinterest_mode_has_no_minter_even_without_caller_authentication_settings()
    {
        using var factory = new GraphApiFactory();
        using var pinterest = factory.WithSettings(
            ("Authentication:SigningKey", ""),
            ("Authentication:Issuer", ""),
            ("Upstream:Mode", "Pinterest"),
            ("Pinterest:ClientId", "1234567"),
            ("Pinterest:ClientSecret", "configured-for-test"),
            ("Pinterest:RedirectUri", "https://gateway.example.com/integration-callback"));

        // No fallback to a self-issued key: the start stops and says what is missing.
        Should.Throw<StartupConfigurationException>(() => pinterest.CreateClient()).Message.ShouldContain("Authentication:Authority");
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query));
        return await response.ReadJsonAsync();
    }
}
