using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Catalogs;

/// <summary>
/// Catalogs (tag <c>catalogs</c>). Every call takes the optional <c>ad_account_id</c> of Business Access: act for the
/// owner of that ad account. The spec has no <c>catalogs/get</c>: a catalog by id is found through the list.
/// </summary>
public interface ICatalogsClient
{
    /// <summary>The catalogs of the user, or of the ad account's owner (<c>catalogs/list</c>).</summary>
    Task<Page<Catalog>> ListAsync(PageRequest? page = null, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a catalog (<c>catalogs/create</c>). Never retried automatically.</summary>
    Task<Catalog> CreateAsync(CreateCatalogRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);
}
