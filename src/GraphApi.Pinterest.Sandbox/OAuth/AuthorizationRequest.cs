using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.Extensions.Primitives;

namespace GraphApi.Pinterest.Sandbox.OAuth;

/// <summary>The query (GET) or form (POST) parameters of the consent page.</summary>
internal sealed record AuthorizationRequest(string ClientId, string RedirectUri, string ResponseType, IReadOnlyList<string> Scopes, string? State)
{
    public static AuthorizationRequest From(Func<string, StringValues> read) => new(
        read("client_id").ToString(),
        read("redirect_uri").ToString(),
        read("response_type").ToString(),
        SandboxScopes.Parse(read("scope").ToString()),
        read("state").ToString() is { Length: > 0 } state ? state : null);

    /// <summary>Problems that make redirecting back unsafe; shown on the page instead, as OAuth requires.</summary>
    public string? Problem(SandboxOptions options)
    {
        if (!options.KnownApps.Any(app => string.Equals(ClientId, app.ClientId, StringComparison.Ordinal)))
        {
            return $"Unknown client_id '{ClientId}'. The sandbox app id is '{options.ClientId}'.";
        }

        if (!Uri.TryCreate(RedirectUri, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "redirect_uri must be an absolute http or https URL.";
        }

        if (!string.Equals(ResponseType, "code", StringComparison.Ordinal))
        {
            return "response_type must be 'code'.";
        }

        return Scopes.Count == 0 ? "scope must list at least one scope (comma-separated)." : null;
    }
}
