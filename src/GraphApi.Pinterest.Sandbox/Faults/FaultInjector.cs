using System.Globalization;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Faults;

/// <summary>Applies the current <see cref="SandboxFaultSettings"/> to one call.</summary>
internal sealed class FaultInjector(ISandboxFaults faults, RateLimitWindows windows, TimeProvider time)
{
    public async Task<IResult?> BeforeAsync(HttpContext context, string operationId, string rateLimitKey)
    {
        var settings = faults.Current;
        if (settings.IsNotPermitted(operationId))
        {
            return SandboxErrors.NotPermitted();
        }

        if (!settings.AppliesTo(operationId))
        {
            return null;
        }

        if (settings.RateLimit is { } limit)
        {
            var decision = windows.Hit(rateLimitKey, limit, TimeSpan.FromSeconds(settings.RateLimitWindowSeconds));
            var headers = context.Response.Headers;
            headers["x-ratelimit-limit"] = limit.ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-reset"] = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
            if (!decision.Allowed)
            {
                headers.RetryAfter = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
                return SandboxErrors.RateLimited();
            }
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
