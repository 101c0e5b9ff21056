namespace GraphApi.Pinterest.Http;

/// <summary>
/// Sees the rate-limit headers of every answer the typed client receives from the user-facing API (success and
/// error, after retries: the answer the caller gets), so a host can track each user's Pinterest quota. Register one
/// (scoped or singleton) to opt in: without a registration the client does not even read the headers. Calls from
/// one request can run in parallel, so an implementation must be thread-safe. It runs on the call's path: keep it
/// cheap and never throw. The OAuth token endpoint (per app, not per user) is not observed.
/// </summary>
public interface IPinterestQuotaObserver
{
    void Observe(in PinterestQuotaObservation observation);
}

/// <summary>
/// What one answer said about the quota. Values are what Pinterest sent, parsed; a header that is missing or not a
/// non-negative number is null.
/// </summary>
/// <param name="OperationId">The OpenAPI operationId that was called (e.g. <c>boards/list</c>).</param>
/// <param name="Category">Its <c>x-ratelimit-category</c> (e.g. <c>org_read</c>): operations in one category share a quota.</param>
/// <param name="StatusCode">The answer's HTTP status (429: the quota is spent).</param>
/// <param name="Limit"><c>x-ratelimit-limit</c>.</param>
/// <param name="Remaining"><c>x-ratelimit-remaining</c>.</param>
/// <param name="ResetAfter"><c>x-ratelimit-reset</c>: time until the quota resets.</param>
/// <param name="RetryAfter"><c>Retry-After</c>, when sent.</param>
public readonly record struct PinterestQuotaObservation(
    string OperationId, string Category, int StatusCode, long? Limit, long? Remaining, TimeSpan? ResetAfter, TimeSpan? RetryAfter)
{
    /// <summary>Whether the answer carried anything about the quota (a 429 alone says it is spent).</summary>
    public bool HasQuota => Remaining is not null || Limit is not null || StatusCode == 429;
}
