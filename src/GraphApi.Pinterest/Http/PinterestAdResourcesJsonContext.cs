using System.Text.Json.Serialization;
using GraphApi.Pinterest.Ads.Audiences;
using GraphApi.Pinterest.Ads.ConversionTags;
using GraphApi.Pinterest.Ads.CustomerLists;
using GraphApi.Pinterest.Ads.Keywords;
using GraphApi.Pinterest.Ads.Planning;
using GraphApi.Pinterest.Ads.Reports;
using GraphApi.Pinterest.Billing;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Http;

/// <summary>
/// Source-generated JSON metadata for the resources around the ads hierarchy (audiences, customer lists, tags,
/// keywords, planning, async exports) and billing, with <see cref="PinterestJsonContext"/>'s options. A context of its
/// own because the generator cannot read <c>[JsonSerializable]</c> from a second part of a partial context.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    Converters = [typeof(PinterestDateTimeOffsetConverter)])]
[JsonSerializable(typeof(Page<Audience>))]
[JsonSerializable(typeof(Audience))]
[JsonSerializable(typeof(CreateAudienceRequest))]
[JsonSerializable(typeof(UpdateAudienceRequest))]
[JsonSerializable(typeof(Page<CustomerList>))]
[JsonSerializable(typeof(CustomerList))]
[JsonSerializable(typeof(CreateCustomerListRequest))]
[JsonSerializable(typeof(UpdateCustomerListRequest))]
[JsonSerializable(typeof(ConversionTagList))]
[JsonSerializable(typeof(ConversionTag))]
[JsonSerializable(typeof(CreateConversionTagRequest))]
[JsonSerializable(typeof(Page<Keyword>))]
[JsonSerializable(typeof(CreateKeywordsRequest))]
[JsonSerializable(typeof(UpdateKeywordsRequest))]
[JsonSerializable(typeof(KeywordsResult))]
[JsonSerializable(typeof(AudienceSizingRequest))]
[JsonSerializable(typeof(AudienceSizing))]
[JsonSerializable(typeof(BidFloorRequest))]
[JsonSerializable(typeof(BidFloor))]
[JsonSerializable(typeof(CreateReportRequest))]
[JsonSerializable(typeof(CreatedReport))]
[JsonSerializable(typeof(ReportState))]
[JsonSerializable(typeof(BulkDownloadRequest))]
[JsonSerializable(typeof(BulkDownloadStarted))]
[JsonSerializable(typeof(BulkRequestStatus))]
[JsonSerializable(typeof(Page<BillingProfile>))]
[JsonSerializable(typeof(Page<AdsCreditDiscount>))]
[JsonSerializable(typeof(RedeemAdsCreditRequest))]
[JsonSerializable(typeof(RedeemAdsCreditResult))]
[JsonSerializable(typeof(Page<BillingInvoice>))]
internal sealed partial class PinterestAdResourcesJsonContext : JsonSerializerContext;
