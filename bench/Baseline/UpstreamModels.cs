namespace GraphApi.Bench.Baseline;

// What the baseline reads from Pinterest's answers: only the fields the scenarios return (snake_case on the wire).

internal sealed record UpstreamAccount(string? Id, string? Username, string? AccountType, string? ProfileImage, int? FollowerCount);

internal sealed record UpstreamBoardMedia(string? ImageCoverUrl);

internal sealed record UpstreamBoard(string Id, string Name, string? Description, string? Privacy, int? PinCount, UpstreamBoardMedia? Media);

internal sealed record UpstreamImage(string Url, int? Width, int? Height);

internal sealed record UpstreamPinMedia(string? MediaType, Dictionary<string, UpstreamImage>? Images);

internal sealed record UpstreamPin(
    string Id, string? Title, string? Description, string? Link, string? DominantColor, DateTimeOffset? CreatedAt, UpstreamPinMedia? Media);

internal sealed record UpstreamPage<T>(List<T> Items, string? Bookmark);

internal sealed record UpstreamPinMetrics(Dictionary<string, double>? SummaryMetrics);
