using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Crash;

/// <summary>
/// The real OAuth connect flow, driven like a browser and an app: <c>connectPinterest</c> → the sandbox's consent page
/// (pick an account, Approve) → the gateway's callback → <c>completePinterestConnection</c>, which makes the gateway
/// exchange the code at the token endpoint. Works for the in-process sandbox and a standalone sandbox process alike.
/// </summary>
public static partial class ConsentFlow
{
    /// <summary>Runs the flow for the caller of <paramref name="app"/> (a client with the caller's bearer, no auto-redirects); returns the completion answer.</summary>
    public static async Task<JsonElement> ConnectAsync(HttpClient app, string sandboxUser, CancellationToken cancellationToken = default) =>
        await CompleteAsync(app, await ConsentAsync(app, sandboxUser, cancellationToken), cancellationToken);

    /// <summary>The flow up to the callback: returns the completion the app's return URL received (not yet completed).</summary>
    public static async Task<string> ConsentAsync(HttpClient app, string sandboxUser, CancellationToken cancellationToken = default)
    {
        var begun = await PostAsync(app, "mutation { connectPinterest(input: { returnUrl: \"/\" }) { authorizationUrl } }", null, cancellationToken);
        var consentUrl = new Uri(begun.GetProperty("data").GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()
            ?? throw new InvalidOperationException("connectPinterest returned no authorization URL: " + begun));

        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var callback = await ApproveAsync(browser, consentUrl, sandboxUser, cancellationToken);

        using var landing = await browser.GetAsync(callback, cancellationToken);
        var completion = landing.Headers.Location is { } back
            ? System.Web.HttpUtility.ParseQueryString(back.OriginalString.Split('?', 2).ElementAtOrDefault(1)?.Split('#')[0] ?? "")["completion"]
            : null;
        if (string.IsNullOrEmpty(completion))
        {
            throw new InvalidOperationException($"The callback answered {(int)landing.StatusCode} {landing.Headers.Location} without a completion.");
        }

        return completion;
    }

    /// <summary><c>completePinterestConnection</c> as the caller of <paramref name="app"/>.</summary>
    public static Task<JsonElement> CompleteAsync(HttpClient app, string completion, CancellationToken cancellationToken = default) =>
        PostAsync(
            app,
            "mutation($c: String!) { completePinterestConnection(input: { completion: $c }) { connection { status } errors { __typename ... on UserError { code message } } } }",
            new { c = completion },
            cancellationToken);

    /// <summary>The sandbox's consent page as a browser: pick <paramref name="sandboxUser"/>, Approve; returns the redirect to the callback (with the code).</summary>
    public static async Task<Uri> ApproveAsync(HttpClient browser, Uri consentUrl, string sandboxUser, CancellationToken cancellationToken = default)
    {
        var page = await browser.GetStringAsync(consentUrl, cancellationToken);
        var fields = HiddenInput().Matches(page).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["username"] = sandboxUser;
        fields["decision"] = "approve";
        using var form = new FormUrlEncodedContent(fields);
        using var decided = await browser.PostAsync(consentUrl, form, cancellationToken);
        return decided.StatusCode == HttpStatusCode.Redirect && decided.Headers.Location is { } location
            ? new Uri(consentUrl, location)
            : throw new InvalidOperationException($"The consent page answered {(int)decided.StatusCode} instead of a redirect to the callback.");
    }

    private static async Task<JsonElement> PostAsync(HttpClient app, string query, object? variables, CancellationToken cancellationToken)
    {
        using var response = await app.SendAsync(GraphQLHttp.PostQuery(query, variables), cancellationToken);
        return await response.ReadJsonAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();
}
