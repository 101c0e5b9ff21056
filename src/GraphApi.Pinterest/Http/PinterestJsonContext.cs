using System.Text.Json.Serialization;
using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Media;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Search;
using GraphApi.Pinterest.UserAccount;

namespace GraphApi.Pinterest.Http;

/// <summary>
/// Source-generated JSON metadata for every body the client sends or reads: snake_case names, nulls left out
/// (so optional fields take Pinterest's defaults), and discriminators accepted anywhere in an object.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    Converters = [typeof(PinterestDateTimeOffsetConverter)])]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, AccountAnalyticsMetrics>))]
[JsonSerializable(typeof(TopPinsAnalytics))]
[JsonSerializable(typeof(Page<UserSummary>))]
[JsonSerializable(typeof(IReadOnlyList<LinkedBusiness>))]
[JsonSerializable(typeof(Page<UserWebsiteSummary>))]
[JsonSerializable(typeof(UserWebsiteSummary))]
[JsonSerializable(typeof(VerifyWebsiteRequest))]
[JsonSerializable(typeof(UserWebsiteVerificationCode))]
[JsonSerializable(typeof(Page<Interest>))]
[JsonSerializable(typeof(FollowUserRequest))]
[JsonSerializable(typeof(UserSummary))]
[JsonSerializable(typeof(Page<Board>))]
[JsonSerializable(typeof(Board))]
[JsonSerializable(typeof(CreateBoardRequest))]
[JsonSerializable(typeof(UpdateBoardRequest))]
[JsonSerializable(typeof(Page<BoardSection>))]
[JsonSerializable(typeof(BoardSection))]
[JsonSerializable(typeof(CreateBoardSectionRequest))]
[JsonSerializable(typeof(UpdateBoardSectionRequest))]
[JsonSerializable(typeof(Page<Pin>))]
[JsonSerializable(typeof(Pin))]
[JsonSerializable(typeof(CreatePinRequest))]
[JsonSerializable(typeof(UpdatePinRequest))]
[JsonSerializable(typeof(SavePinRequest))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, PinAnalyticsMetrics>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, IReadOnlyDictionary<string, PinAnalyticsMetrics>>))]
[JsonSerializable(typeof(RegisterMediaUploadRequest))]
[JsonSerializable(typeof(MediaUpload))]
[JsonSerializable(typeof(MediaStatus))]
[JsonSerializable(typeof(Page<MediaStatus>))]
[JsonSerializable(typeof(Page<SummaryPin>))]
[JsonSerializable(typeof(PinterestOAuthToken))]
internal sealed partial class PinterestJsonContext : JsonSerializerContext;
