namespace GraphApi.Cluster;

/// <summary>
/// The <c>Redis</c> section. Empty <see cref="Configuration"/> (the default) means one instance: every piece of shared
/// state stays in the process or the database. Set, every instance pointing at the same Redis (and database) shares
/// rate limits, budgets, refresh single-flight, cache invalidations and the second-level read cache.
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis.internal:6379,password=...,ssl=true</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// Prefix of every key and channel this deployment uses, so several deployments (or test runs) can share one Redis.
    /// Instances of one deployment must use the same prefix.
    /// </summary>
    public string KeyPrefix { get; set; } = "graphapi:";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
