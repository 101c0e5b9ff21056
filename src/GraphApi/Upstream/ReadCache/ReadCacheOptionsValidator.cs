using Microsoft.Extensions.Options;

namespace GraphApi.Upstream.ReadCache;

/// <summary>Checks the read cache settings at start-up, even while it is off (so turning it on cannot fail later); each message names its setting.</summary>
internal sealed class ReadCacheOptionsValidator : IValidateOptions<ReadCacheOptions>
{
    // Longer and a change made outside this gateway (the Pinterest app) stays invisible to callers for minutes.
    internal static readonly TimeSpan MaxExpiration = TimeSpan.FromMinutes(5);
    internal const int MaxEntryBytesLimit = 8 * 1024 * 1024;
    internal const long MaxLocalBytesLimit = 4L * 1024 * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, ReadCacheOptions options)
    {
        var failures = new List<string>();
        if (options.Expiration < TimeSpan.FromSeconds(1) || options.Expiration > MaxExpiration)
        {
            failures.Add("ReadCache:Expiration must be between 00:00:01 and 00:05:00.");
        }

        if (options.LocalExpiration < TimeSpan.FromMilliseconds(100) || options.LocalExpiration > options.Expiration)
        {
            failures.Add("ReadCache:LocalExpiration must be at least 00:00:00.1 and at most ReadCache:Expiration.");
        }

        if (options.MaxEntryBytes is < 1024 or > MaxEntryBytesLimit)
        {
            failures.Add($"ReadCache:MaxEntryBytes must be between 1024 and {MaxEntryBytesLimit}.");
        }

        if (options.MaxLocalBytes < options.MaxEntryBytes || options.MaxLocalBytes > MaxLocalBytesLimit)
        {
            failures.Add($"ReadCache:MaxLocalBytes must be at least ReadCache:MaxEntryBytes and at most {MaxLocalBytesLimit}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
