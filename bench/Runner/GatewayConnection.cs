using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;

namespace GraphApi.Bench.Runner;

/// <summary>
/// Connects the benchmark caller's Pinterest account the way a user's app does, through the real OAuth flow:
/// <c>connectPinterest</c> → the <c>state</c> in the consent URL → the gateway's callback with a code (as Pinterest
/// would redirect the browser) → the pending completion in the callback's redirect → <c>completePinterestConnection</c>
/// with the caller's JWT, which makes the gateway exchange the code at the static upstream's token endpoint.
/// </summary>
internal static class GatewayConnection
{
    public static async Task ConnectAsync(Uri gateway, string token, CancellationToken cancellationToken)
    {
        // The callback answers with a redirect that must be read, not followed.
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = gateway };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var begun = await GraphQLAsync(http, """mutation { connectPinterest(input: { returnUrl: "/" }) { authorizationUrl } }""", null, cancellationToken);
        var authorizationUrl = new Uri(begun["connectPinterest"]!["authorizationUrl"]!.GetValue<string>());
        var state = HttpUtility.ParseQueryString(authorizationUrl.Query)["state"];
        if (string.IsNullOrEmpty(state))
        {
            throw new BenchFailure("connectPinterest: the authorization URL has no state parameter.");
        }

        using var callback = new HttpRequestMessage(HttpMethod.Get, $"/integration-callback?code=bench-authorization-code&state={Uri.EscapeDataString(state)}");
        callback.Headers.Authorization = null;
        using var redirect = await http.SendAsync(callback, cancellationToken);
        if (redirect.StatusCode != HttpStatusCode.Redirect || redirect.Headers.Location is not { } location)
        {
            throw new BenchFailure($"The OAuth callback answered {(int)redirect.StatusCode} instead of a redirect back to the app.");
        }

        var query = location.IsAbsoluteUri ? location.Query : new Uri(gateway, location).Query;
        var completion = HttpUtility.ParseQueryString(query)["completion"];
        if (string.IsNullOrEmpty(completion))
        {
            throw new BenchFailure("The OAuth callback's redirect has no completion (the state or the code was refused).");
        }

        var completed = await GraphQLAsync(
            http,
            "mutation($c: String!) { completePinterestConnection(input: { completion: $c }) { connection { status } errors { __typename } } }",
            new JsonObject { ["c"] = completion },
            cancellationToken);
        var status = completed["completePinterestConnection"]?["connection"]?["status"]?.GetValue<string>();
        if (status != "CONNECTED")
        {
            throw new BenchFailure($"completePinterestConnection did not connect: {completed.ToJsonString()}");
        }
    }

    private static async Task<JsonNode> GraphQLAsync(HttpClient http, string document, JsonObject? variables, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["query"] = document, ["variables"] = variables };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/graphql", content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = response.IsSuccessStatusCode ? JsonNode.Parse(text) : null;
        if (json?["errors"] is not null || json?["data"] is not JsonNode data)
        {
            throw new BenchFailure($"{FirstLine(document)}: HTTP {(int)response.StatusCode} {Truncate(text)}");
        }

        return data;
    }

    private static string FirstLine(string document) => document.Split('{')[0].Trim() + " " + document.Split('{')[1].Split('(')[0].Trim();

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "...";
}
