using GraphApi.Accounts.Links;
using GraphApi.Admin.Integration;
using GraphApi.Storage;
using GraphApi.Upstream;
using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Connect;

/// <summary>
/// Connecting a caller's Pinterest account: the authorization URL with a sealed, single-use, caller-bound state,
/// then the callback that checks the state and records a pending completion. The callback links nothing: the
/// browser that arrives there may not be the caller's (a connect link can be forwarded), so the caller finishes
/// with their own credentials (<see cref="ConnectCompletion"/>).
/// </summary>
internal sealed partial class PinterestConnectFlow(
    IPinterestOAuthFlow oauth,
    OAuthStateProtector states,
    IConsumedStateStore consumed,
    IPendingCompletionStore pending,
    ReturnUrlPolicy returnUrls,
    IOptions<PinterestOptions> options,
    ITenantApps tenantApps,
    TimeProvider time,
    ILogger<PinterestConnectFlow> logger,
    IAuthorizationUrlOrigin? authorizationUrlOrigin = null)
{
    /// <summary>Authorization codes are short tokens; a longer value is not one and is not stored.</summary>
    private const int MaxCodeLength = 512;

    /// <summary>
    /// The consent page URL for the caller's tenant's app (its client ID and scopes). Throws
    /// <see cref="PinterestNotConfiguredException"/> when the tenant's integration is disabled or incomplete.
    /// </summary>
    public async Task<(Uri? AuthorizationUrl, DateTimeOffset ExpiresAt, string? Problem)> BeginAsync(
        AccountLinkKey caller, string? returnUrl, HttpRequest request, CancellationToken cancellationToken)
    {
        // Checked here so a bad URL never reaches Pinterest, and again at the callback.
        if (!returnUrls.TryParse(returnUrl, out var safe, out var problem))
        {
            return (null, default, problem);
        }

        var app = await tenantApps.GetAsync(caller.TenantId, cancellationToken);
        var credentials = app.RequireCredentials();
        var state = states.Create(caller, safe!.ToString());
        var url = oauth.BuildAuthorizationUrl(credentials, RedirectUri(request), app.Scopes, states.Protect(state));
        return (authorizationUrlOrigin?.ForBrowser(url, request) ?? url, state.ExpiresAt, null);
    }

    public async Task<ConnectResult> CallbackAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await HandleCallbackAsync(request, cancellationToken);
        }
        catch (Exception ex) when (StorageFailure.IsUnavailable(ex))
        {
            // The state may or may not have been consumed; the pending completion was not stored. A reload works in
            // the first case, a new connect from the app always does.
            LogStorageFailed(logger, StorageFailure.Describe(ex));
            return ConnectResult.Unavailable(
                "The gateway could not save this step because its storage is busy. Reload this page in a few seconds, or start the connection again from the app.");
        }
    }

    private async Task<ConnectResult> HandleCallbackAsync(HttpRequest request, CancellationToken cancellationToken)
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

        // The allowed origins may have changed since the flow began: check again, and redirect only to the parsed form.
        if (!returnUrls.TryParse(state.ReturnUrl, out var returnUrl, out _))
        {
            LogRefused(logger, "return URL no longer allowed");
            return ConnectResult.Error("The page to return to is no longer allowed by this gateway's settings.");
        }

        if (request.Query["error"] is { Count: > 0 } error)
        {
            // Denied consent (error=access_denied) or another Pinterest-side refusal: nothing is stored.
            return ConnectResult.Failed(returnUrl!, Reason(error.ToString()));
        }

        var code = request.Query["code"].ToString();
        if (string.IsNullOrEmpty(code) || code.Length > MaxCodeLength)
        {
            return ConnectResult.Failed(returnUrl!, "missing_code");
        }

        var id = CompletionId.New();
        var now = time.GetUtcNow();
        await pending.AddAsync(new PendingCompletion(CompletionId.Hash(id), state.Key, code, RedirectUri(request), now, now + PendingCompletion.Lifetime), cancellationToken);
        LogPending(logger, state.TenantId, state.UserId);
        return ConnectResult.Pending(returnUrl!, id);
    }

    /// <summary>Pinterest's error codes are short snake_case words; anything else (a crafted callback) becomes a generic reason.</summary>
    private static string Reason(string error) =>
        error.Length is > 0 and <= 64 && error.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_') ? error : "pinterest_error";

    /// <summary>The configured redirect URI, or in sandbox mode this host's callback path.</summary>
    public Uri RedirectUri(HttpRequest request) =>
        options.Value.RedirectUri ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{options.Value.CallbackPath}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pinterest callback not completed: storage unavailable ({Failure}); answered 503")]
    private static partial void LogStorageFailed(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pinterest callback refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pinterest consent returned for tenant '{TenantId}' user '{UserId}': waiting for that caller to complete")]
    private static partial void LogPending(ILogger logger, string tenantId, string userId);
}
