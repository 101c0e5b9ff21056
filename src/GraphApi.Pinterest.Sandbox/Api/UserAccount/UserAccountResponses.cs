namespace GraphApi.Pinterest.Sandbox.Api.UserAccount;

/// <summary>The spec's <c>Account</c>.</summary>
internal sealed record AccountResponse(
    string Id,
    string Username,
    string AccountType,
    string? BusinessName,
    string ProfileImage,
    string WebsiteUrl,
    string About,
    int BoardCount,
    int PinCount,
    int FollowerCount,
    int FollowingCount,
    int MonthlyViews);

internal sealed record UserSummaryResponse(string Username, string Type = "user");

internal sealed record LinkedBusinessResponse(string Username, string ImageSmallUrl, string ImageMediumUrl, string ImageLargeUrl, string ImageXlargeUrl);

internal sealed record WebsiteResponse(string Website, string Status, string VerifiedAt);

internal sealed record VerificationCodeResponse(string VerificationCode, string DnsTxtRecord, string Metatag, string Filename, string FileContent);

internal sealed record InterestResponse(string Id, string Key, string Name, string CanonicalUrl);

internal sealed record TopPinResponse(string PinId, IReadOnlyDictionary<string, double> Metrics, IReadOnlyDictionary<string, string> DataStatus);

internal sealed record DateAvailabilityResponse(bool IsRealtime, double LatestAvailableTimestamp);

internal sealed record TopPinsResponse(IReadOnlyList<TopPinResponse> Pins, string SortBy, DateAvailabilityResponse DateAvailability);
