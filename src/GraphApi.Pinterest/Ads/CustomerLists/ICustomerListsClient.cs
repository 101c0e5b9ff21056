using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads.CustomerLists;

/// <summary>An ad account's customer lists (tag <c>customer_lists</c>).</summary>
public interface ICustomerListsClient
{
    /// <summary>Lists the ad account's customer lists (<c>customer_lists/list</c>).</summary>
    Task<Page<CustomerList>> ListAsync(string adAccountId, ListCustomerListsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one customer list (<c>customer_lists/get</c>).</summary>
    Task<CustomerList> GetAsync(string adAccountId, string customerListId, CancellationToken cancellationToken = default);

    /// <summary>Creates a customer list from records (<c>customer_lists/create</c>). Never retried automatically.</summary>
    Task<CustomerList> CreateAsync(string adAccountId, CreateCustomerListRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds records to or removes them from a list (<c>customer_lists/update</c>).</summary>
    Task<CustomerList> UpdateAsync(string adAccountId, string customerListId, UpdateCustomerListRequest request, CancellationToken cancellationToken = default);
}
