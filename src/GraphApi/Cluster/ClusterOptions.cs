namespace GraphApi.Cluster;

/// <summary>
/// The <c>Cluster</c> section: how instances sharing one database and Redis wait for each other. Only used when there can
/// be several instances (Redis configured, or <c>Storage:Provider</c> = Postgres); with SQLite alone nothing waits.
/// </summary>
public sealed class ClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary>
    /// How long a token refresh waits for another instance's refresh of the same connection. Longer than
    /// <c>Pinterest:RefreshTimeout</c> (20 s) by default, so a slow but successful refresh elsewhere is waited for and
    /// reused; past it the caller gets UPSTREAM_UNAVAILABLE with a retryAfter of one second, and no token call is made.
    /// </summary>
    public TimeSpan RefreshLockWait { get; set; } = TimeSpan.FromSeconds(25);
}
