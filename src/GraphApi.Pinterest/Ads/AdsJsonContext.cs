using System.Text.Json;
using System.Text.Json.Serialization;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads;

/// <summary>
/// Source-generated JSON metadata of the ads resources, with <see cref="Http.PinterestJsonContext"/>'s options
/// (snake_case, nulls left out). A context of its own so the ads resources add their types here only.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Page<AdAccount>))]
[JsonSerializable(typeof(AdAccount))]
[JsonSerializable(typeof(CreateAdAccountRequest))]
[JsonSerializable(typeof(IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>))]
[JsonSerializable(typeof(AdsTargetingAnalytics))]
[JsonSerializable(typeof(Page<Campaign>))]
[JsonSerializable(typeof(Campaign))]
[JsonSerializable(typeof(IReadOnlyList<CreateCampaignRequest>))]
[JsonSerializable(typeof(IReadOnlyList<UpdateCampaignRequest>))]
[JsonSerializable(typeof(AdsWriteResponse<Campaign>))]
[JsonSerializable(typeof(Page<AdGroup>))]
[JsonSerializable(typeof(AdGroup))]
[JsonSerializable(typeof(IReadOnlyList<CreateAdGroupRequest>))]
[JsonSerializable(typeof(IReadOnlyList<UpdateAdGroupRequest>))]
[JsonSerializable(typeof(AdsWriteResponse<AdGroup>))]
[JsonSerializable(typeof(Page<Ad>))]
[JsonSerializable(typeof(Ad))]
[JsonSerializable(typeof(IReadOnlyList<CreateAdRequest>))]
[JsonSerializable(typeof(IReadOnlyList<UpdateAdRequest>))]
[JsonSerializable(typeof(AdsWriteResponse<Ad>))]
// Patch<long>'s converter asks the context for long's metadata (the update requests' caps, budgets and bids).
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(AdsWriteRefusal))]
[JsonSerializable(typeof(IReadOnlyList<AdsWriteRefusal>))]
internal sealed partial class AdsJsonContext : JsonSerializerContext;
