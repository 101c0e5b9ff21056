using GraphApi.Accounts.Links;
using GraphApi.Admin.Integration;
using GraphApi.Execution.Errors;
using GraphApi.Storage;
namespace GraphApi.Accounts.Connect;

/// <summary>The end of a completion: the linked link, or a stable code and a message for people.</summary>
internal sealed record CompletionOutcome(PinterestAccountLink? Link, string? Code, string? Message)
{
    public static CompletionOutcome Fail(string code, string message) => new(null, code, message);
}

/// <summary>
/// The last step of connecting: the caller who started the flow, proven by their own credentials, turns a pending
/// completion into a stored link. The code is exchanged only here, after the caller check, so a consent given
/// to someone else's link never produces tokens at all.
/// </summary>
internal sealed partial class ConnectCompletion(
    IPendingCompletionStore pending,
    IPinterestOAuthFlow oauth,
    IAccountLinkStore connections,
    ITenantApps tenantApps,
    TimeProvider time,
    ILogger<ConnectCompletion> logger)
{
    /// <summary>How long the code exchange and the save may take once the completion is taken, whatever the caller does.</summary>
    internal static readonly TimeSpan FinishTimeout = TimeSpan.FromSeconds(60);

    public async Task<CompletionOutcome> CompleteAsync(AccountLinkKey caller, string? completionId, CancellationToken cancellationToken)
    {
        PendingCompletion? taken;
        try
        {
            taken = CompletionId.IsWellFormed(completionId)
                ? await pending.TakeAsync(CompletionId.Hash(completionId!), cancellationToken)
                : null;
        }
        catch (Exception ex) when (StorageFailure.IsUnavailable(ex))
        {
            // Nothing was taken (the DELETE did not run or did not commit): the same completion works on a retry.
            LogStorageFailed(logger, "taking the completion", StorageFailure.Describe(ex), caller.TenantId, caller.UserId);
            return CompletionOutcome.Fail(
                ErrorCodes.StorageUnavailable,
                "The gateway's storage is busy, so the connection was not completed yet: retry with the same completion in a few seconds.");
        }

        if (taken is null)
        {
            LogRefused(logger, "unknown or already used completion", caller.TenantId, caller.UserId);
            return CompletionOutcome.Fail(
                ErrorCodes.ConnectCompletionNotFound,
                "This Pinterest connection cannot be completed: the completion is unknown, was already used, or expired. Connect again from the app.");
        }

        // Taken means destroyed: whatever is decided below, nobody can use this completion again.
        if (time.GetUtcNow() > taken.ExpiresAt)
        {
            LogRefused(logger, "expired completion", caller.TenantId, caller.UserId);
            return CompletionOutcome.Fail(
                ErrorCodes.ConnectCompletionExpired,
                $"This Pinterest connection was not completed within {PendingCompletion.Lifetime.TotalMinutes:0} minutes of consent. Connect again from the app.");
        }

        if (taken.Caller != caller)
        {
            LogMismatch(logger, taken.Caller.TenantId, taken.Caller.UserId, caller.TenantId, caller.UserId);
            return CompletionOutcome.Fail(
                ErrorCodes.ConnectCallerMismatch,
                "This Pinterest consent belongs to a connect link someone else started, so it was discarded and nothing was connected. "
                + "If you meant to connect your own Pinterest account, start again from the app.");
        }

        // The pending completion is gone and the code is single-use: once the exchange starts it must finish and be
        // stored even if the caller disconnects, or the user's consent is lost. Its own deadline bounds it instead.
        using var finish = new CancellationTokenSource(FinishTimeout);
        PinterestTokenSet tokens;
        try
        {
            // The tenant's app now: a code is redeemed by the app that asked for it, which is this one unless an admin
            // changed the client ID in the last few minutes (then Pinterest refuses and the user connects again).
            var app = (await tenantApps.GetAsync(caller.TenantId, finish.Token)).RequireCredentials();
            tokens = await oauth.ExchangeCodeAsync(app, taken.Code, taken.RedirectUri, finish.Token);
        }
        catch (PinterestNotConfiguredException ex)
        {
            LogRefused(logger, "integration not configured", caller.TenantId, caller.UserId);
            return CompletionOutcome.Fail(ErrorCodes.NotConfigured, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception type is enough to investigate; the code itself is never logged.
            LogExchangeFailed(logger, ex.GetType().Name, caller.TenantId, caller.UserId);
            return CompletionOutcome.Fail(
                ErrorCodes.ConnectExchangeFailed,
                "Pinterest did not accept the authorization (it may have expired): connect again from the app.");
        }

        PinterestAccountLink link;
        try
        {
            link = await connections.SaveAsync(caller, tokens, finish.Token);
        }
        catch (Exception ex) when (StorageFailure.IsUnavailable(ex))
        {
            // The code is spent and the completion taken, so a retry of this completion cannot work: the user
            // consents again. The tokens are dropped, never logged; the unused grant lapses at Pinterest.
            LogStorageFailed(logger, "saving the connection", StorageFailure.Describe(ex), caller.TenantId, caller.UserId);
            return CompletionOutcome.Fail(
                ErrorCodes.StorageUnavailable,
                "Pinterest approved the connection, but the gateway's storage is busy and could not save it: connect again from the app in a few seconds.");
        }

        LogConnected(logger, caller.TenantId, caller.UserId, string.Join(' ', tokens.Scopes.Order(StringComparer.Ordinal)));
        return new CompletionOutcome(link, null, null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pinterest connect completion refused ({Reason}) for tenant '{TenantId}' user '{UserId}'")]
    private static partial void LogRefused(ILogger logger, string reason, string tenantId, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pinterest connect completion refused: the flow was started by tenant '{StartedTenantId}' user '{StartedUserId}' but completed by tenant '{TenantId}' user '{UserId}'; the consent was discarded")]
    private static partial void LogMismatch(ILogger logger, string startedTenantId, string startedUserId, string tenantId, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pinterest connected for tenant '{TenantId}' user '{UserId}' with scopes {Scopes}")]
    private static partial void LogConnected(ILogger logger, string tenantId, string userId, string scopes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pinterest connect completion failed while {Step}: storage unavailable ({Failure}) for tenant '{TenantId}' user '{UserId}'")]
    private static partial void LogStorageFailed(ILogger logger, string step, string failure, string tenantId, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pinterest code exchange failed ({ExceptionType}) for tenant '{TenantId}' user '{UserId}'")]
    private static partial void LogExchangeFailed(ILogger logger, string exceptionType, string tenantId, string userId);
}
