using GraphApi.Pinterest.Http;
using static GraphApi.Pinterest.Catalogs.Items.CatalogItemOperations;

namespace GraphApi.Pinterest.Catalogs.Items;

internal sealed class CatalogItemsClient(PinterestRequestSender connection) : ICatalogItemsClient
{
    private static readonly CatalogItemsJsonContext Json = CatalogItemsJsonContext.Default;

    // POST /catalogs/items
    public Task<CatalogItems> GetAsync(CatalogItemsRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = request.Filters.Ids;
        Vertical(request.Filters.CatalogType, nameof(request));
        Count(ids.Count, PinterestLimits.CatalogItemIdsPerCall, "ids", nameof(request));
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendJsonAsync(ItemsGet, ItemsGet.Path(), query, request, Json.CatalogItemsRequest, Json.CatalogItems, cancellationToken);
    }

    // POST /catalogs/items/batch
    public Task<CatalogItemsBatch> SubmitBatchAsync(CatalogItemsBatchRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Vertical(request.CatalogType, nameof(request));
        Count(request.Items.Count, PinterestLimits.CatalogItemsPerBatch, "items", nameof(request));
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendJsonAsync(ItemsBatchPost, ItemsBatchPost.Path(), query, request, Json.CatalogItemsBatchRequest, Json.CatalogItemsBatch, cancellationToken);
    }

    // GET /catalogs/items/batch/{batch_id}
    public Task<CatalogItemsBatch> GetBatchAsync(string batchId, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.GetAsync(ItemsBatchGet, ItemsBatchGet.Path(batchId), query, Json.CatalogItemsBatch, cancellationToken);
    }

    private static void Vertical(string vertical, string parameter)
    {
        if (!CatalogItemVerticals.All.Contains(vertical))
        {
            throw new ArgumentException($"catalog_type must be one of {string.Join(", ", CatalogItemVerticals.All)}.", parameter);
        }
    }

    private static void Count(int count, int max, string what, string parameter)
    {
        if (count < 1 || count > max)
        {
            throw new ArgumentOutOfRangeException(parameter, count, $"Pinterest takes 1–{max} {what} per call.");
        }
    }
}
