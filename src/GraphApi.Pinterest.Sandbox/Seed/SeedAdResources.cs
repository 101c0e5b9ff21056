using System.Globalization;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.AdResources;
using GraphApi.Pinterest.Sandbox.Data;

namespace GraphApi.Pinterest.Sandbox.Seed;

/// <summary>
/// What hangs on the seeded ad accounts besides campaigns (see <see cref="SeedAds"/>): demo.business's "Demo Studio
/// Ads" has two audiences, a customer list, a Pinterest Tag, three keywords on its first ad group, two billing profiles
/// (one valid card, one invalid), an ads credit and three invoices; demo.pinner's small account has one audience, one
/// tag and one of each billing item, so another user's ids can be tried and the contract tests see every shape. Fixed ids under 98…, like the rest of the seed.
/// </summary>
internal static class SeedAdResources
{
    public static readonly string BusinessVisitorsAudienceId = Id(98100000000000000L, 1);
    public static readonly string BusinessLookalikeAudienceId = Id(98100000000000000L, 2);
    public static readonly string PinnerAudienceId = Id(98100000000000000L, 3);
    public static readonly string BusinessCustomerListId = Id(98200000000000000L, 1);
    public static readonly string BusinessConversionTagId = Id(98300000000000000L, 1);
    public static readonly string PinnerConversionTagId = Id(98300000000000000L, 2);

    public static string KeywordId(int number) => Id(98400000000000000L, number);

    public static string BillingProfileId(int number) => Id(98500000000000000L, number);

    public static string InvoiceId(int number) => Id(98600000000000000L, number);

    /// <summary>Adds the documents to <paramref name="db"/>; the caller saves.</summary>
    public static void Add(SandboxDbContext db)
    {
        var epoch = SeedCatalog.Epoch;
        var business = SeedAds.BusinessAdAccountId;
        var tag = BusinessConversionTagId;

        Put(db, business, AdResourceKinds.ConversionTag, tag, ConversionTagEndpoints.New(tag, business, "Demo Studio shop", aemEnabled: true), epoch);
        Put(db, business, AdResourceKinds.CustomerList, BusinessCustomerListId,
            CustomerListEndpoints.New(BusinessCustomerListId, business, "Newsletter subscribers", 2_400, epoch.AddDays(-40)), epoch.AddDays(-40));
        Put(db, business, AdResourceKinds.Audience, BusinessVisitorsAudienceId, AudienceEndpoints.New(
            BusinessVisitorsAudienceId, business, "Checkout visitors", "VISITOR", "People who reached checkout in the last 30 days.",
            new JsonObject { ["visitor_source_id"] = tag, ["event"] = "checkout", ["retention_days"] = 30, ["prefill"] = true },
            size: 18_000, status: "READY", epoch.AddDays(-30)), epoch.AddDays(-30));
        Put(db, business, AdResourceKinds.Audience, BusinessLookalikeAudienceId, AudienceEndpoints.New(
            BusinessLookalikeAudienceId, business, "Subscribers lookalike", "ACTALIKE", null,
            new JsonObject { ["seed_id"] = new JsonArray(BusinessCustomerListId), ["country"] = "US", ["percentage"] = 5 },
            size: 2_500_000, status: "READY", epoch.AddDays(-20)), epoch.AddDays(-20));

        string[] words = ["handmade ceramics", "studio pottery", "ceramic mugs"];
        string[] matchTypes = ["BROAD", "PHRASE", "EXACT"];
        for (var i = 0; i < words.Length; i++)
        {
            var id = KeywordId(i + 1);
            Put(db, business, AdResourceKinds.Keyword, id, KeywordEndpoints.New(id, words[i], matchTypes[i], i == 2 ? 250_000 : null, SeedAds.AdGroupId(1), "ad_group"), epoch);
        }

        Put(db, business, AdResourceKinds.BillingProfile, BillingProfileId(1), BillingEndpoints.Profile(BillingProfileId(1), business, "CREDIT_CARD", "VISA", "VALID"), epoch);
        Put(db, business, AdResourceKinds.BillingProfile, BillingProfileId(2), BillingEndpoints.Profile(BillingProfileId(2), business, "CREDIT_CARD", "MASTERCARD", "INVALID"), epoch);
        Put(db, business, AdResourceKinds.CreditDiscount, Id(98700000000000000L, 1), BillingEndpoints.Credit(business, "Welcome credit", "CREDIT", 50_000_000, 12_500_000), epoch);
        var firstMonth = new DateOnly(epoch.Year, epoch.Month, 1).AddMonths(-3);
        for (var i = 0; i < 3; i++)
        {
            Put(db, business, AdResourceKinds.Invoice, InvoiceId(i + 1),
                BillingEndpoints.Invoice(InvoiceId(i + 1), business, "Demo Studio Ads", firstMonth.AddMonths(i), 180_000_000L + (i * 45_000_000L), i < 2 ? "CLOSED" : "OPEN", "INVOICE"), epoch);
        }

        var pinner = SeedAds.PinnerAdAccountId;
        Put(db, pinner, AdResourceKinds.Audience, PinnerAudienceId, AudienceEndpoints.New(
            PinnerAudienceId, pinner, "Shop visitors", "VISITOR", null, new JsonObject { ["retention_days"] = 14 },
            size: 900, status: "READY", epoch.AddDays(-10)), epoch.AddDays(-10));
        Put(db, pinner, AdResourceKinds.ConversionTag, PinnerConversionTagId, ConversionTagEndpoints.New(PinnerConversionTagId, pinner, "Pinner's shop", aemEnabled: false), epoch);
        Put(db, pinner, AdResourceKinds.BillingProfile, BillingProfileId(3), BillingEndpoints.Profile(BillingProfileId(3), pinner, "CREDIT_CARD", "AMERICAN_EXPRESS", "VALID"), epoch);
        Put(db, pinner, AdResourceKinds.CreditDiscount, Id(98700000000000000L, 2), BillingEndpoints.Credit(pinner, "Starter coupon", "COUPON", 10_000_000, 10_000_000), epoch);
        Put(db, pinner, AdResourceKinds.Invoice, InvoiceId(4), BillingEndpoints.Invoice(InvoiceId(4), pinner, "Pinner's Shop", firstMonth, 20_000_000, "OPEN", "INVOICE"), epoch);
    }

    private static void Put(SandboxDbContext db, string adAccountId, string kind, string id, JsonObject body, DateTime created) =>
        db.AdResources.Add(new AdResourceEntity { Id = id, AdAccountId = adAccountId, Kind = kind, Json = body.ToJsonString(), CreatedAt = created });

    private static string Id(long prefix, int number) => (prefix + number).ToString(CultureInfo.InvariantCulture);
}
