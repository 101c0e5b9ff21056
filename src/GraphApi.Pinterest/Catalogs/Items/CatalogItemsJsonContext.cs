using System.Text.Json.Serialization;
using GraphApi.Pinterest.Catalogs.ProductGroups;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Catalogs.Items;

/// <summary>
/// Source-generated JSON metadata of catalog items and product groups, with <see cref="PinterestJsonContext"/>'s options
/// (snake_case, nulls left out, Pinterest's offset-less date-times). A context of its own so issue 18's catalog work adds
/// its types here only.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    Converters = [typeof(PinterestDateTimeOffsetConverter)])]
[JsonSerializable(typeof(CatalogItemsRequest))]
[JsonSerializable(typeof(CatalogItems))]
[JsonSerializable(typeof(CatalogItemsBatchRequest))]
[JsonSerializable(typeof(CatalogItemsBatch))]
[JsonSerializable(typeof(Page<ProductGroup>))]
[JsonSerializable(typeof(ProductGroup))]
[JsonSerializable(typeof(CreateProductGroupRequest))]
[JsonSerializable(typeof(UpdateProductGroupRequest))]
[JsonSerializable(typeof(IReadOnlyList<CreateProductGroupRequest>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(ProductGroupProductCounts))]
[JsonSerializable(typeof(Page<CatalogProduct>))]
[JsonSerializable(typeof(ProductsByFiltersRequest))]
internal sealed partial class CatalogItemsJsonContext : JsonSerializerContext;
