using System.Text.Json.Serialization;

namespace GraphApi.Bench.Baseline;

// The answers, field for field and in the order the scenario documents (bench/Documents) select them, so the bytes
// equal the gateway's `data`. Nulls are written, as GraphQL does.

internal sealed record DataEnvelope<T>([property: JsonPropertyName("data")] T Data);

internal sealed record UserBoardsPins(
    [property: JsonPropertyName("me")] Me? Me,
    [property: JsonPropertyName("board")] BoardWithPins? Board);

internal sealed record Me(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("accountType")] string? AccountType,
    [property: JsonPropertyName("profileImage")] string? ProfileImage,
    [property: JsonPropertyName("followerCount")] int? FollowerCount,
    [property: JsonPropertyName("boards")] Connection<BoardNode> Boards);

internal sealed record BoardNode(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("privacy")] string Privacy,
    [property: JsonPropertyName("pinCount")] int? PinCount,
    [property: JsonPropertyName("coverImageUrl")] string? CoverImageUrl);

internal sealed record BoardWithPins([property: JsonPropertyName("pins")] Connection<PinNode> Pins);

internal sealed record PinNode(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("link")] string? Link,
    [property: JsonPropertyName("dominantColor")] string? DominantColor,
    [property: JsonPropertyName("createdAt")] DateTime? CreatedAt,
    [property: JsonPropertyName("image")] Image? Image);

internal sealed record Image(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("width")] int? Width,
    [property: JsonPropertyName("height")] int? Height);

internal sealed record Connection<T>(
    [property: JsonPropertyName("edges")] IReadOnlyList<Edge<T>> Edges,
    [property: JsonPropertyName("pageInfo")] PageInfo PageInfo);

internal sealed record Edge<T>([property: JsonPropertyName("node")] T Node);

internal sealed record PageInfo(
    [property: JsonPropertyName("hasNextPage")] bool HasNextPage,
    [property: JsonPropertyName("endCursor")] string? EndCursor);

// The dashboard (nodes, not edges).

internal sealed record Dashboard([property: JsonPropertyName("me")] DashboardMe? Me);

internal sealed record DashboardMe(
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("boards")] Nodes<DashboardBoard> Boards);

internal sealed record DashboardBoard(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("pinCount")] int? PinCount,
    [property: JsonPropertyName("pins")] Nodes<DashboardPin> Pins);

internal sealed record DashboardPin(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("image")] DashboardImage? Image,
    [property: JsonPropertyName("analytics")] DashboardAnalytics? Analytics);

internal sealed record DashboardImage([property: JsonPropertyName("url")] string Url);

internal sealed record DashboardAnalytics([property: JsonPropertyName("summary")] IReadOnlyList<MetricValue> Summary);

internal sealed record MetricValue(
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("value")] double Value);

internal sealed record Nodes<T>([property: JsonPropertyName("nodes")] IReadOnlyList<T> Items);
