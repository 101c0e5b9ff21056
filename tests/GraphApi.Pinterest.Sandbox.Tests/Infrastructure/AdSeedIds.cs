namespace GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

/// <summary>Fixed IDs of the seeded ads resources (Seed/SeedAds.cs, Seed/SeedAdResources.cs).</summary>
internal static class AdSeedIds
{
    /// <summary>demo.business's "Demo Studio Ads".</summary>
    public const string BusinessAccount = "94000000000000001";

    /// <summary>demo.pinner's small account.</summary>
    public const string PinnerAccount = "94000000000000002";

    public const string BusinessVisitorsAudience = "98100000000000001";
    public const string PinnerAudience = "98100000000000003";
    public const string BusinessCustomerList = "98200000000000001";
    public const string BusinessConversionTag = "98300000000000001";
    public const string PinnerConversionTag = "98300000000000002";
    public const string BusinessFirstKeyword = "98400000000000001";

    /// <summary>The first ad group of demo.business's first campaign: the seeded keywords' parent.</summary>
    public const string BusinessFirstAdGroup = "96000000000000001";

    /// <summary>The offer code the sandbox accepts once per account.</summary>
    public const string OfferCode = "SANDBOX-CREDIT-100";

    /// <summary>SHA-256 of <see cref="OfferCode"/>, lowercase hex.</summary>
    public static string OfferCodeHash => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(OfferCode)));
}
