using System.Net;
using System.Text.Json;
using System.Web;
using GraphApi.Tests.Accounts.Links;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Accounts.Connect;

/// <summary>
/// Hostile return URLs through the whole flow. Each value is either refused with INVALID_RETURN_URL at the start
/// (by the mutation and the browser route alike), or the flow runs to the callback and the test resolves the
/// Location the way a browser does: the browser must stay on this gateway or go to the allowed origin. No 500 anywhere.
/// </summary>
public sealed class ReturnUrlMatrixTests(AccountLinksFactory factory) : IClassFixture<AccountLinksFactory>
{
    private const string Gateway = "http://localhost";
    private const string Allowed = "https://app.example.com";

    public static TheoryData<string> Hostile => new()
    {
        "/\t/evil.example", "/\r\n/evil.example", "/app\r\nLocation: https://evil.example", "\t//evil.example", "/\n/evil.example",
        "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example", "\\/evil.example", "/%09/evil.example",
        "/%5Cevil.example", "/%2F%2Fevil.example", "/%2f/evil.example", "%2F%2Fevil.example", "/.//evil.example", "/..//evil.example",
        "/./\\evil.example", "https://app.example.com@evil.example/", "https://app.example.com:443@evil.example/",
        "https://evil.example#@app.example.com", "https://evil.example?@app.example.com/", "https://app.example.com.evil.example/",
        "https://app.example.com:8443/", "http://app.example.com/", "https://APP.example.COM/ok", "https://app.example.com:443/ok",
        "https:app.example.com/x", "https:/evil.example", "https:\\\\evil.example", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd", "ftp://app.example.com/",
        "https://аpp.example.com/", "https://app.example.com\u3002evil.example/", "/\uFF0F\uFF0Fevil.example", "\uFF0F\uFF0Fevil.example",
        "/\u2028/evil.example", "/\u2029x", "/\u0085x", "/\u007Fx", "/\u0000x", "/\u200B/evil.example", "/\uFEFF/evil.example",
        " //evil.example", "/ /evil.example", "/app?next=//evil.example", "/app#//evil.example", "/app?x=\"><script>", "~/app", "~//evil.example",
        "app", ".", "..", "?x=1", "#frag", "/", "/%", "/%zz", "/%E2%80%AE", "/\u00e9t\u00e9?q=\u00fc#\u00e5",
        "https://app.example.com/back#top", "https://user:pass@app.example.com/", "https://[::1]/", "https://127.0.0.1/", "http://localhost/",
        "/" + new string('a', 2047), "/" + new string('a', 5000), "https://app.example.com/" + new string('%', 3000),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_return_url_is_refused_at_start_or_lands_on_an_allowed_origin(string returnUrl)
    {
        using var caller = factory.CreateClientFor("matrix");

        using var mutation = await caller.SendAsync(GraphQLHttp.PostQuery(
            "mutation($u: String!) { connectPinterest(input: {returnUrl: $u}) { authorizationUrl } }", new { u = returnUrl }));
        using var route = await caller.GetAsync($"/integrations/pinterest/connect?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var body = await mutation.ReadJsonAsync();

        mutation.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);
        route.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);
        if (body.GetProperty("data").ValueKind == JsonValueKind.Null || body.TryGetProperty("errors", out _))
        {
            body.FirstErrorCode().ShouldBe("INVALID_RETURN_URL");
            route.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await route.ReadJsonAsync()).FirstErrorCode().ShouldBe("INVALID_RETURN_URL");
            (await route.Content.ReadAsStringAsync()).ShouldNotContain("evil.example");
            return;
        }

        route.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var state = HttpUtility.ParseQueryString(new Uri(body.GetProperty("data").GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()!).Query)["state"]!;
        var routeState = HttpUtility.ParseQueryString(route.Headers.Location!.Query)["state"]!;

        // Both outcomes of the callback: a code (pending completion) and a refusal (error reason).
        foreach (var (query, s) in new[] { ("code=c", state), ("error=access_denied", routeState) })
        {
            var callbackUrl = new Uri($"{Gateway}/integration-callback?{query}&state={Uri.EscapeDataString(s)}");
            using var callback = await caller.GetAsync(callbackUrl);

            callback.StatusCode.ShouldBe(HttpStatusCode.Redirect, returnUrl);
            var location = callback.Headers.Location!.OriginalString;
            location.ShouldAllBe(c => c > ' ' && c < '\u007F', "the Location is re-serialised to printable ASCII");
            location.ShouldNotContain('\\');
            var landed = ResolveLikeABrowser(location, callbackUrl);
            landed.GetLeftPart(UriPartial.Authority).ShouldBeOneOf(Gateway, Allowed);
            HttpUtility.ParseQueryString(landed.Query)["pinterest"].ShouldBeOneOf("pending", "error");
        }
    }

    /// <summary>
    /// What a browser does with a Location (WHATWG URL): strip leading/trailing C0 and space, remove TAB/CR/LF
    /// anywhere, read '\' as '/' in special URLs, and resolve against the URL of the response.
    /// </summary>
    private static Uri ResolveLikeABrowser(string location, Uri requestUrl)
    {
        var cleaned = location.Trim('\0', '\u0001', '\u001F', ' ').Replace("\t", "", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace('\\', '/');
        return new Uri(requestUrl, cleaned);
    }
}
