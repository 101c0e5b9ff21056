using GraphApi.Features.Gateway;
using GraphApi.Pinterest.OAuth;
using GraphApi.Upstream;
using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Links;

/// <summary>Checks the Pinterest app settings at start-up; messages name the setting and never echo the secret.</summary>
internal sealed class PinterestAppOptionsValidator(GatewayInfo gateway) : IValidateOptions<PinterestAppOptions>
{
    public ValidateOptionsResult Validate(string? name, PinterestAppOptions options)
    {
        var failures = new List<string>();
        var unknown = options.Scopes.Where(s => !PinterestScopes.IsKnown(s)).ToList();
        if (unknown.Count > 0)
        {
            failures.Add($"Pinterest:Scopes has unknown scopes: {string.Join(", ", unknown)}. Known: {string.Join(", ", PinterestScopes.All)}.");
        }

        if (options.RefreshMargin < TimeSpan.Zero || options.RefreshMargin > TimeSpan.FromDays(7))
        {
            failures.Add("Pinterest:RefreshMargin must be between 0 and 7 days.");
        }

        foreach (var origin in options.AllowedReturnOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query))
            {
                failures.Add($"Pinterest:AllowedReturnOrigins: '{origin}' is not an origin (scheme://host[:port]).");
            }
        }

        if (options.RedirectUri is { } redirect && (!redirect.IsAbsoluteUri || (redirect.Scheme != Uri.UriSchemeHttps && !redirect.IsLoopback)))
        {
            failures.Add("Pinterest:RedirectUri must be an absolute https URL (http only for localhost), e.g. https://gateway.example.com/integration-callback.");
        }

        if (gateway.Upstream == UpstreamMode.Pinterest && options.RedirectUri is null)
        {
            failures.Add("Pinterest:RedirectUri is required with real Pinterest credentials: the redirect URI registered on the Pinterest app, e.g. https://gateway.example.com/integration-callback.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
