using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.Ads.CustomerLists;

internal sealed class CustomerListsClient(PinterestRequestSender connection) : ICustomerListsClient
{
    private static readonly PinterestAdResourcesJsonContext Json = PinterestAdResourcesJsonContext.Default;

    // GET /ad_accounts/{ad_account_id}/customer_lists
    public Task<Page<CustomerList>> ListAsync(string adAccountId, ListCustomerListsRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        var query = new QueryString().Add("order", request?.Order).AddPage(request?.Page);
        return connection.GetAsync(CustomerListsList, CustomerListsList.Path(adAccountId), query, Json.PageCustomerList, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}
    public Task<CustomerList> GetAsync(string adAccountId, string customerListId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(customerListId);
        return connection.GetAsync(CustomerListsGet, CustomerListsGet.Path(adAccountId, customerListId), null, Json.CustomerList, cancellationToken);
    }

    // POST /ad_accounts/{ad_account_id}/customer_lists
    public Task<CustomerList> CreateAsync(string adAccountId, CreateCustomerListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentNullException.ThrowIfNull(request);
        return connection.SendJsonAsync(CustomerListsCreate, CustomerListsCreate.Path(adAccountId), null, request, Json.CreateCustomerListRequest, Json.CustomerList, cancellationToken);
    }

    // PATCH /ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}
    public Task<CustomerList> UpdateAsync(string adAccountId, string customerListId, UpdateCustomerListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(customerListId);
        ArgumentNullException.ThrowIfNull(request);
        return connection.SendJsonAsync(CustomerListsUpdate, CustomerListsUpdate.Path(adAccountId, customerListId), null, request, Json.UpdateCustomerListRequest, Json.CustomerList, cancellationToken);
    }
}
