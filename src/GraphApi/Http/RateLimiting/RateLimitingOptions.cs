using System.ComponentModel.DataAnnotations;

namespace GraphApi.Http.RateLimiting;

/// <summary>
/// Per-caller budgets (bound from <c>RateLimiting</c>). A caller is tenant + <c>sub</c> of a valid JWT; requests
/// without one are counted per client IP. Two token buckets per caller: HTTP requests, and the upstream calls the
/// cost analysis estimates before execution. The OAuth callback (anonymous by nature) has its own per-IP bucket.
/// </summary>
public sealed class RateLimitingOptions : IValidatableObject
{
    public const string SectionName = "RateLimiting";

    /// <summary>Off only for load tests behind another limiter; every budget below is enforced when on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Sustained requests per second per caller on <c>/graphql</c> and the connect endpoint.</summary>
    public int RequestsPerSecond { get; set; } = 20;

    /// <summary>Requests a caller may send at once after being idle (the bucket's size).</summary>
    public int RequestBurst { get; set; } = 100;

    /// <summary>Sustained estimated Pinterest calls per minute per caller (Pinterest allows ~1,000/min per user and category).</summary>
    public int UpstreamCallsPerMinute { get; set; } = 1000;

    /// <summary>Estimated Pinterest calls a caller may spend at once; a single operation estimated above it is charged this much.</summary>
    public int UpstreamCallBurst { get; set; } = 1000;

    /// <summary>Sustained OAuth callbacks per minute per client IP (each one exchanges a code with Pinterest).</summary>
    public int CallbackRequestsPerMinute { get; set; } = 60;

    public int CallbackBurst { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[]
                 {
                     (nameof(RequestsPerSecond), RequestsPerSecond),
                     (nameof(RequestBurst), RequestBurst),
                     (nameof(UpstreamCallsPerMinute), UpstreamCallsPerMinute),
                     (nameof(UpstreamCallBurst), UpstreamCallBurst),
                     (nameof(CallbackRequestsPerMinute), CallbackRequestsPerMinute),
                     (nameof(CallbackBurst), CallbackBurst),
                 })
        {
            if (value is < 1 or > 1_000_000)
            {
                yield return new ValidationResult($"{SectionName}:{name} must be between 1 and 1000000 (it was {value}).", [name]);
            }
        }
    }
}
