using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Http;

/// <summary>Absolute URLs for media, built from the request so they work behind any host name or port.</summary>
internal static class SandboxUrls
{
    public static string Root(HttpRequest request, SandboxOptions options) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{options.PathBase}";
}
