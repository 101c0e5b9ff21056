using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Catalogs.CatalogsOperations;

namespace GraphApi.Pinterest.Catalogs;

internal sealed class CatalogsClient(PinterestRequestSender connection) : ICatalogsClient
{
    private static readonly CatalogsJsonContext Json = CatalogsJsonContext.Default;

    // GET /catalogs
    public Task<Page<Catalog>> ListAsync(PageRequest? page = null, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("ad_account_id", adAccountId).AddPage(page);
        return connection.GetAsync(CatalogsList, CatalogsList.Path(), query, Json.PageCatalog, cancellationToken);
    }

    // POST /catalogs
    public Task<Catalog> CreateAsync(CreateCatalogRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Name, nameof(request));
        if (!CatalogTypes.All.Contains(request.CatalogType, StringComparer.Ordinal))
        {
            throw new ArgumentException($"CatalogType must be one of {string.Join(", ", CatalogTypes.All)}.", nameof(request));
        }

        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendJsonAsync(CatalogsCreate, CatalogsCreate.Path(), query, request, Json.CreateCatalogRequest, Json.Catalog, cancellationToken);
    }
}
