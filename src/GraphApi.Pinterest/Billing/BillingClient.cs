using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.Billing;

internal sealed class BillingClient(PinterestRequestSender connection) : IBillingClient
{
    private static readonly PinterestAdResourcesJsonContext Json = PinterestAdResourcesJsonContext.Default;

    // GET /ad_accounts/{ad_account_id}/billing_profiles
    public Task<Page<BillingProfile>> ListProfilesAsync(string adAccountId, bool isActive, PageRequest? page = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        var query = new QueryString().Add("is_active", isActive).AddPage(page);
        return connection.GetAsync(BillingProfilesGet, BillingProfilesGet.Path(adAccountId), query, Json.PageBillingProfile, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/ads_credit/discounts
    public Task<Page<AdsCreditDiscount>> ListCreditDiscountsAsync(string adAccountId, PageRequest? page = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        var query = new QueryString().AddPage(page);
        return connection.GetAsync(AdsCreditDiscountsGet, AdsCreditDiscountsGet.Path(adAccountId), query, Json.PageAdsCreditDiscount, cancellationToken);
    }

    // POST /ad_accounts/{ad_account_id}/ads_credit/redeem
    public Task<RedeemAdsCreditResult> RedeemCreditAsync(string adAccountId, RedeemAdsCreditRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OfferCodeHash, nameof(request));
        return connection.SendJsonAsync(AdsCreditRedeem, AdsCreditRedeem.Path(adAccountId), null, request, Json.RedeemAdsCreditRequest, Json.RedeemAdsCreditResult, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/billing_invoices
    public Task<Page<BillingInvoice>> ListInvoicesAsync(string adAccountId, ListBillingInvoicesRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        var query = new QueryString()
            .Add("status", request?.Status)
            .Add("document_type", request?.DocumentType)
            .Add("start_due_date", request?.StartDueDate)
            .Add("end_due_date", request?.EndDueDate)
            .AddPage(request?.Page);
        return connection.GetAsync(BillingInvoicesGet, BillingInvoicesGet.Path(adAccountId), query, Json.PageBillingInvoice, cancellationToken);
    }
}
