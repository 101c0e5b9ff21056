using System.Net;
using GraphApi.Pinterest.Errors;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace GraphApi.Pinterest.DependencyInjection;

/// <summary>
/// The handler-chain policy: a total timeout, jittered retries of reads only, and a per-attempt timeout.
/// POST and PATCH are never retried: Pinterest has no idempotency keys, so a retried create could duplicate a Pin.
/// </summary>
internal static class PinterestResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, PinterestClientOptions options)
    {
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "pinterest-total", Timeout = options.Timeout });
        if (options.MaxRetries > 0)
        {
            var budget = options.RateLimitWaitBudget;
            var retry = new HttpRetryStrategyOptions
            {
                Name = "pinterest-retry",
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, budget)),
                DelayGenerator = args => ValueTask.FromResult(RateLimitDelay(args.Outcome)),
            };

            // Wraps ShouldHandle, so it must come after it: POST, PATCH, PUT and DELETE are never retried.
            retry.DisableForUnsafeHttpMethods();
            pipeline.AddRetry(retry);
        }

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "pinterest-attempt", Timeout = options.AttemptTimeout });
    }

    // A 429 is worth waiting for only when Pinterest says how long and it fits the budget;
    // otherwise the quota is likely gone for minutes and the caller should see the error now.
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan budget) =>
        outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
            ? PinterestRateLimit.FromHeaders(response.Headers)?.WaitHint is { } wait && wait <= budget
            : HttpClientResiliencePredicates.IsTransient(outcome);

    private static TimeSpan? RateLimitDelay(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
            ? PinterestRateLimit.FromHeaders(response.Headers)?.WaitHint
            : null;
}
