using GraphApi.Pinterest.OAuth;
namespace GraphApi.Upstream;

/// <summary>
/// The gateway's settings of the <c>Pinterest</c> section, in one class: the admin's Pinterest app (App id, App secret
/// key, the scopes users are asked for, the redirect URI registered at Pinterest, <c>https://HOST/integration-callback</c>),
/// how a token refresh behaves when Pinterest or the database fails (docs/durability/tokens.md), and how many Pinterest
/// calls one request may have in flight. The client's own settings of the section (URLs, timeouts, retries) are
/// <see cref="GraphApi.Pinterest.DependencyInjection.PinterestClientOptions"/>: the client is a library and binds them itself.
/// </summary>
public sealed class PinterestOptions
{
    public const string SectionName = "Pinterest";
    public const string DefaultCallbackPath = "/integration-callback";

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Must equal a redirect URI registered on the app. In sandbox mode it defaults to this host's callback path.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Scopes requested on the consent page; by default every scope the organic schema uses.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Origins a <c>returnUrl</c> may point at after the callback; relative paths on this host are always allowed.</summary>
    public List<string> AllowedReturnOrigins { get; set; } = [];

    /// <summary>Refresh an access token this long before it expires.</summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After a failed refresh (token endpoint 5xx, timeout, network error, 429), callers of that link get an error at once for this long instead of another token call.</summary>
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

    /// <summary>
    /// How many Pinterest calls one HTTP request may have in flight at once. Loaders, lists and aliases of one document
    /// can start many calls together; the rest wait. The default (32) lets one page of 25 items that each need a call
    /// (a dashboard's boards and their pins) go out in one wave: with 8, such a page took 4 rounds of upstream latency
    /// instead of 1.
    /// </summary>
    public int MaxConcurrentCallsPerRequest { get; set; } = 32;

    public static IReadOnlyList<string> DefaultScopes { get; } =
    [
        PinterestScopes.UserAccountsRead, PinterestScopes.UserAccountsWrite, PinterestScopes.BoardsRead, PinterestScopes.BoardsReadSecret, PinterestScopes.BoardsWrite, PinterestScopes.BoardsWriteSecret,
        PinterestScopes.PinsRead, PinterestScopes.PinsReadSecret, PinterestScopes.PinsWrite, PinterestScopes.PinsWriteSecret,
        PinterestScopes.AdsRead, PinterestScopes.AdsWrite, PinterestScopes.BillingRead, PinterestScopes.BillingWrite,
        PinterestScopes.CatalogsRead, PinterestScopes.CatalogsWrite, PinterestScopes.BizAccessRead, PinterestScopes.BizAccessWrite,
    ];

    public string CallbackPath => RedirectUri?.AbsolutePath ?? DefaultCallbackPath;

    public IReadOnlyList<string> EffectiveScopes => Scopes.Count > 0 ? Scopes : DefaultScopes;
}
