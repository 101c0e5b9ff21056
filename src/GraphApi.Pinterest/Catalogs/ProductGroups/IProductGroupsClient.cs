using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Catalogs.ProductGroups;

/// <summary>Catalog product groups (tag <c>catalog_product_groups</c>).</summary>
public interface IProductGroupsClient
{
    /// <summary>Lists groups (<c>catalogs_product_groups/list</c>); with <see cref="ListProductGroupsRequest.Ids"/> it is the batch get by id.</summary>
    Task<Page<ProductGroup>> ListAsync(ListProductGroupsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Creates one group (<c>catalogs_product_groups/create</c>).</summary>
    Task<ProductGroup> CreateAsync(CreateProductGroupRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates 1–1000 groups (<c>catalogs_product_groups/create_many</c>); Pinterest answers with their ids only.</summary>
    Task<IReadOnlyList<string>> CreateManyAsync(IReadOnlyList<CreateProductGroupRequest> requests, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>One group (<c>catalogs_product_groups/get</c>).</summary>
    Task<ProductGroup> GetAsync(string productGroupId, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a group (<c>catalogs_product_groups/update</c>).</summary>
    Task<ProductGroup> UpdateAsync(string productGroupId, UpdateProductGroupRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a group (<c>catalogs_product_groups/delete</c>).</summary>
    Task DeleteAsync(string productGroupId, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes 1–1000 groups (<c>catalogs_product_groups/delete_many</c>, ids in the query).</summary>
    Task DeleteManyAsync(IReadOnlyList<string> productGroupIds, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>A group's product counts (<c>catalogs_product_groups/product_counts_get</c>).</summary>
    Task<ProductGroupProductCounts> GetProductCountsAsync(string productGroupId, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>A group's products, each with its Pin (<c>catalogs_product_group_pins/list</c>).</summary>
    Task<Page<CatalogProduct>> ListProductsAsync(string productGroupId, PageRequest? page = null, bool? pinMetrics = null, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Products matching filters before a group exists (<c>products_by_product_group_filter/list</c>).</summary>
    Task<Page<CatalogProduct>> ListProductsByFiltersAsync(ProductsByFiltersRequest request, PageRequest? page = null, bool? pinMetrics = null, string? adAccountId = null, CancellationToken cancellationToken = default);
}
