using Microsoft.AspNetCore.Hosting;

namespace GraphApi.Tests.Infrastructure;

/// <summary>
/// Settings for functional fixtures that send hundreds of requests per caller in seconds, or documents built to reach
/// one inner mechanism (the cost walk, the scope walk) past the outer document limits. The gateway's defaults are what
/// the Limits, RateLimiting and Hostile tests exercise; these fixtures say explicitly which limit they lift.
/// </summary>
public static class RelaxedLimits
{
    /// <summary>Per-caller and per-IP request rates and the upstream-call budget, far above what a test run sends.</summary>
    public static (string Key, string Value)[] RateLimits { get; } =
    [
        ("RateLimiting:RequestsPerSecond", "100000"),
        ("RateLimiting:RequestBurst", "100000"),
        ("RateLimiting:UpstreamCallsPerMinute", "1000000"),
        ("RateLimiting:UpstreamCallBurst", "1000000"),
        ("RateLimiting:CallbackRequestsPerMinute", "100000"),
        ("RateLimiting:CallbackBurst", "100000"),

        // Fault tests in shared fixtures make the sandbox answer 429; with the quota check on, that user's later requests
        // in the same category would be refused until the window resets (docs/quota.md). The Quota tests turn it on.
        ("Quota:FailFast", "false"),
    ];

    /// <summary>Document limits (depth, fields, aliases, fragments) lifted, so the cost and scope analyses see the document.</summary>
    public static (string Key, string Value)[] DocumentLimits { get; } =
    [
        ("GraphQL:Limits:MaxDepth", "64"),
        ("GraphQL:Limits:MaxFieldSelections", "100000"),
        ("GraphQL:Limits:MaxFieldsPerResponseName", "1000"),
        ("GraphQL:Limits:MaxAliases", "10000"),
        ("GraphQL:Limits:MaxFragmentSpreads", "10000"),
        ("GraphQL:Limits:MaxFragmentDefinitions", "1000"),
    ];

    public static IWebHostBuilder UseSettings(this IWebHostBuilder builder, IEnumerable<(string Key, string Value)> settings)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        return builder;
    }
}
