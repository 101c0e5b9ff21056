using System.ComponentModel.DataAnnotations;

namespace GraphApi.Pinterest.DependencyInjection;

/// <summary>
/// Where the client talks to and how patient it is. Bound from the <c>Pinterest</c> configuration section;
/// the URLs are configuration so the same client runs against Pinterest, the embedded sandbox or any
/// Pinterest-compatible server.
/// </summary>
public sealed class PinterestClientOptions : IValidatableObject
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Pinterest";

    /// <summary>Base URL of the REST API, including the version prefix.</summary>
    [Required(ErrorMessage = "Pinterest:ApiBaseUrl is required (e.g. https://api.pinterest.com/v5).")]
    public Uri ApiBaseUrl { get; set; } = new("https://api.pinterest.com/v5");

    /// <summary>The OAuth consent page that users are sent to.</summary>
    [Required(ErrorMessage = "Pinterest:AuthorizationUrl is required (e.g. https://www.pinterest.com/oauth/).")]
    public Uri AuthorizationUrl { get; set; } = new("https://www.pinterest.com/oauth/");

    /// <summary>The OAuth token endpoint; when null, <c>oauth/token</c> under <see cref="ApiBaseUrl"/> (Pinterest's own layout).</summary>
    public Uri? TokenUrl { get; set; }

    /// <summary>The app id (OAuth <c>client_id</c>); needed only for the OAuth client.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app secret; sent only as HTTP Basic credentials to the token endpoint.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Upper bound for one call including its retries.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound for one attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of idempotent reads (GET) after a transient failure; 0 disables retries. Writes are never retried.</summary>
    [Range(0, 5, ErrorMessage = "Pinterest:MaxRetries must be between 0 and 5.")]
    public int MaxRetries { get; set; } = 2;

    /// <summary>First back-off delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>A 429 is retried only when Pinterest's wait hint fits within this budget.</summary>
    public TimeSpan RateLimitWaitBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Open connections to one upstream host, for the whole process: calls beyond it wait in the connection pool's
    /// queue instead of opening sockets, so no burst of calls can exhaust file descriptors.
    /// </summary>
    [Range(1, 10_000, ErrorMessage = "Pinterest:MaxConnectionsPerServer must be between 1 and 10000.")]
    public int MaxConnectionsPerServer { get; set; } = 64;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, url) in new[] { (nameof(ApiBaseUrl), ApiBaseUrl), (nameof(AuthorizationUrl), AuthorizationUrl), (nameof(TokenUrl), TokenUrl) })
        {
            if (url is not null && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
            {
                yield return new ValidationResult($"Pinterest:{name} must be an absolute http(s) URL.", [name]);
            }
        }

        if (Timeout < TimeSpan.FromSeconds(1) || AttemptTimeout < TimeSpan.FromMilliseconds(100) || AttemptTimeout > Timeout)
        {
            yield return new ValidationResult("Pinterest:Timeout must be at least 1 s and Pinterest:AttemptTimeout between 100 ms and Timeout.", [nameof(Timeout), nameof(AttemptTimeout)]);
        }

        if (RetryBaseDelay < TimeSpan.Zero || RateLimitWaitBudget < TimeSpan.Zero)
        {
            yield return new ValidationResult("Pinterest:RetryBaseDelay and Pinterest:RateLimitWaitBudget cannot be negative.", [nameof(RetryBaseDelay), nameof(RateLimitWaitBudget)]);
        }
    }
}
