namespace GraphApi.Pinterest.Catalogs.Items;

/// <summary>Catalog items (tag <c>catalog_items</c>): read by id, and write through asynchronous item batches.</summary>
public interface ICatalogItemsClient
{
    /// <summary>Items of one catalog and vertical by id (<c>items/post</c>, 1–1000 ids; a read sent as POST, never
    /// retried as a write would not be). Ids Pinterest cannot answer come back as error entries.</summary>
    Task<CatalogItems> GetAsync(CatalogItemsRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Submits 1–1000 item operations of one vertical (<c>items_batch/post</c>); the batch starts PROCESSING.</summary>
    Task<CatalogItemsBatch> SubmitBatchAsync(CatalogItemsBatchRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>A batch's status with its per-item records (<c>items_batch/get</c>).</summary>
    Task<CatalogItemsBatch> GetBatchAsync(string batchId, string? adAccountId = null, CancellationToken cancellationToken = default);
}
