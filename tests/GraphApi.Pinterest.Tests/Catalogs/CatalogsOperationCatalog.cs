using GraphApi.Pinterest.Catalogs;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Tests.Catalogs;

/// <summary>One call per catalogs client method with every optional parameter set, for the spec check (kept apart from OperationCatalog).</summary>
internal static class CatalogsOperationCatalog
{
    private const string AdAccount = "549755885175";
    private static readonly PageRequest Page = new(250, "bookmark-1");

    public static readonly IReadOnlyDictionary<string, (string OperationId, Func<IPinterestClient, Task> Call)> Calls =
        new Dictionary<string, (string, Func<IPinterestClient, Task>)>
        {
            ["catalogs.list"] = ("catalogs/list", c => c.Catalogs.ListAsync(Page, AdAccount)),
            ["catalogs.create"] = ("catalogs/create", c => c.Catalogs.CreateAsync(new CreateCatalogRequest { CatalogType = CatalogTypes.Hotel, Name = "Stays" }, AdAccount)),
        };

    public static TheoryData<string> Names => [.. Calls.Keys];
}
