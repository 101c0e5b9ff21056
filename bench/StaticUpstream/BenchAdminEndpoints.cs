using System.Text.Json;
using static GraphApi.Bench.StaticUpstream.ResponseWriter;

namespace GraphApi.Bench.StaticUpstream;

/// <summary>
/// POST /_bench/reset clears the call log; GET /_bench/calls reports the calls and waves since. Under /_bench, a path
/// Pinterest does not have, so no gateway call can reach them by accident; no token is needed (loopback only).
/// </summary>
internal static class BenchAdminEndpoints
{
    public static void MapBenchAdmin(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<CallLog>();
        app.MapPost("/_bench/reset", context =>
        {
            log.Reset();
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        app.MapGet("/_bench/calls", context =>
            WriteJsonAsync(context, 200, JsonSerializer.SerializeToUtf8Bytes(log.Report(), UpstreamJsonContext.Default.CallReport)));
    }
}
