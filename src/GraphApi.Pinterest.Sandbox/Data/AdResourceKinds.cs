namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>The values of <see cref="AdResourceEntity.Kind"/>.</summary>
internal static class AdResourceKinds
{
    public const string Audience = "audience";
    public const string CustomerList = "customer_list";
    public const string ConversionTag = "conversion_tag";
    public const string Keyword = "keyword";
    public const string Report = "report";
    public const string BulkRequest = "bulk_request";
    public const string BillingProfile = "billing_profile";
    public const string CreditDiscount = "credit_discount";
    public const string Invoice = "invoice";
}
