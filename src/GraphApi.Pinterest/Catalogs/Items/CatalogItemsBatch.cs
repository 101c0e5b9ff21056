using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Catalogs.Items;

/// <summary>
/// An item batch (<c>CatalogsItemsBatch</c>): Pinterest processes it asynchronously, so <see cref="Status"/> starts
/// <c>PROCESSING</c> and a caller polls <c>items_batch/get</c> until <c>COMPLETED</c> or <c>FAILED</c>.
/// </summary>
public sealed record CatalogItemsBatch
{
    /// <summary>Batch id (alphanumeric, may hold a dash in Pinterest's own examples).</summary>
    public string? BatchId { get; init; }

    /// <summary>One of <see cref="CatalogItemVerticals"/>.</summary>
    public string CatalogType { get; init; } = string.Empty;

    /// <summary><c>PROCESSING</c>, <c>COMPLETED</c> or <c>FAILED</c>.</summary>
    public string? Status { get; init; }

    /// <summary>When the batch was created; null when Pinterest skipped a recent duplicate.</summary>
    public DateTimeOffset? CreatedTime { get; init; }

    /// <summary>When processing finished.</summary>
    public DateTimeOffset? CompletedTime { get; init; }

    /// <summary>One record per item operation.</summary>
    public IReadOnlyList<CatalogItemProcessingRecord>? Items { get; init; }
}

/// <summary><c>ItemProcessingRecord</c> (and the hotel / creative-assets records): one item's outcome in a batch.</summary>
public sealed record CatalogItemProcessingRecord
{
    /// <summary>Retail item id.</summary>
    public string? ItemId { get; init; }

    /// <summary>Hotel id.</summary>
    public string? HotelId { get; init; }

    /// <summary>Creative assets id.</summary>
    public string? CreativeAssetsId { get; init; }

    /// <summary><c>SUCCESS</c>, <c>FAILURE</c> or <c>PROCESSING</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Validation errors: a non-empty list fails the item.</summary>
    public IReadOnlyList<ItemValidationEvent>? Errors { get; init; }

    /// <summary>Validation warnings.</summary>
    public IReadOnlyList<ItemValidationEvent>? Warnings { get; init; }

    /// <summary>The item's id, whichever vertical.</summary>
    [JsonIgnore]
    public string? Id => ItemId ?? HotelId ?? CreativeAssetsId;
}
