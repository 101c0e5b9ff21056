using System.Text.Json.Serialization;

namespace GraphApi.Bench.StaticUpstream;

// The response shapes of the calls the scenarios make, as Pinterest's OpenAPI file (5.23.0) names them. Only the
// fields the static data fills are declared; nulls are not written.

public sealed record Account(
    string Id, string Username, string AccountType, string? BusinessName, string ProfileImage, string WebsiteUrl, string About,
    int BoardCount, int PinCount, int FollowerCount, int FollowingCount, int MonthlyViews);

public sealed record Owner(string Username);

public sealed record BoardMedia(string ImageCoverUrl, IReadOnlyList<string> PinThumbnailUrls);

public sealed record Board(
    string Id, string Name, string Description, string Privacy, Owner Owner, DateTimeOffset CreatedAt, DateTimeOffset BoardPinsModifiedAt,
    int PinCount, int FollowerCount, int CollaboratorCount, bool IsAdsOnly, BoardMedia Media);

public sealed record ImageDetails(string Url, int Width, int Height);

public sealed record PinMedia(string MediaType, IReadOnlyDictionary<string, ImageDetails> Images);

public sealed record Pin(
    string Id, string BoardId, Owner BoardOwner, DateTimeOffset CreatedAt, string Title, string Description, string Link, string AltText,
    string DominantColor, string CreativeType, bool IsOwner, bool IsStandard, bool HasBeenPromoted, PinMedia Media);

/// <summary>A page; the last one carries <c>"bookmark": null</c>, as Pinterest sends it.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Bookmark);

public sealed record PinAnalyticsMetrics(
    IReadOnlyDictionary<string, double> SummaryMetrics, IReadOnlyList<DailyMetrics> DailyMetrics, IReadOnlyDictionary<string, long> LifetimeMetrics);

public sealed record DailyMetrics(string DataStatus, string Date, IReadOnlyDictionary<string, double> Metrics);

public sealed record OAuthToken(
    string AccessToken, string TokenType, long ExpiresIn, string Scope, string ResponseType,
    string RefreshToken, long RefreshTokenExpiresIn, long RefreshTokenExpiresAt);

public sealed record PinterestError(int Code, string Message);
