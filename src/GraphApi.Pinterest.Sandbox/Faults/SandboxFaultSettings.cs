namespace GraphApi.Pinterest.Sandbox;

/// <summary>
/// Misbehaviour switches for tests and benchmarks. All off by default; rates are probabilities 0..1.
/// Set them with <c>PUT {PathBase}/_control/faults</c> (snake_case JSON) or <see cref="ISandboxFaults"/>.
/// </summary>
public sealed record SandboxFaultSettings
{
    /// <summary>Fixed delay added before every affected response.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Extra random delay, uniform in 0..JitterMs.</summary>
    public int JitterMs { get; init; }

    /// <summary>Share of calls answered with <see cref="ErrorStatusCode"/>.</summary>
    public double ErrorRate { get; init; }

    public int ErrorStatusCode { get; init; } = 503;

    /// <summary>When set, the N+1th call per user within a window gets 429 (code 8) with rate-limit headers.</summary>
    public int? RateLimit { get; init; }

    public int RateLimitWindowSeconds { get; init; } = 60;

    /// <summary>Share of successful calls whose JSON body is cut off mid-way.</summary>
    public double MalformedJsonRate { get; init; }

    /// <summary>Share of calls that stall before answering.</summary>
    public double StallRate { get; init; }

    /// <summary>How long a stall lasts; 0 means until the client gives up.</summary>
    public int StallMs { get; init; }

    /// <summary>Limits the faults to these operationIds (e.g. <c>boards/get</c>); null or empty means every operation.</summary>
    public IReadOnlyList<string>? OperationIds { get; init; }

    /// <summary>
    /// These operationIds always answer 403 code 29, as Pinterest does for endpoints an app has no access to
    /// (e.g. <c>multi_pins/analytics</c> on trial access). Independent of <see cref="OperationIds"/>.
    /// </summary>
    public IReadOnlyList<string>? NotPermittedOperationIds { get; init; }

    internal IEnumerable<string> Validate()
    {
        if (NotPermittedOperationIds?.Any(string.IsNullOrWhiteSpace) == true)
        {
            yield return "not_permitted_operation_ids must not contain empty operation ids.";
        }

        if (LatencyMs < 0 || JitterMs < 0 || StallMs < 0)
        {
            yield return "latency_ms, jitter_ms and stall_ms must not be negative.";
        }

        if (ErrorRate is < 0 or > 1 || MalformedJsonRate is < 0 or > 1 || StallRate is < 0 or > 1)
        {
            yield return "error_rate, malformed_json_rate and stall_rate must be between 0 and 1.";
        }

        if (ErrorStatusCode is < 500 or > 599)
        {
            yield return "error_status_code must be a 5xx status.";
        }

        if (RateLimit is < 0 || RateLimitWindowSeconds < 1)
        {
            yield return "rate_limit must not be negative and rate_limit_window_seconds must be at least 1.";
        }
    }

    internal bool IsNotPermitted(string operationId) =>
        NotPermittedOperationIds?.Contains(operationId, StringComparer.Ordinal) == true;

    internal bool AppliesTo(string operationId) =>
        OperationIds is not { Count: > 0 } || OperationIds.Contains(operationId, StringComparer.Ordinal);
}
