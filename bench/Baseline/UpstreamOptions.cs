using System.ComponentModel.DataAnnotations;

namespace GraphApi.Bench.Baseline;

/// <summary>The Pinterest-compatible upstream the baseline calls, with one fixed bearer token (section <c>Upstream</c>).</summary>
public sealed class UpstreamOptions : IValidatableObject
{
    public const string SectionName = "Upstream";

    /// <summary>Base URL including the version prefix, e.g. http://127.0.0.1:5180/v5.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The bearer token sent on every call (the static upstream's is <c>bench-access-token</c>).</summary>
    public string? AccessToken { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is not { IsAbsoluteUri: true } || (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("Upstream:BaseUrl is required: an absolute http(s) URL such as http://127.0.0.1:5180/v5.", [nameof(BaseUrl)]);
        }

        // The value itself is never echoed.
        if (string.IsNullOrWhiteSpace(AccessToken))
        {
            yield return new ValidationResult("Upstream:AccessToken is required: the bearer token the upstream accepts.", [nameof(AccessToken)]);
        }
    }
}
