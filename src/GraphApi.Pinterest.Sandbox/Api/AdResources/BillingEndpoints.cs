using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Ads;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Api.AdResources.AdResourceRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.AdResources;

/// <summary>
/// Billing of an ad account: profiles, credits and invoices (seeded), and redeeming an offer code. Every operation
/// needs an ads scope and a billing scope together, as the spec states. One offer code works in the sandbox,
/// <see cref="OfferCode"/>, once per account; Pinterest refuses a redeemed or unknown code with a 200 whose
/// <c>success</c> is false, and so does the sandbox.
/// </summary>
internal static class BillingEndpoints
{
    public const string OfferCode = "SANDBOX-CREDIT-100";
    public const int AlreadyRedeemed = 2708;
    public const int UnknownCode = 2701;

    public static string OfferCodeHash { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(OfferCode)));

    public static void MapBilling(this RouteGroupBuilder v5)
    {
        v5.MapGet("/ad_accounts/{adAccountId}/billing_profiles", ProfilesAsync).AdResourceOperation("billing_profiles/get", AdsRead, SandboxScopes.AdsRead, SandboxScopes.BillingRead);
        v5.MapGet("/ad_accounts/{adAccountId}/ads_credit/discounts", DiscountsAsync).AdResourceOperation("ads_credits_discounts/get", AdsRead, SandboxScopes.AdsRead, SandboxScopes.BillingRead);
        v5.MapPost("/ad_accounts/{adAccountId}/ads_credit/redeem", RedeemAsync).AdResourceOperation("ads_credit/redeem", AdsWrite, SandboxScopes.AdsWrite, SandboxScopes.BillingWrite);
        v5.MapGet("/ad_accounts/{adAccountId}/billing_invoices", InvoicesAsync).AdResourceOperation("billing_invoices/get", AdsRead, SandboxScopes.AdsRead, SandboxScopes.BillingRead);
    }

    private static async Task<IResult> ProfilesAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var isActive = request.Query["is_active"].ToString();
        if (isActive is not ("true" or "false"))
        {
            return SandboxErrors.InvalidParameters("is_active is required: true or false.");
        }

        if (!PageRequest.TryParse(request, out var pageRequest, out var pageError))
        {
            return pageError!;
        }

        var profiles = (await AdResourceStore.Of(api, adAccountId, AdResourceKinds.BillingProfile).OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(AdResourceStore.Body)
            .Where(p => isActive == "false" || p["status"]!.GetValue<string>() == "VALID");
        return SandboxJson.Ok(Page<JsonObject>.FromList(profiles, pageRequest));
    }

    private static async Task<IResult> DiscountsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        return await AdResourceStore.PageAsync(request, AdResourceStore.Of(api, adAccountId, AdResourceKinds.CreditDiscount), cancellationToken);
    }

    private static async Task<IResult> RedeemAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        string? hash;
        bool? validateOnly;
        try
        {
            (hash, validateOnly) = (body.String("offerCodeHash"), body.Bool("validateOnly"));
        }
        catch (FormatException e)
        {
            return SandboxErrors.InvalidParameters(e.Message);
        }

        if (hash is null || validateOnly is null || !hash.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c)))
        {
            return SandboxErrors.InvalidParameters("offerCodeHash (lowercase hex) and validateOnly are required.");
        }

        if (hash != OfferCodeHash)
        {
            return SandboxJson.Ok(new JsonObject { ["success"] = false, ["errorCode"] = UnknownCode, ["errorMessage"] = "The offer code is not valid." });
        }

        var creditId = "redeemed-" + adAccountId;
        if (await AdResourceStore.FindAsync(api, adAccountId, AdResourceKinds.CreditDiscount, creditId, cancellationToken) is not null)
        {
            return SandboxJson.Ok(new JsonObject { ["success"] = false, ["errorCode"] = AlreadyRedeemed, ["errorMessage"] = "The offer has already been redeemed by this advertiser" });
        }

        if (validateOnly == false)
        {
            AdResourceStore.Add(api, adAccountId, AdResourceKinds.CreditDiscount, creditId, Credit(adAccountId, "Sandbox offer", "MARKETING_OFFER_CREDIT", 100_000_000, 100_000_000));
            await api.Db.SaveChangesAsync(cancellationToken);
        }

        return SandboxJson.Ok(new JsonObject { ["success"] = true, ["errorCode"] = null, ["errorMessage"] = null });
    }

    private static async Task<IResult> InvoicesAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var status = request.Query["status"].ToString();
        var documentType = request.Query["document_type"].ToString();
        if (status is not ("" or "OPEN" or "CLOSED") || documentType is not ("" or "INVOICE" or "CREDIT_MEMO"))
        {
            return SandboxErrors.InvalidParameters("status must be OPEN or CLOSED; document_type INVOICE or CREDIT_MEMO.");
        }

        if (!TryDate(request, "start_due_date", out var startDue) || !TryDate(request, "end_due_date", out var endDue))
        {
            return SandboxErrors.InvalidParameters("start_due_date and end_due_date must be YYYY-MM-DD.");
        }

        if (!PageRequest.TryParse(request, out var pageRequest, out var pageError))
        {
            return pageError!;
        }

        var invoices = (await AdResourceStore.Of(api, adAccountId, AdResourceKinds.Invoice).OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(AdResourceStore.Body)
            .Where(i => status.Length == 0 || i["status"]!.GetValue<string>() == status)
            .Where(i => documentType.Length == 0 || i["document_type"]!.GetValue<string>() == documentType)
            .Where(i =>
            {
                var due = DateOnly.ParseExact(i["invoice_due_date"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return (startDue is null || due >= startDue) && (endDue is null || due <= endDue);
            });
        return SandboxJson.Ok(Page<JsonObject>.FromList(invoices, pageRequest));
    }

    private static bool TryDate(HttpRequest request, string name, out DateOnly? value)
    {
        value = null;
        var raw = request.Query[name].ToString();
        if (raw.Length == 0)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    public static JsonObject Profile(string id, string adAccountId, string billingType, string? cardType, string status) => new()
    {
        ["id"] = id,
        ["advertiser_id"] = adAccountId,
        ["billing_type"] = billingType,
        ["card_type"] = cardType,
        ["payment_method_brand"] = cardType,
        ["status"] = status,
    };

    public static JsonObject Credit(string adAccountId, string title, string type, long amount, long remaining) => new()
    {
        ["active"] = remaining > 0,
        ["advertiser_id"] = adAccountId,
        ["title"] = title,
        ["discountType"] = type,
        ["discountCurrency"] = "USD",
        ["discountInMicroCurrency"] = amount,
        ["remainingDiscountInMicroCurrency"] = remaining,
    };

    public static JsonObject Invoice(string id, string adAccountId, string accountName, DateOnly periodStart, long billed, string status, string documentType) => new()
    {
        ["id"] = id,
        ["ad_account_id"] = adAccountId,
        ["ad_account_name"] = accountName,
        ["document_type"] = documentType,
        ["status"] = status,
        ["currency"] = "USD",
        ["amount_billed_micro_currency"] = billed,
        ["amount_discount_micro_currency"] = 0L,
        ["amount_net_micro_currency"] = billed,
        ["amount_tax_micro_currency"] = 0L,
        ["bill_to_country"] = "US",
        ["billing_period_start_date"] = periodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["billing_period_end_date"] = periodStart.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["invoice_due_date"] = periodStart.AddMonths(1).AddDays(29).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["payment_terms"] = "NET30",
    };
}
