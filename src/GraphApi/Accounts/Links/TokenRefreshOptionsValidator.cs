using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Links;

/// <summary>Checks the refresh durability settings at start-up; each message names its setting.</summary>
internal sealed class TokenRefreshOptionsValidator : IValidateOptions<TokenRefreshOptions>
{
    public ValidateOptionsResult Validate(string? name, TokenRefreshOptions options)
    {
        var failures = new List<string>();
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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
