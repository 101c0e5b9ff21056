using Microsoft.Extensions.Options;

namespace GraphApi.Connections;

/// <summary>
/// Where the callback may send the browser back to: a path on this host, or a configured origin. Anything else
/// would make the gateway an open redirect.
/// </summary>
internal sealed class ReturnUrlPolicy(IOptions<PinterestAppOptions> options)
{
    public bool IsAllowed(string? returnUrl, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(returnUrl))
        {
            problem = "returnUrl is required: the page to come back to after Pinterest's consent page.";
            return false;
        }

        // "/path" on this host; "//evil.example" and "/\evil.example" are protocol-relative to browsers.
        if (returnUrl[0] == '/')
        {
            if (returnUrl.Length > 1 && (returnUrl[1] == '/' || returnUrl[1] == '\\'))
            {
                problem = $"returnUrl '{returnUrl}' is not allowed: use a path on this host or a configured origin.";
                return false;
            }

            return true;
        }

        if (Uri.TryCreate(returnUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            var origin = uri.GetLeftPart(UriPartial.Authority);
            if (options.Value.AllowedReturnOrigins.Any(allowed => string.Equals(allowed.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        problem = $"returnUrl '{returnUrl}' is not allowed: use a path on this host or an origin listed in Pinterest:AllowedReturnOrigins.";
        return false;
    }
}
