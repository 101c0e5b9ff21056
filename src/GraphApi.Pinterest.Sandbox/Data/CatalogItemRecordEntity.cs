namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>
/// A catalog item, product group or item batch of one catalog, stored as the JSON body Pinterest answers with (the
/// emulator reads a few attributes back for product group filters, never queries inside them). Items are keyed by
/// their merchant id within the catalog; product groups and batches carry globally unique ids.
/// </summary>
internal sealed class CatalogItemRecordEntity
{
    public required string CatalogId { get; set; }

    /// <summary>One of <see cref="CatalogItemRecordKinds"/>.</summary>
    public required string Kind { get; set; }

    public required string Id { get; set; }

    /// <summary>The catalog's owner, copied so owner checks need no join.</summary>
    public required string OwnerId { get; set; }

    /// <summary>The answer's JSON body.</summary>
    public required string Json { get; set; }

    /// <summary>Items: the Pin that shows the product (product groups' <c>products</c>).</summary>
    public string? PinId { get; set; }

    /// <summary>Batches: how many times they were polled (their state machine's clock).</summary>
    public int Polls { get; set; }

    public DateTime CreatedAt { get; set; }
}
