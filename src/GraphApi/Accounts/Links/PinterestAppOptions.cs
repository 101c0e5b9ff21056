using GraphApi.Pinterest.OAuth;
namespace GraphApi.Accounts.Links;

/// <summary>
/// The admin's Pinterest app settings, bound from <c>Pinterest</c>: App id, App secret key, the scopes users are
/// asked for, and the redirect URI registered at Pinterest (<c>https://HOST/integration-callback</c>).
/// </summary>
public sealed class PinterestAppOptions
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

    public static IReadOnlyList<string> DefaultScopes { get; } =
    [
        PinterestScopes.UserAccountsRead, PinterestScopes.UserAccountsWrite, PinterestScopes.BoardsRead, PinterestScopes.BoardsReadSecret, PinterestScopes.BoardsWrite, PinterestScopes.BoardsWriteSecret,
        PinterestScopes.PinsRead, PinterestScopes.PinsReadSecret, PinterestScopes.PinsWrite, PinterestScopes.PinsWriteSecret,
    ];

    public string CallbackPath => RedirectUri?.AbsolutePath ?? DefaultCallbackPath;

    public IReadOnlyList<string> EffectiveScopes => Scopes.Count > 0 ? Scopes : DefaultScopes;
}
