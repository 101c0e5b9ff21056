namespace GraphApi.Schema.Relay;

/// <summary>The type names global IDs carry.</summary>
public static class NodeTypes
{
    public const string User = "User";
    public const string Board = "Board";
    public const string BoardSection = "BoardSection";
    public const string Pin = "Pin";
    public const string AdAccount = "AdAccount";
    public const string Catalog = "Catalog";
    public const string CatalogFeed = "CatalogFeed";
    public const string ProductGroup = "ProductGroup";

    /// <summary>Campaigns, ad groups and ads carry their ad account: "adAccountId/id" (<c>Features/Ads/AdsKey</c>).</summary>
    public const string Campaign = "Campaign";
    public const string AdGroup = "AdGroup";
    public const string Ad = "Ad";

    /// <summary>A business of Business Access (its id is the business account's user id).</summary>
    public const string Business = "Business";

    public static bool IsKnown(string type) => type is User or Board or BoardSection or Pin or AdAccount or Campaign or AdGroup or Ad or Catalog or CatalogFeed or ProductGroup or Business;
}
