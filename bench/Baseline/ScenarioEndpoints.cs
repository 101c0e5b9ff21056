using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphApi.Bench.Baseline;

/// <summary>
/// POST /user-boards-pins and POST /dashboard: what a developer writes by hand for bench/Documents/user-boards-pins.graphql
/// and dashboard.graphql. The request body is ignored; there is no caller authentication, no scope check and no
/// connection read (the gateway does all three per request), and the upstream token is fixed in configuration.
/// </summary>
internal static class ScenarioEndpoints
{
    /// <summary>The board of user-boards-pins.graphql: the first board of the static upstream.</summary>
    public const string BoardId = "200000000000000001";

    /// <summary>The gateway's default pin metrics, in the order it asks for them (sorted).</summary>
    public const string DefaultMetrics = "IMPRESSION,OUTBOUND_CLICK,PIN_CLICK,SAVE";

    public const int MaxPinsPerAnalyticsCall = 100;

    // Same escaping as the gateway's writer (relaxed), so the same data is the same bytes.
    private static readonly ResponseJsonContext Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static void MapScenarios(this WebApplication app)
    {
        app.MapPost("/user-boards-pins", UserBoardsPinsAsync);
        app.MapPost("/dashboard", DashboardAsync);
    }

    /// <summary>Three calls in one wave: nothing here waits for another call's answer.</summary>
    private static async Task UserBoardsPinsAsync(HttpContext context)
    {
        var upstream = context.RequestServices.GetRequiredService<PinterestUpstream>();
        var ct = context.RequestAborted;
        var accountCall = upstream.UserAccountAsync(ct);
        var boardsCall = upstream.BoardsAsync(25, ct);
        var pinsCall = upstream.BoardPinsAsync(BoardId, 25, ct);
        await Task.WhenAll(accountCall, boardsCall, pinsCall);

        var account = await accountCall;
        var me = new Me(
            GraphShapes.GlobalId("User", account.Id ?? account.Username ?? ""), account.Username ?? "", account.AccountType, account.ProfileImage,
            account.FollowerCount,
            GraphShapes.Connection(await boardsCall, 25, b => new BoardNode(
                GraphShapes.GlobalId("Board", b.Id), b.Name, b.Description, b.Privacy ?? "PUBLIC", b.PinCount, b.Media?.ImageCoverUrl)));
        var board = new BoardWithPins(GraphShapes.Connection(await pinsCall, 25, p => new PinNode(
            GraphShapes.GlobalId("Pin", p.Id), p.Title, p.Description, p.Link, p.DominantColor, p.CreatedAt?.UtcDateTime, GraphShapes.Image400(p.Media))));
        await WriteAsync(context, new DataEnvelope<UserBoardsPins>(new UserBoardsPins(me, board)), Json.DataEnvelopeUserBoardsPins);
    }

    /// <summary>30 calls in 3 waves: account and boards; each board's first 10 pins; analytics per 100 pins.</summary>
    private static async Task DashboardAsync(HttpContext context)
    {
        var upstream = context.RequestServices.GetRequiredService<PinterestUpstream>();
        var ct = context.RequestAborted;
        var accountCall = upstream.UserAccountAsync(ct);
        var boardsCall = upstream.BoardsAsync(25, ct);
        await Task.WhenAll(accountCall, boardsCall);

        var boards = (await boardsCall).Items.Take(25).ToList();
        var pinPages = await Task.WhenAll(boards.Select(b => upstream.BoardPinsAsync(b.Id, 10, ct)));
        var pinIds = pinPages.SelectMany(p => p.Items.Take(10)).Select(p => p.Id).Distinct(StringComparer.Ordinal).ToList();

        var end = DateOnly.FromDateTime(DateTime.UtcNow);
        var chunks = await Task.WhenAll(pinIds.Chunk(MaxPinsPerAnalyticsCall).Select(ids => upstream.PinAnalyticsAsync(ids, end.AddDays(-30), end, DefaultMetrics, ct)));
        var analytics = new Dictionary<string, UpstreamPinMetrics>(StringComparer.Ordinal);
        foreach (var (pinId, byAppType) in chunks.SelectMany(c => c))
        {
            if (byAppType.TryGetValue("all", out var all) || (all = byAppType.Values.FirstOrDefault()) is not null)
            {
                analytics[pinId] = all;
            }
        }

        var account = await accountCall;
        var me = new DashboardMe(account.Username ?? "", new Nodes<DashboardBoard>(boards.Select((b, i) => new DashboardBoard(
            GraphShapes.GlobalId("Board", b.Id), b.Name, b.PinCount,
            new Nodes<DashboardPin>(GraphShapes.Nodes(pinPages[i], 10, p => new DashboardPin(
                GraphShapes.GlobalId("Pin", p.Id), p.Title,
                GraphShapes.Image400(p.Media) is { } image ? new DashboardImage(image.Url) : null,
                new DashboardAnalytics(analytics.TryGetValue(p.Id, out var metrics) && metrics.SummaryMetrics is { } summary
                    ? summary.Select(m => new MetricValue(m.Key, m.Value)).ToList()
                    : []))))))
            .ToList()));
        await WriteAsync(context, new DataEnvelope<Dashboard>(new Dashboard(me)), Json.DataEnvelopeDashboard);
    }

    private static Task WriteAsync<T>(HttpContext context, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, value, type, context.RequestAborted);
    }
}
