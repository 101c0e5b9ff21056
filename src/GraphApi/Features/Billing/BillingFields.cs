using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.AdReports;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Billing;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Billing;

/// <summary>An ad account's billing: every field needs ads:read and billing:read together, as the spec states.</summary>
internal static class BillingFields
{
    public static void AddTo(ObjectGraphType<AdAccount> account)
    {
        account.Field<BillingProfileConnectionType>("billingProfiles").Description("How the account pays.").Paged()
            .Argument<BooleanGraphType>("activeOnly", "Only valid profiles (default true).")
            .RequiresScopes(PinterestScopes.AdsRead, PinterestScopes.BillingRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.Pinterest().Billing.ListProfilesAsync(AdInputChecks.AccountId(c), c.GetArgument("activeOnly", true), page, ct)));

        account.Field<AdsCreditConnectionType>("adsCredits").Description("The account's ads credits and coupons.").Paged()
            .RequiresScopes(PinterestScopes.AdsRead, PinterestScopes.BillingRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.Pinterest().Billing.ListCreditDiscountsAsync(AdInputChecks.AccountId(c), page, ct)));

        account.Field<BillingInvoiceConnectionType>("invoices").Description("The account's invoices and credit memos.").Paged()
            .Argument<InvoiceStatusEnumType>("status", "Only OPEN or CLOSED ones.")
            .Argument<DateOnlyGraphType>("dueFrom", "Due on or after this day.")
            .Argument<DateOnlyGraphType>("dueTo", "Due on or before this day.")
            .RequiresScopes(PinterestScopes.AdsRead, PinterestScopes.BillingRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.Pinterest().Billing.ListInvoicesAsync(AdInputChecks.AccountId(c), new ListBillingInvoicesRequest
                {
                    Status = c.GetArgument<string?>("status"),
                    StartDueDate = c.GetArgument<DateOnly?>("dueFrom"),
                    EndDueDate = c.GetArgument<DateOnly?>("dueTo"),
                    Page = page,
                }, ct)));
    }
}
