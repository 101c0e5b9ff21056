using GraphApi.Gateway;
using Microsoft.Extensions.Options;

namespace GraphApi.Connections;

/// <summary>
/// Connecting a caller's Pinterest account: the authorization URL with a sealed, single-use, caller-bound state,
/// then the callback that checks the state, exchanges the code and stores the tokens.
/// </summary>
internal sealed partial class PinterestConnectFlow(
    IPinterestOAuthFlow oauth,
    OAuthStateProtector states,
    IConsumedStateStore consumed,
    IPinterestConnectionStore connections,
    ReturnUrlPolicy returnUrls,
    IOptions<PinterestAppOptions> options,
    GatewayInfo gateway,
    ILogger<PinterestConnectFlow> logger)
{
    public (Uri? AuthorizationUrl, DateTimeOffset ExpiresAt, string? Problem) Begin(ConnectionKey caller, string? returnUrl, HttpRequest request)
    {
        if (!returnUrls.IsAllowed(returnUrl, out var problem))
        {
            return (null, default, problem);
        }

        var state = states.Create(caller, returnUrl!);
        var url = oauth.BuildAuthorizationUrl(RedirectUri(request), options.Value.EffectiveScopes, states.Protect(state));
        return (gateway.Upstream == UpstreamMode.Sandbox ? OnRequestOrigin(url, request) : url, state.ExpiresAt, null);
    }

    public async Task<ConnectResult> CompleteAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (state, problem) = states.Unprotect(request.Query["state"]);
        if (state is null)
        {
            LogRefused(logger, problem!);
            return ConnectResult.Error(problem!);
        }

        if (!await consumed.TryConsumeAsync(state.Nonce, state.ExpiresAt, cancellationToken))
        {
            LogRefused(logger, "replayed state");
            return ConnectResult.Error("This connect link was already used: start again from the app.");
        }

        if (request.Query["error"] is { Count: > 0 } error)
        {
            // Denied consent (error=access_denied) or another Pinterest-side refusal: nothing is stored.
            return ConnectResult.Redirect(state.ReturnUrl, "error", error.ToString());
        }

        var code = request.Query["code"].ToString();
        if (string.IsNullOrEmpty(code))
        {
            return ConnectResult.Redirect(state.ReturnUrl, "error", "missing_code");
        }

        try
        {
            var tokens = await oauth.ExchangeCodeAsync(code, RedirectUri(request), cancellationToken);
            await connections.SaveAsync(state.Key, tokens, cancellationToken);
            LogConnected(logger, state.TenantId, state.UserId, string.Join(' ', tokens.Scopes.Order(StringComparer.Ordinal)));
            return ConnectResult.Redirect(state.ReturnUrl, "connected");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception type and Pinterest's request id are enough to investigate; the code itself is never logged.
            LogExchangeFailed(logger, ex.GetType().Name, state.TenantId, state.UserId);
            return ConnectResult.Redirect(state.ReturnUrl, "error", "token_exchange_failed");
        }
    }

    /// <summary>
    /// The sandbox's consent page is mounted in this gateway: send the browser to it on the origin the browser
    /// already uses, whatever address the server-side client calls it on.
    /// </summary>
    private static Uri OnRequestOrigin(Uri url, HttpRequest request) =>
        new UriBuilder(url) { Scheme = request.Scheme, Host = request.Host.Host, Port = request.Host.Port ?? (request.IsHttps ? 443 : 80) }.Uri;

    /// <summary>The configured redirect URI, or in sandbox mode this host's callback path.</summary>
    public Uri RedirectUri(HttpRequest request) =>
        options.Value.RedirectUri ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{options.Value.CallbackPath}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pinterest callback refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pinterest connected for tenant '{TenantId}' user '{UserId}' with scopes {Scopes}")]
    private static partial void LogConnected(ILogger logger, string tenantId, string userId, string scopes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pinterest code exchange failed ({ExceptionType}) for tenant '{TenantId}' user '{UserId}'")]
    private static partial void LogExchangeFailed(ILogger logger, string exceptionType, string tenantId, string userId);
}
