using static GraphApi.Bench.StaticUpstream.ResponseWriter;

namespace GraphApi.Bench.StaticUpstream;

/// <summary>
/// The Pinterest routes. Each call is recorded in the <see cref="CallLog"/>, waits the injected latency, and is refused
/// with 401 unless it carries the one bearer token the token endpoint issues.
/// </summary>
internal static class PinterestEndpoints
{
    private static readonly byte[] BadRequest = PinterestResponses.Error(1, "Invalid parameters.");

    public static void MapPinterest(this WebApplication app)
    {
        var responses = app.Services.GetRequiredService<PinterestResponses>();
        app.MapGet("/v5/user_account", Recorded(app, PinterestOperations.UserAccount, c => WriteJsonAsync(c, 200, responses.UserAccount)));
        app.MapGet("/v5/boards", Recorded(app, PinterestOperations.BoardsList, c => Answer(c, responses.Boards(c.Request.Query), BadRequest, 400)));
        app.MapGet("/v5/boards/{board_id}", Recorded(app, PinterestOperations.BoardsGet, c => Answer(c, responses.Board(Route(c, "board_id")), responses.NotFound, 404)));
        app.MapGet("/v5/boards/{board_id}/pins", Recorded(app, PinterestOperations.BoardPins, c =>
            BenchData.PinsByBoard.ContainsKey(Route(c, "board_id"))
                ? Answer(c, responses.BoardPins(Route(c, "board_id"), c.Request.Query), BadRequest, 400)
                : WriteJsonAsync(c, 404, responses.NotFound)));
        app.MapGet("/v5/pins/analytics", Recorded(app, PinterestOperations.MultiPinAnalytics, c => Answer(c, responses.MultiPinAnalytics(c.Request.Query), BadRequest, 400)));
        app.MapGet("/v5/pins/{pin_id}/analytics", Recorded(app, PinterestOperations.PinAnalytics, c =>
            BenchData.PinIds.Contains(Route(c, "pin_id"))
                ? Answer(c, responses.PinAnalytics(Route(c, "pin_id"), c.Request.Query), BadRequest, 400)
                : WriteJsonAsync(c, 404, responses.NotFound)));
        app.MapPost("/v5/pins", Recorded(app, PinterestOperations.CreatePin, async c =>
        {
            // The body is read (a client expects it consumed) but not stored: every create answers the same fixed pin.
            var length = await DrainAsync(c);
            await (length > 0 ? WriteJsonAsync(c, 201, responses.CreatedPin) : WriteJsonAsync(c, 400, BadRequest));
        }));
    }

    /// <summary>Wraps a handler with the call log, the injected latency and the bearer check.</summary>
    public static RequestDelegate Recorded(WebApplication app, int operation, RequestDelegate handler, bool bearer = true)
    {
        var log = app.Services.GetRequiredService<CallLog>();
        var latency = app.Services.GetRequiredService<InjectedLatency>();
        var unauthorized = app.Services.GetRequiredService<PinterestResponses>().Unauthorized;
        return async context =>
        {
            var ticket = log.Start(operation);
            try
            {
                if (latency.Milliseconds is > 0 and var delay)
                {
                    await Task.Delay(delay, context.RequestAborted);
                }

                if (bearer && !string.Equals(context.Request.Headers.Authorization, BenchCredentials.BearerHeader, StringComparison.Ordinal))
                {
                    await WriteJsonAsync(context, 401, unauthorized);
                    return;
                }

                await handler(context);
            }
            finally
            {
                log.End(ticket);
            }
        };
    }

    private static Task Answer(HttpContext context, byte[]? body, byte[] otherwise, int otherwiseStatus) =>
        body is null ? WriteJsonAsync(context, otherwiseStatus, otherwise) : WriteJsonAsync(context, 200, body);

    private static string Route(HttpContext context, string name) => context.Request.RouteValues[name] as string ?? "";

    private static async Task<long> DrainAsync(HttpContext context)
    {
        var buffer = new byte[4096];
        long total = 0;
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            total += read;
        }

        return total;
    }
}
