using System.Text.Json.Serialization;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Catalogs;

/// <summary>
/// Source-generated JSON metadata of the catalogs resources, with <see cref="Http.PinterestJsonContext"/>'s options
/// (snake_case, nulls left out). A context of its own so the catalogs resources add their types here only.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Page<Catalog>))]
[JsonSerializable(typeof(Catalog))]
[JsonSerializable(typeof(CreateCatalogRequest))]
internal sealed partial class CatalogsJsonContext : JsonSerializerContext;
