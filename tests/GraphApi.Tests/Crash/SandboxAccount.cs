using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GraphApi.Tests.Crash;

/// <summary>
/// The test's own view of a sandbox user, straight at the standalone sandbox (not through the gateway, which may be
/// dead, locked or caching): a grant of its own from the consent page and the token endpoint, then the two calls the
/// crash tests need (a fresh board, and the pins on it). Its calls show in the sandbox's counters like any other.
/// </summary>
public sealed class SandboxAccount : IDisposable
{
    private readonly HttpClient _api;

    private SandboxAccount(HttpClient api) => _api = api;

    public static async Task<SandboxAccount> ConnectAsync(CrashHarness harness, string sandboxUser, CancellationToken cancellationToken = default)
    {
        var redirectUri = new Uri(harness.GatewayOrigin, "integration-callback").AbsoluteUri;
        var consentUrl = new Uri(
            harness.SandboxOrigin,
            $"oauth/?client_id=sandbox-client&response_type=code&state=crash-test&scope=boards:read,boards:write,pins:read,pins:write&redirect_uri={Uri.EscapeDataString(redirectUri)}");
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var callback = await ConsentFlow.ApproveAsync(browser, consentUrl, sandboxUser, cancellationToken);
        var code = System.Web.HttpUtility.ParseQueryString(callback.Query)["code"]
            ?? throw new InvalidOperationException($"The consent page redirected without a code: {callback}");

        using var token = new HttpRequestMessage(HttpMethod.Post, new Uri(harness.SandboxOrigin, "v5/oauth/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = redirectUri }),
        };
        token.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("sandbox-client:sandbox-secret")));
        using var tokenClient = new HttpClient();
        using var answer = await tokenClient.SendAsync(token, cancellationToken);
        var body = await answer.Content.ReadAsStringAsync(cancellationToken);
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The sandbox's token endpoint answered {(int)answer.StatusCode}: {body}");
        }

        using var document = JsonDocument.Parse(body);
        var accessToken = document.RootElement.GetProperty("access_token").GetString()!;
        var api = new HttpClient { BaseAddress = new Uri(harness.SandboxOrigin, "v5/"), Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return new SandboxAccount(api);
    }

    /// <summary>A board of the test's own, so its pin count starts at zero.</summary>
    public async Task<string> CreateBoardAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _api.PostAsJsonAsync("boards", new { name = "Crash " + Guid.NewGuid().ToString("N")[..12] }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!
            : throw new InvalidOperationException($"POST /v5/boards answered {(int)response.StatusCode}: {body}");
    }

    /// <summary>The IDs of the pins on <paramref name="boardId"/> (one page of 250: the tests put at most a few there).</summary>
    public async Task<IReadOnlyList<string>> PinsOnBoardAsync(string boardId, CancellationToken cancellationToken = default)
    {
        using var response = await _api.GetAsync($"boards/{boardId}/pins?page_size=250", cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET /v5/boards/{boardId}/pins answered {(int)response.StatusCode}: {body}");
        }

        return [.. JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(pin => pin.GetProperty("id").GetString()!)];
    }

    public void Dispose() => _api.Dispose();
}
