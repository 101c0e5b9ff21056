using GraphApi.Features.Gateway;
using GraphApi.Pinterest.OAuth;
using Microsoft.Extensions.Options;

namespace GraphApi.Upstream;

/// <summary>Checks the gateway's <c>Pinterest</c> settings at start-up; each message names its setting and none echoes the secret.</summary>
internal sealed class PinterestOptionsValidator(GatewayInfo gateway) : IValidateOptions<PinterestOptions>
{
    public ValidateOptionsResult Validate(string? name, PinterestOptions options)
    {
        var failures = new List<string>();
        var unknown = options.Scopes.Where(s => !PinterestScopes.IsKnown(s)).ToList();
        if (unknown.Count > 0)
        {
            failures.Add($"Pinterest:Scopes has unknown scopes: {string.Join(", ", unknown)}. Known: {string.Join(", ", PinterestScopes.All)}.");
        }

        if (options.RefreshMargin < TimeSpan.Zero || options.RefreshMargin > TimeSpan.FromDays(7))
        {
            failures.Add("Pinterest:RefreshMargin must be between 0 and 7 days.");
        }

        foreach (var origin in options.AllowedReturnOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query))
            {
                failures.Add($"Pinterest:AllowedReturnOrigins: '{origin}' is not an origin (scheme://host[:port]).");
            }
        }

        if (options.RedirectUri is { } redirect && (!redirect.IsAbsoluteUri || (redirect.Scheme != Uri.UriSchemeHttps && !redirect.IsLoopback)))
        {
            failures.Add("Pinterest:RedirectUri must be an absolute https URL (http only for localhost), e.g. https://gateway.example.com/integration-callback.");
        }

        if (gateway.Upstream == UpstreamMode.Pinterest && options.RedirectUri is null)
        {
            failures.Add("Pinterest:RedirectUri is required with real Pinterest credentials: the redirect URI registered on the Pinterest app, e.g. https://gateway.example.com/integration-callback.");
        }

        if (options.RefreshFailureCooldown < TimeSpan.FromSeconds(1) || options.RefreshFailureCooldown > TimeSpan.FromMinutes(15))
        {
            failures.Add("Pinterest:RefreshFailureCooldown must be between 1 second and 15 minutes (e.g. 00:00:30).");
        }

        if (options.RefreshTimeout < TimeSpan.FromSeconds(1) || options.RefreshTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add("Pinterest:RefreshTimeout must be between 1 second and 5 minutes (e.g. 00:00:20).");
        }

        if (options.TokenWriteAttempts is < 1 or > 10)
        {
            failures.Add("Pinterest:TokenWriteAttempts must be between 1 and 10.");
        }

        // SQLite's busy wait is the command timeout, which ADO.NET counts in whole seconds.
        if (options.TokenWriteBusyTimeout < TimeSpan.FromSeconds(1) || options.TokenWriteBusyTimeout > TimeSpan.FromSeconds(30) ||
            options.TokenWriteBusyTimeout.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            failures.Add("Pinterest:TokenWriteBusyTimeout must be a whole number of seconds between 1 and 30 (e.g. 00:00:01).");
        }

        if (options.TokenWriteRetryDelay < TimeSpan.Zero || options.TokenWriteRetryDelay > TimeSpan.FromSeconds(10))
        {
            failures.Add("Pinterest:TokenWriteRetryDelay must be between 0 and 10 seconds.");
        }

        if (options.TokenWriteBackgroundMaxDelay < TimeSpan.FromSeconds(1) || options.TokenWriteBackgroundMaxDelay > TimeSpan.FromHours(1))
        {
            failures.Add("Pinterest:TokenWriteBackgroundMaxDelay must be between 1 second and 1 hour.");
        }

        if (options.MaxConcurrentCallsPerRequest is < 1 or > 256)
        {
            failures.Add("Pinterest:MaxConcurrentCallsPerRequest must be between 1 and 256.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
