using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphApi.Bench.Micro;

/// <summary>
/// Pinterest's answers to the user/boards/pins document, as spec-shaped JSON bytes built once, served by
/// <see cref="Handler"/> as the Pinterest client's primary handler: the client's whole pipeline (resilience, token,
/// refresh-on-401, concurrency gate, deserialization) runs, only the socket is gone. Unknown routes answer 404 in
/// Pinterest's error shape, and a wrong bearer token 401, so a change in what the gateway calls shows up as an error,
/// not as a faster benchmark.
/// </summary>
public sealed class InMemoryPinterest
{
    public const string BoardId = "200000000000000001";
    public const int PageSize = 25;
    public const string MediaType = "application/json";

    private readonly byte[] _account;
    private readonly byte[] _boards;
    private readonly byte[] _board;
    private readonly byte[] _pins;
    private readonly byte[] _notFound = """{"code":404,"message":"Not found."}"""u8.ToArray();
    private readonly byte[] _unauthorized = """{"code":2,"message":"Authentication failed."}"""u8.ToArray();
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public InMemoryPinterest(string accessToken)
    {
        AccessToken = accessToken;
        _account = Json(WriteAccount);
        _boards = Json(w => WritePage(w, PageSize, WriteBoard));
        _board = Json(w => WriteBoard(w, 0));
        _pins = Json(w => WritePage(w, PageSize, WritePin));
    }

    public string AccessToken { get; }

    /// <summary>Calls per route (<c>user_account/get</c>, <c>boards/list</c>, <c>boards/get</c>, <c>boards/list_pins</c>, or <c>unknown</c>).</summary>
    public IReadOnlyDictionary<string, int> Calls => _calls;

    public void ResetCalls() => _calls.Clear();

    public HttpMessageHandler CreateHandler() => new Handler(this);

    private (string Route, HttpStatusCode Status, byte[] Body) Answer(HttpRequestMessage request)
    {
        if (request.Headers.Authorization is not { Scheme: "Bearer" } auth || auth.Parameter != AccessToken)
        {
            return ("unauthorized", HttpStatusCode.Unauthorized, _unauthorized);
        }

        var segments = request.RequestUri!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (request.Method != HttpMethod.Get || segments is not ["v5", ..])
        {
            return ("unknown", HttpStatusCode.NotFound, _notFound);
        }

        return segments[1..] switch
        {
            ["user_account"] => ("user_account/get", HttpStatusCode.OK, _account),
            ["boards"] => ("boards/list", HttpStatusCode.OK, _boards),
            ["boards", BoardId] => ("boards/get", HttpStatusCode.OK, _board),
            ["boards", BoardId, "pins"] => ("boards/list_pins", HttpStatusCode.OK, _pins),
            _ => ("unknown", HttpStatusCode.NotFound, _notFound),
        };
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    private static void WritePage(Utf8JsonWriter w, int count, Action<Utf8JsonWriter, int> item)
    {
        w.WriteStartObject();
        w.WriteStartArray("items");
        for (var i = 0; i < count; i++)
        {
            item(w, i);
        }

        w.WriteEndArray();
        // A bookmark means "more pages": the connection's hasNextPage and endCursor come from it.
        w.WriteString("bookmark", "Y2JVSG81V2sxcmNHRlpWM1J");
        w.WriteEndObject();
    }

    // Field names and shapes from Pinterest's OpenAPI file (Account, Board, Pin with image media).
    private static void WriteAccount(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("account_type", "BUSINESS");
        w.WriteString("id", "900000000000000001");
        w.WriteString("profile_image", "https://i.pinimg.com/280x280_RS/42/03/a5/4203a5a0b7b5e5e7c6e8d3b9c1d2e3f4.jpg");
        w.WriteString("website_url", "https://www.example.com");
        w.WriteString("username", "bench.pinner");
        w.WriteString("about", "Recipes, gardens and weekend projects.");
        w.WriteString("business_name", "Bench Kitchen");
        w.WriteNumber("board_count", 25);
        w.WriteNumber("pin_count", 1250);
        w.WriteNumber("follower_count", 4821);
        w.WriteNumber("following_count", 312);
        w.WriteNumber("monthly_views", 120034);
        w.WriteEndObject();
    }

    private static void WriteBoard(Utf8JsonWriter w, int i)
    {
        w.WriteStartObject();
        w.WriteString("id", (200000000000000001L + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("created_at", "2024-03-01T10:15:30");
        w.WriteString("board_pins_modified_at", "2026-11-20T08:00:00");
        w.WriteString("name", $"Board {i + 1}: weeknight dinners");
        w.WriteString("description", "Quick dinners for busy evenings, tested and loved.");
        w.WriteNumber("collaborator_count", 0);
        w.WriteNumber("pin_count", 50);
        w.WriteNumber("follower_count", 120 + i);
        w.WriteStartObject("media");
        w.WriteString("image_cover_url", $"https://i.pinimg.com/400x300/ab/cd/ef/board{i}.jpg");
        w.WriteStartArray("pin_thumbnail_urls");
        w.WriteStringValue($"https://i.pinimg.com/150x150/ab/cd/ef/thumb{i}.jpg");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("owner");
        w.WriteString("username", "bench.pinner");
        w.WriteEndObject();
        w.WriteString("privacy", "PUBLIC");
        w.WriteEndObject();
    }

    private static void WritePin(Utf8JsonWriter w, int i)
    {
        w.WriteStartObject();
        w.WriteString("id", (2000000000000000001L + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("created_at", "2026-10-02T18:30:00");
        w.WriteString("link", $"https://www.example.com/recipes/{i}");
        w.WriteString("title", $"One-pan lemon chicken #{i + 1}");
        w.WriteString("description", "Thirty minutes, one pan, and a sauce worth the bread.");
        w.WriteString("dominant_color", "#c8a27a");
        w.WriteString("alt_text", "Lemon chicken in a cast-iron pan");
        w.WriteString("creative_type", "REGULAR");
        w.WriteString("board_id", BoardId);
        w.WriteNull("board_section_id");
        w.WriteStartObject("board_owner");
        w.WriteString("username", "bench.pinner");
        w.WriteEndObject();
        w.WriteBoolean("is_owner", true);
        w.WriteStartObject("media");
        w.WriteString("media_type", "image");
        w.WriteStartObject("images");
        foreach (var (size, width, height) in new[] { ("150x150", 150, 150), ("400x300", 400, 300), ("600x", 600, 900), ("1200x", 1200, 1800) })
        {
            w.WriteStartObject(size);
            w.WriteNumber("width", width);
            w.WriteNumber("height", height);
            w.WriteString("url", $"https://i.pinimg.com/{size}/12/34/56/pin{i}.jpg");
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteNull("parent_pin_id");
        w.WriteBoolean("is_standard", true);
        w.WriteBoolean("has_been_promoted", false);
        w.WriteEndObject();
    }

    private sealed class Handler(InMemoryPinterest upstream) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var (route, status, body) = upstream.Answer(request);
            upstream._calls.AddOrUpdate(route, 1, (_, n) => n + 1);
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(MediaType) { CharSet = Encoding.UTF8.WebName };
            return Task.FromResult(new HttpResponseMessage(status) { Content = content, RequestMessage = request });
        }
    }
}
