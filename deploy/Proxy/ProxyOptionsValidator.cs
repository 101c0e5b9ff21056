using Microsoft.Extensions.Options;

namespace GraphApi.Proxy;

/// <summary>Refuses a proxy with nowhere to send requests, or a destination that is not a plain origin.</summary>
internal sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var failures = new List<string>();
        if (options.Destinations.Count == 0)
        {
            failures.Add("Proxy:Destinations needs at least one gateway origin, e.g. --Proxy:Destinations:0 http://127.0.0.1:5001.");
        }

        for (var i = 0; i < options.Destinations.Count; i++)
        {
            // Named by index only: an origin may carry user info, which is never echoed.
            if (!Uri.TryCreate(options.Destinations[i], UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || uri.UserInfo.Length > 0
                || uri.PathAndQuery != "/")
            {
                failures.Add($"Proxy:Destinations:{i} must be an http(s) origin without a path, e.g. http://127.0.0.1:5001.");
            }
        }

        if (!options.HealthCheckPath.StartsWith('/'))
        {
            failures.Add("Proxy:HealthCheckPath must be a path starting with '/', e.g. /health/ready.");
        }

        if (options.HealthCheckInterval < TimeSpan.FromMilliseconds(100) || options.HealthCheckInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add("Proxy:HealthCheckInterval must be between 00:00:00.1 and 00:05:00.");
        }

        if (options.ReactivationPeriod < TimeSpan.FromMilliseconds(100) || options.ReactivationPeriod > TimeSpan.FromMinutes(10))
        {
            failures.Add("Proxy:ReactivationPeriod must be between 00:00:00.1 and 00:10:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
