namespace GraphApi.Accounts.Links.Caching;

/// <summary>
/// The in-process cache of callers' decrypted connections, bound from <c>AccountLinkCache</c>. See
/// docs/performance/link-cache.md.
/// </summary>
public sealed class AccountLinkCacheOptions
{
    public const string SectionName = "ConnectionCache";

    /// <summary>Off: every request reads the store and decrypts both tokens, as before the cache.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>At most this many callers' connections (or "not connected" answers) are held; new ones are not cached beyond it.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>
    /// How long an entry is trusted without asking the store. After it, the next request reads only the row's version
    /// and status (no decryption): the bound on how stale a write by another instance can be seen here.
    /// </summary>
    public TimeSpan RevalidateAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>An entry nobody used for this long is dropped, so idle callers' tokens do not linger in memory.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromMinutes(10);
}
