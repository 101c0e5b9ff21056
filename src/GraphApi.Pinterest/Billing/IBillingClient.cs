using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Billing;

/// <summary>An ad account's billing (tag <c>billing</c>): every call needs <c>ads:*</c> and <c>billing:*</c> together.</summary>
public interface IBillingClient
{
    /// <summary>Lists billing profiles (<c>billing_profiles/get</c>); <paramref name="isActive"/> is required by Pinterest.</summary>
    Task<Page<BillingProfile>> ListProfilesAsync(string adAccountId, bool isActive, PageRequest? page = null, CancellationToken cancellationToken = default);

    /// <summary>Lists ads credits and coupons (<c>ads_credits_discounts/get</c>).</summary>
    Task<Page<AdsCreditDiscount>> ListCreditDiscountsAsync(string adAccountId, PageRequest? page = null, CancellationToken cancellationToken = default);

    /// <summary>Redeems (or only checks) an ads credit offer code (<c>ads_credit/redeem</c>). Never retried automatically.</summary>
    Task<RedeemAdsCreditResult> RedeemCreditAsync(string adAccountId, RedeemAdsCreditRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists invoices (<c>billing_invoices/get</c>).</summary>
    Task<Page<BillingInvoice>> ListInvoicesAsync(string adAccountId, ListBillingInvoicesRequest? request = null, CancellationToken cancellationToken = default);
}
