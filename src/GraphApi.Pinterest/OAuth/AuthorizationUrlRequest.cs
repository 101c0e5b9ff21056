namespace GraphApi.Pinterest.OAuth;

/// <summary>What goes into the consent-page URL.</summary>
public sealed record AuthorizationUrlRequest
{
    /// <summary>Must equal a redirect URI registered on the app.</summary>
    public required Uri RedirectUri { get; init; }

    /// <summary>Scopes to ask for (see <see cref="PinterestScopes"/>); sent comma-separated.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>Opaque CSRF/correlation value echoed back on the redirect.</summary>
    public required string State { get; init; }

    /// <summary>The app whose id goes into the URL; null: the configured app.</summary>
    public PinterestAppCredentials? App { get; init; }
}
