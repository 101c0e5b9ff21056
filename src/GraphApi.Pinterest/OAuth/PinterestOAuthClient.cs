using System.Net.Http.Headers;
using System.Text;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.Http;
using Microsoft.Extensions.Options;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.OAuth;

internal sealed class PinterestOAuthClient(HttpClient httpClient, IOptions<PinterestClientOptions> options) : IPinterestOAuthClient
{
    public Uri BuildAuthorizationUrl(AuthorizationUrlRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.RedirectUri, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.State, nameof(request));
        GuardScopes(request.Scopes);
        var query = new QueryString()
            .Add("client_id", Credentials(request.App).ClientId)
            .Add("redirect_uri", request.RedirectUri.AbsoluteUri)
            .Add("response_type", "code")
            .AddCommaSeparated("scope", request.Scopes)
            .Add("state", request.State)
            .ToString();
        var baseUrl = options.Value.AuthorizationUrl.AbsoluteUri;
        return new Uri(baseUrl.Contains('?', StringComparison.Ordinal) ? baseUrl + "&" + query[1..] : baseUrl + query);
    }

    // POST /oauth/token (grant_type=authorization_code)
    public Task<PinterestOAuthToken> ExchangeCodeAsync(ExchangeCodeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Code, nameof(request));
        ArgumentNullException.ThrowIfNull(request.RedirectUri, nameof(request));
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "authorization_code"),
            new("code", request.Code),
            new("redirect_uri", request.RedirectUri.AbsoluteUri),
        };
        AddContinuousRefresh(form, request.ContinuousRefresh);
        return RequestTokenAsync(form, request.Code, request.App, cancellationToken);
    }

    // POST /oauth/token (grant_type=refresh_token)
    public Task<PinterestOAuthToken> RefreshAsync(RefreshTokenRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.RefreshToken, nameof(request));
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "refresh_token"), new("refresh_token", request.RefreshToken) };
        if (request.Scopes is { Count: > 0 } scopes)
        {
            form.Add(new("scope", string.Join(',', scopes)));
        }

        AddContinuousRefresh(form, request.ContinuousRefresh);
        return RequestTokenAsync(form, request.RefreshToken, request.App, cancellationToken);
    }

    // POST /oauth/token (grant_type=client_credentials)
    public Task<PinterestOAuthToken> RequestClientCredentialsTokenAsync(ClientCredentialsTokenRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        GuardScopes(request.Scopes);
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials"), new("scope", string.Join(',', request.Scopes)) };
        return RequestTokenAsync(form, null, request.App, cancellationToken);
    }

    private async Task<PinterestOAuthToken> RequestTokenAsync(List<KeyValuePair<string, string>> form, string? grantSecret, PinterestAppCredentials? app, CancellationToken cancellationToken)
    {
        var (clientId, clientSecret) = Credentials(app);
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.TokenUrl ?? new Uri(OAuthToken.Path(), UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(form),
        };
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);

        using var response = await PinterestHttp.SendAsync(httpClient, request, OAuthToken, [grantSecret, clientSecret, basic], cancellationToken);
        return await PinterestHttp.ReadAsync(response, PinterestJsonContext.Default.PinterestOAuthToken, OAuthToken, cancellationToken);
    }

    private (string ClientId, string ClientSecret) Credentials(PinterestAppCredentials? app)
    {
        if (app is not null)
        {
            if (string.IsNullOrWhiteSpace(app.ClientId) || string.IsNullOrWhiteSpace(app.ClientSecret))
            {
                throw new ArgumentException("The app's client ID and secret must not be empty.", nameof(app));
            }

            return (app.ClientId, app.ClientSecret);
        }

        var value = options.Value;
        if (string.IsNullOrWhiteSpace(value.ClientId) || string.IsNullOrWhiteSpace(value.ClientSecret))
        {
            throw new InvalidOperationException("Pinterest:ClientId and Pinterest:ClientSecret must be configured to use the OAuth endpoints.");
        }

        return (value.ClientId, value.ClientSecret);
    }

    private static void AddContinuousRefresh(List<KeyValuePair<string, string>> form, bool continuousRefresh)
    {
        if (continuousRefresh)
        {
            form.Add(new("continuous_refresh", "true"));
        }
    }

    private static void GuardScopes(IReadOnlyList<string>? scopes)
    {
        if (scopes is null || scopes.Count == 0 || scopes.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("At least one non-empty scope is required.", nameof(scopes));
        }
    }
}
