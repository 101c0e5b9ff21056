namespace GraphApi.Accounts.Connect;

/// <summary>
/// Where the browser is sent for consent. With none registered, to the authorization URL exactly as the OAuth flow
/// builds it (Pinterest's own page); a consent page mounted in this host registers one that moves the URL onto the
/// origin the browser already uses.
/// </summary>
internal interface IAuthorizationUrlOrigin
{
    Uri ForBrowser(Uri authorizationUrl, HttpRequest request);
}
