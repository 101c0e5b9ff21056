using System.Net;
using System.Net.Http.Headers;
using GraphApi.Hosting;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Accounts.Callers;

public sealed class CallerAuthenticationTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    [Fact]
    public async Task A_request_without_a_token_is_401_before_any_graphql_work()
    {
        using var client = factory.CreateAnonymousClient();

        // Invalid JSON would be a 400 if the body were read: the 401 proves nothing was parsed.
        using var response = await client.SendAsync(GraphQLHttp.Post("{ not json"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        var body = await response.ReadJsonAsync();
        body.FirstErrorCode().ShouldBe("UNAUTHENTICATED");
        body.FirstErrorMessage().ShouldBe("A bearer token is required: send Authorization: Bearer <JWT>.");
    }

    [Theory]
    [InlineData("expired", "The bearer token was rejected: it has expired.")]
    [InlineData("audience", "The bearer token was rejected: it was issued for another audience.")]
    [InlineData("issuer", "The bearer token was rejected: it comes from an issuer this gateway does not trust.")]
    [InlineData("key", "The bearer token was rejected: its signature does not verify.")]
    [InlineData("garbage", "The bearer token was rejected: it is not a valid JWT.")]
    public async Task A_bad_token_is_401_with_the_reason_and_never_the_token(string kind, string message)
    {
        var token = kind switch
        {
            "expired" => TestTokens.Create(lifetime: TimeSpan.FromMinutes(-10)),
            "audience" => TestTokens.Create(audience: "someone-else"),
            "issuer" => TestTokens.Create(issuer: "https://evil.example"),
            "key" => TestTokens.Create(signingKey: Convert.ToBase64String(new byte[32])),
            _ => "not-a-jwt",
        };
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ __typename }"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer error=\"invalid_token\"");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain(token);
        (await response.ReadJsonAsync()).FirstErrorMessage().ShouldBe(message);
    }

    [Fact]
    public async Task Health_needs_no_token()
    {
        using var client = factory.CreateAnonymousClient();

        using var response = await client.GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(new[] { "Authentication:Authority", "https://id.example.com/" }, "not both")]
    [InlineData(new[] { "Authentication:SigningKey", "c2hvcnQ=" }, "Authentication:SigningKey must be base64 of at least 32 bytes (256 bits).")]
    [InlineData(new[] { "Authentication:Audience", "" }, "Authentication:Audience is required")]
    public void Invalid_authentication_settings_stop_the_start(string[] setting, string message)
    {
        using var invalid = factory.WithSettings((setting[0], setting[1]));

        var error = Should.Throw<OptionsValidationException>(() => invalid.CreateClient());

        error.Message.ShouldContain(message);
        error.Message.ShouldNotContain(TestTokens.SigningKey);
    }

    [Fact]
    public void Real_pinterest_mode_without_caller_authentication_stops_the_start()
    {
        using var pinterest = factory.WithSettings(
            ("Authentication:SigningKey", ""),
            ("Authentication:Issuer", ""),
            ("Upstream:Mode", "Pinterest"),
            ("Pinterest:ClientId", "1234567"),
            ("Pinterest:ClientSecret", "configured-for-test"),
            ("Pinterest:RedirectUri", "https://gateway.example.com/integration-callback"));

        var error = Should.Throw<StartupConfigurationException>(() => pinterest.CreateClient());

        error.Message.ShouldContain("Upstream:Mode=Pinterest also needs: Authentication:Authority (an OIDC provider) or Authentication:Issuer + Authentication:SigningKey");
        error.Message.ShouldNotContain("configured-for-test");
    }

    [Fact]
    public void Real_pinterest_mode_without_a_redirect_uri_stops_the_start()
    {
        using var pinterest = factory.WithSettings(("Upstream:Mode", "Pinterest"), ("Pinterest:ClientId", "1234567"), ("Pinterest:ClientSecret", "configured-for-test"));

        var error = Should.Throw<StartupConfigurationException>(() => pinterest.CreateClient());

        error.Message.ShouldContain("Upstream:Mode=Pinterest also needs: Pinterest:RedirectUri.");
    }
}
