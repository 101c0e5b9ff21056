namespace GraphApi.Accounts.Links;

/// <summary>
/// How a token refresh behaves when Pinterest or the database fails, bound from <c>Pinterest</c> (beside the app
/// settings). See docs/durability/tokens.md.
/// </summary>
public sealed class TokenRefreshOptions
{
    /// <summary>After a failed refresh (token endpoint 5xx, timeout, network error, 429), callers of that connection get an error at once for this long instead of another token call.</summary>
    public TimeSpan RefreshFailureCooldown { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The shared refresh attempt's own limit for the token call; no caller's cancellation ends it.</summary>
    public TimeSpan RefreshTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Attempts of the database write after a refresh before the tokens are kept in memory and written in the background.</summary>
    public int TokenWriteAttempts { get; set; } = 3;

    /// <summary>How long one write attempt waits for a locked SQLite database (whole seconds).</summary>
    public TimeSpan TokenWriteBusyTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Pause after the first failed write attempt; it doubles for each later one.</summary>
    public TimeSpan TokenWriteRetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest pause between background attempts to write tokens that are held in memory only.</summary>
    public TimeSpan TokenWriteBackgroundMaxDelay { get; set; } = TimeSpan.FromMinutes(1);
}
