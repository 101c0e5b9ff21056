using System.Text.Json;
using static GraphApi.Bench.StaticUpstream.ResponseWriter;

namespace GraphApi.Bench.StaticUpstream;

/// <summary>
/// POST /_bench/reset[?latency-ms=N] clears the call log (and with latency-ms sets the injected latency from then on);
/// GET /_bench/calls reports the calls and waves since. Under /_bench, a path Pinterest does not have, so no gateway call
/// can reach them by accident; no token is needed (loopback only).
/// </summary>
internal static class BenchAdminEndpoints
{
    public static void MapBenchAdmin(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<CallLog>();
        var latency = app.Services.GetRequiredService<InjectedLatency>();
        app.MapPost("/_bench/reset", context =>
        {
            if (context.Request.Query["latency-ms"] is { Count: > 0 } text)
            {
                if (!int.TryParse(text[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms) || ms > InjectedLatency.MaxMilliseconds)
                {
                    return WriteJsonAsync(context, 400, PinterestResponses.Error(1, $"latency-ms must be between 0 and {InjectedLatency.MaxMilliseconds}."));
                }

                latency.Milliseconds = ms;
            }

            log.Reset();
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        app.MapGet("/_bench/calls", context =>
            WriteJsonAsync(context, 200, JsonSerializer.SerializeToUtf8Bytes(log.Report(), UpstreamJsonContext.Default.CallReport)));
    }
}
