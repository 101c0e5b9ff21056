using GraphApi.Pinterest.Catalogs.Items;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Catalogs.ProductGroups.ProductGroupOperations;

namespace GraphApi.Pinterest.Catalogs.ProductGroups;

internal sealed class ProductGroupsClient(PinterestRequestSender connection) : IProductGroupsClient
{
    private static readonly CatalogItemsJsonContext Json = CatalogItemsJsonContext.Default;

    // GET /catalogs/product_groups
    public Task<Page<ProductGroup>> ListAsync(ListProductGroupsRequest? request = null, CancellationToken cancellationToken = default)
    {
        if (request?.Ids is { } ids)
        {
            Count(ids.Count, PinterestLimits.ProductGroupIdsPerCall, nameof(request));
        }

        var query = new QueryString()
            .AddCommaSeparated("id", request?.Ids)
            .Add("feed_id", request?.FeedId)
            .Add("catalog_id", request?.CatalogId)
            .Add("ad_account_id", request?.AdAccountId)
            .AddPage(request?.Page);
        return connection.GetAsync(List, List.Path(), query, Json.PageProductGroup, cancellationToken);
    }

    // POST /catalogs/product_groups
    public Task<ProductGroup> CreateAsync(CreateProductGroupRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return connection.SendJsonAsync(Create, Create.Path(), AdAccount(adAccountId), request, Json.CreateProductGroupRequest, Json.ProductGroup, cancellationToken);
    }

    // POST /catalogs/product_groups/multiple
    public Task<IReadOnlyList<string>> CreateManyAsync(IReadOnlyList<CreateProductGroupRequest> requests, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        Count(requests.Count, PinterestLimits.ProductGroupsPerCreate, nameof(requests));
        return connection.SendJsonAsync(CreateMany, CreateMany.Path(), AdAccount(adAccountId), requests, Json.IReadOnlyListCreateProductGroupRequest, Json.IReadOnlyListString, cancellationToken);
    }

    // GET /catalogs/product_groups/{product_group_id}
    public Task<ProductGroup> GetAsync(string productGroupId, string? adAccountId = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(Get, Get.Path(productGroupId), AdAccount(adAccountId), Json.ProductGroup, cancellationToken);

    // PATCH /catalogs/product_groups/{product_group_id}
    public Task<ProductGroup> UpdateAsync(string productGroupId, UpdateProductGroupRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return connection.SendJsonAsync(Update, Update.Path(productGroupId), AdAccount(adAccountId), request, Json.UpdateProductGroupRequest, Json.ProductGroup, cancellationToken);
    }

    // DELETE /catalogs/product_groups/{product_group_id}
    public Task DeleteAsync(string productGroupId, string? adAccountId = null, CancellationToken cancellationToken = default) =>
        connection.SendAsync(Delete, Delete.Path(productGroupId), AdAccount(adAccountId), cancellationToken);

    // DELETE /catalogs/product_groups/multiple?id=1,2
    public Task DeleteManyAsync(IReadOnlyList<string> productGroupIds, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(productGroupIds);
        Count(productGroupIds.Count, PinterestLimits.ProductGroupIdsPerCall, nameof(productGroupIds));
        var query = new QueryString().AddCommaSeparated("id", productGroupIds).Add("ad_account_id", adAccountId);
        return connection.SendAsync(DeleteMany, DeleteMany.Path(), query, cancellationToken);
    }

    // GET /catalogs/product_groups/{product_group_id}/product_counts
    public Task<ProductGroupProductCounts> GetProductCountsAsync(string productGroupId, string? adAccountId = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(ProductCounts, ProductCounts.Path(productGroupId), AdAccount(adAccountId), Json.ProductGroupProductCounts, cancellationToken);

    // GET /catalogs/product_groups/{product_group_id}/products
    public Task<Page<CatalogProduct>> ListProductsAsync(string productGroupId, PageRequest? page = null, bool? pinMetrics = null, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("pin_metrics", pinMetrics).Add("ad_account_id", adAccountId).AddPage(page);
        return connection.GetAsync(Products, Products.Path(productGroupId), query, Json.PageCatalogProduct, cancellationToken);
    }

    // POST /catalogs/products/get_by_product_group_filters
    public Task<Page<CatalogProduct>> ListProductsByFiltersAsync(ProductsByFiltersRequest request, PageRequest? page = null, bool? pinMetrics = null, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryString().Add("pin_metrics", pinMetrics).Add("ad_account_id", adAccountId).AddPage(page);
        return connection.SendJsonAsync(ProductsByFilters, ProductsByFilters.Path(), query, request, Json.ProductsByFiltersRequest, Json.PageCatalogProduct, cancellationToken);
    }

    private static QueryString AdAccount(string? adAccountId) => new QueryString().Add("ad_account_id", adAccountId);

    private static void Count(int count, int max, string parameter)
    {
        if (count < 1 || count > max)
        {
            throw new ArgumentOutOfRangeException(parameter, count, $"Pinterest takes 1–{max} per call.");
        }
    }
}
