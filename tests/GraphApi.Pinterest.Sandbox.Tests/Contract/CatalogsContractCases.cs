using System.Text.Json.Nodes;

namespace GraphApi.Pinterest.Sandbox.Tests.Contract;

/// <summary>
/// One successful call per catalogs operation, as demo.pinner (its seeded retail catalog 98100000000000004 and ad
/// account 94000000000000002); merged into <see cref="ContractCases.All"/>.
/// </summary>
internal static class CatalogsContractCases
{
    public const string Catalog = "98100000000000004";
    public const string AdAccount = "94000000000000002";

    public static readonly Dictionary<string, Func<ContractCall, Task<ContractResult>>> All = new(StringComparer.Ordinal)
    {
        ["catalogs/list"] = c => c.GetAsync($"v5/catalogs?page_size=10&ad_account_id={AdAccount}"),
        ["catalogs/create"] = c => c.SendAsync(HttpMethod.Post, "v5/catalogs", new JsonObject { ["catalog_type"] = "HOTEL", ["name"] = "Contract hotels" }),
    };
}
