using GraphApi.Accounts.Connect;

namespace GraphApi.Sandbox;

/// <summary>
/// The sandbox's consent page is mounted in this gateway: the browser is sent to it on the origin the browser
/// already uses, whatever address the server-side client calls it on.
/// </summary>
internal sealed class SandboxConsentPageOrigin : IAuthorizationUrlOrigin
{
    public Uri ForBrowser(Uri authorizationUrl, HttpRequest request) =>
        new UriBuilder(authorizationUrl) { Scheme = request.Scheme, Host = request.Host.Host, Port = request.Host.Port ?? (request.IsHttps ? 443 : 80) }.Uri;
}
