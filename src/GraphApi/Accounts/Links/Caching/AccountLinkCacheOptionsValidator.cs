using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Links.Caching;

/// <summary>Checks the link cache settings at start-up; each message names its setting.</summary>
internal sealed class AccountLinkCacheOptionsValidator : IValidateOptions<AccountLinkCacheOptions>
{
    internal const int MaxEntriesLimit = 1_000_000;
    internal static readonly TimeSpan MaxRevalidateAfter = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, AccountLinkCacheOptions options)
    {
        var failures = new List<string>();
        if (options.MaxEntries is < 1 or > MaxEntriesLimit)
        {
            failures.Add($"ConnectionCache:MaxEntries must be between 1 and {MaxEntriesLimit} (set ConnectionCache:Enabled to false to turn the cache off).");
        }

        // Longer would let a disconnect or a token change on another instance go unnoticed here for minutes.
        if (options.RevalidateAfter < TimeSpan.Zero || options.RevalidateAfter > MaxRevalidateAfter)
        {
            failures.Add("ConnectionCache:RevalidateAfter must be between 00:00:00 and 00:05:00.");
        }

        if (options.IdleExpiry < TimeSpan.FromSeconds(1) || options.IdleExpiry > TimeSpan.FromDays(1))
        {
            failures.Add("ConnectionCache:IdleExpiry must be between 00:00:01 and 1.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
