using System.Globalization;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.Sandbox.Faults;

/// <summary>Applies the current <see cref="SandboxFaultSettings"/> to one call.</summary>
internal sealed class FaultInjector(ISandboxFaults faults, RateLimitWindows windows, IOptions<SandboxOptions> options, TimeProvider time)
{
    /// <summary>
    /// Counts the call against its quota and writes Pinterest's rate-limit headers on the answer, whatever it turns out
    /// to be (success, 4xx, fault); answers 429 when the quota is spent; then applies the other switches.
    /// </summary>
    public async Task<IResult?> BeforeAsync(HttpContext context, string operationId, string rateLimitCategory, string rateLimitKey)
    {
        var settings = faults.Current;
        if (Quota(context, settings, operationId, rateLimitCategory, rateLimitKey) is { } refused)
        {
            return refused;
        }

        if (settings.IsNotPermitted(operationId))
        {
            return SandboxErrors.NotPermitted();
        }

        if (!settings.AppliesTo(operationId))
        {
            return null;
        }

        if (Roll.Hit(settings.RateLimitRate))
        {
            var retryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            var headers = context.Response.Headers;
            headers["x-ratelimit-remaining"] = "0";
            headers["x-ratelimit-reset"] = retryAfter;
            headers.RetryAfter = retryAfter;
            return SandboxErrors.RateLimited();
        }

        var delay = settings.LatencyMs + (settings.JitterMs > 0 ? Roll.Next(settings.JitterMs + 1) : 0);
        if (delay > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(delay), time, context.RequestAborted);
        }

        if (Roll.Hit(settings.SpikeRate) && settings.SpikeMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(settings.SpikeMs), time, context.RequestAborted);
        }

        if (Roll.Hit(settings.StallRate))
        {
            var stall = settings.StallMs > 0 ? TimeSpan.FromMilliseconds(settings.StallMs) : Timeout.InfiniteTimeSpan;
            await Task.Delay(stall, time, context.RequestAborted);
        }

        if (Roll.Hit(settings.ResetRate))
        {
            return new ConnectionResetResult(settings.ResetMode == SandboxResetMode.MidResponse);
        }

        return Roll.Hit(settings.ErrorRate) ? ServerError(settings) : null;
    }

    /// <summary>The answer that replaces a successful one, or null to keep it: apply-then-fail first, then a cut-off body.</summary>
    public IResult? After(string operationId)
    {
        var settings = faults.Current;
        if (!settings.AppliesTo(operationId))
        {
            return null;
        }

        if (Roll.Hit(settings.ApplyThenFailRate))
        {
            return settings.ApplyThenFailMode switch
            {
                SandboxApplyThenFailMode.Reset => new ConnectionResetResult(midResponse: false),
                SandboxApplyThenFailMode.Malformed => new MalformedJsonResult(),
                _ => ServerError(settings),
            };
        }

        return Roll.Hit(settings.MalformedJsonRate) ? new MalformedJsonResult() : null;
    }

    // The rate_limit switch (one window per user across every operation it applies to, as before) replaces the
    // default quota (one window per user and category, Sandbox:QuotaLimit per Sandbox:QuotaWindow) for its operations.
    private IResult? Quota(HttpContext context, SandboxFaultSettings settings, string operationId, string category, string key)
    {
        int limit;
        RateLimitDecision decision;
        if (settings.RateLimit is { } switched && settings.AppliesTo(operationId))
        {
            limit = switched;
            decision = windows.Hit(new RateLimitWindowKey(key, null), limit, TimeSpan.FromSeconds(settings.RateLimitWindowSeconds));
        }
        else
        {
            var quota = options.Value;
            limit = quota.QuotaLimit;
            decision = windows.Hit(new RateLimitWindowKey(key, category), limit, quota.QuotaWindow);
        }

        var headers = context.Response.Headers;
        headers["x-ratelimit-limit"] = limit.ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-reset"] = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        if (decision.Allowed)
        {
            return null;
        }

        headers.RetryAfter = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        return SandboxErrors.RateLimited();
    }

    private static IResult ServerError(SandboxFaultSettings settings) =>
        SandboxErrors.Error(settings.ErrorStatusCode, settings.ErrorStatusCode, "Sandbox fault: the server failed to answer.");

    // Faults are chaos by design; predictable randomness is not wanted here.
#pragma warning disable CA5394 // Random is fine: nothing security-relevant depends on it.
    private static class Roll
    {
        public static bool Hit(double rate) => rate > 0 && (rate >= 1 || Random.Shared.NextDouble() < rate);

        public static int Next(int maxExclusive) => Random.Shared.Next(maxExclusive);
    }
#pragma warning restore CA5394
}
