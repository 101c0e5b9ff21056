using System.Net.Http.Headers;
using GraphApi.Pinterest.Sandbox.Control;
using GraphApi.Pinterest.Sandbox.Faults;
using GraphApi.Pinterest.Sandbox.OAuth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Pinterest.Sandbox.Http;

/// <summary>
/// Everything a Pinterest call goes through before its handler: count it, authenticate the bearer (401 code 2),
/// count the call against the user's quota and write the rate-limit headers (429 when spent), apply faults (429 storm,
/// latency, spike, stall, reset, 5xx), check the operation's scopes (403 code 3), and finally maybe replace the successful
/// answer (apply-then-fail, cut-off body).
/// </summary>
internal sealed class SandboxOperationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var operation = http.GetEndpoint()?.Metadata.GetMetadata<SandboxOperation>()
            ?? throw new InvalidOperationException("Sandbox endpoint without SandboxOperation metadata.");
        var services = http.RequestServices;
        services.GetRequiredService<SandboxCallCounters>().Increment(operation.OperationId);
        http.Response.Headers["x-pinterest-rid"] = http.TraceIdentifier;

        SandboxCaller? caller = null;
        if (operation.RequiresUser)
        {
            caller = await AuthenticateAsync(http, services.GetRequiredService<SandboxTokenService>());
            if (caller is null)
            {
                return SandboxErrors.AuthenticationFailed();
            }
        }

        var faults = services.GetRequiredService<FaultInjector>();
        if (await faults.BeforeAsync(http, operation.OperationId, operation.RateLimitCategory, caller?.UserId ?? "client") is { } fault)
        {
            return fault;
        }

        if (caller is not null)
        {
            var missing = operation.Scopes.Where(scope => !caller.Has(scope)).ToList();
            if (missing.Count > 0)
            {
                return SandboxErrors.MissingScopes(missing);
            }

            services.GetRequiredService<CallerContext>().Current = caller;
        }

        var result = await next(context);
        // Only successful answers are replaced: a refused write was not applied, so it cannot be "applied then failed".
        // A 204 (no value) may be cut or turned into a 5xx but never "malformed".
        if (result is not IStatusCodeHttpResult { StatusCode: null or (>= 200 and < 300) } || faults.After(operation.OperationId) is not { } replaced)
        {
            return result;
        }

        return replaced is MalformedJsonResult && result is not IValueHttpResult ? result : replaced;
    }

    private static async Task<SandboxCaller?> AuthenticateAsync(HttpContext http, SandboxTokenService tokens)
    {
        if (!AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
        {
            return null;
        }

        return await tokens.AuthenticateAsync(header.Parameter, http.RequestAborted);
    }
}
