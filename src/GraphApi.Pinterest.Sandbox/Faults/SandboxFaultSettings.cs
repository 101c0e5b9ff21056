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

    /// <summary>Share of calls that get <see cref="SpikeMs"/> of extra delay (a latency spike), on top of latency and jitter.</summary>
    public double SpikeRate { get; init; }

    public int SpikeMs { get; init; }

    /// <summary>
    /// Share of calls answered 429 code 8 with <c>Retry-After: RetryAfterSeconds</c> and <c>x-ratelimit-remaining: 0</c>,
    /// whatever the caller's window: a 429 storm (independent of <see cref="RateLimit"/>).
    /// </summary>
    public double RateLimitRate { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Share of calls whose connection is cut (see <see cref="ResetMode"/>); the handler does not run, so nothing is written.</summary>
    public double ResetRate { get; init; }

    public SandboxResetMode ResetMode { get; init; }

    /// <summary>
    /// Share of calls whose handler runs (a write is committed) and whose successful answer is then replaced as
    /// <see cref="ApplyThenFailMode"/> says: the caller cannot tell whether the write happened (an in-doubt outcome).
    /// </summary>
    public double ApplyThenFailRate { get; init; }

    public SandboxApplyThenFailMode ApplyThenFailMode { get; init; }

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

        if (LatencyMs < 0 || JitterMs < 0 || StallMs < 0 || SpikeMs < 0)
        {
            yield return "latency_ms, jitter_ms, stall_ms and spike_ms must not be negative.";
        }

        if (new[] { ErrorRate, MalformedJsonRate, StallRate, SpikeRate, RateLimitRate, ResetRate, ApplyThenFailRate }.Any(rate => rate is < 0 or > 1 || double.IsNaN(rate)))
        {
            yield return "error_rate, malformed_json_rate, stall_rate, spike_rate, rate_limit_rate, reset_rate and apply_then_fail_rate must be between 0 and 1.";
        }

        if (RetryAfterSeconds is < 1 or > 3600)
        {
            yield return "retry_after_seconds must be between 1 and 3600.";
        }

        if (!Enum.IsDefined(ResetMode) || !Enum.IsDefined(ApplyThenFailMode))
        {
            yield return "reset_mode must be before_response or mid_response and apply_then_fail_mode error, reset or malformed.";
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
