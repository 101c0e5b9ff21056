using System.Net;
using System.Text.Json;
using GraphApi.Tests.Accounts.Links;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Accounts.Connect;

/// <summary>
/// Return URLs the connect flow refuses before anything starts. Every case is refused without a state, a link or an
/// OAuth call, so the cases share one host (a host start costs far more than the two requests a case sends).
/// </summary>
public sealed class ReturnUrlRefusalTests(AccountLinksFactory factory) : IClassFixture<AccountLinksFactory>
{
    [Theory]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("https://app.example.com.evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\t/evil.example")]
    [InlineData("/app\r\nSet-Cookie: x=1")]
    [InlineData("")]
    public async Task Open_redirect_attempts_are_refused_before_anything_starts(string returnUrl)
    {
        using var alice = factory.CreateClientFor("alice");

        var body = await PostAsync(alice, "mutation($u: String!) { connectPinterest(input: {returnUrl: $u}) { authorizationUrl } }", new { u = returnUrl });
        using var browser = await alice.GetAsync($"/integrations/pinterest/connect?returnUrl={Uri.EscapeDataString(returnUrl)}");

        body.FirstErrorCode().ShouldBe("INVALID_RETURN_URL");
        browser.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // Shared host: no case of this class may start a flow, so nothing is ever stored or exchanged.
        (await factory.FindAsync("alice")).ShouldBeNull();
        factory.OAuth.Exchanges.ShouldBe(0);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        return await response.ReadJsonAsync();
    }
}
