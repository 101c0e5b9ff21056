namespace GraphApi.Accounts.Links;

/// <summary>Pinterest refused the refresh token (400/401 on refresh): the user must consent again.</summary>
public sealed class PinterestRefreshRejectedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The caller has no Pinterest account link.</summary>
public sealed class PinterestNotConnectedException() : Exception("No Pinterest account is connected for this caller.");

/// <summary>
/// The caller's tenant has no usable Pinterest app (its integration is disabled, or has no client ID and secret): no
/// Pinterest call is made for it. Connections are kept; they work again once an admin enables the integration.
/// </summary>
public sealed class PinterestNotConfiguredException(string message) : Exception(message);

/// <summary>The caller's link needs a new consent.</summary>
public sealed class PinterestReconnectRequiredException() : Exception("The Pinterest connection must be connected again.");

/// <summary>
/// The link's token refresh failed moments ago (token endpoint unavailable or rate limited) and is cooling
/// down: no new token call is made until <see cref="RetryAfter"/> has passed.
/// </summary>
public sealed class PinterestRefreshUnavailableException(bool rateLimited, TimeSpan retryAfter, Exception? inner = null)
    : Exception(rateLimited ? "Pinterest's token endpoint is rate limiting this app: retry later." : "Pinterest's token endpoint is unavailable: retry later.", inner)
{
    /// <summary>True when the failed attempt was answered 429.</summary>
    public bool RateLimited { get; } = rateLimited;

    /// <summary>What is left of the cool-down when this was thrown.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
