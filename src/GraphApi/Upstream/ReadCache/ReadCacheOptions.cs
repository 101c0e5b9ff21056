namespace GraphApi.Upstream.ReadCache;

/// <summary>
/// The <c>ReadCache</c> section: short-lived caching of successful Pinterest GET answers per caller, link version and
/// scopes (docs/scale-out/read-cache.md). Off by default: a cached answer can be up to <see cref="Expiration"/> older
/// than Pinterest's own data when it was changed outside this gateway (the Pinterest app, another tool).
/// </summary>
public sealed class ReadCacheOptions
{
    public const string SectionName = "ReadCache";

    public bool Enabled { get; set; }

    /// <summary>How long an answer is kept at all (in Redis, and the upper bound of <see cref="LocalExpiration"/>).</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an answer is kept in this process's memory (L1). With Redis, also the longest another instance's
    /// write can go unseen here when its invalidation message is lost (a Redis disconnect).</summary>
    public TimeSpan LocalExpiration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Answers with a larger body are not cached (they are still answered).</summary>
    public int MaxEntryBytes { get; set; } = 256 * 1024;

    /// <summary>The memory (L1) budget of this process's cached answers; past it new answers are not kept in memory.</summary>
    public long MaxLocalBytes { get; set; } = 64L * 1024 * 1024;
}
