using GraphApi.Pinterest.Catalogs;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Patching;

namespace GraphApi.Pinterest.Tests.Catalogs;

/// <summary>One call per catalogs client method with every optional parameter set, for the spec check (kept apart from OperationCatalog).</summary>
internal static class CatalogsOperationCatalog
{
    private const string AdAccount = "549755885175";
    private const string Catalog = "864344156814050986";
    private const string Feed = "2680059592705";
    private static readonly PageRequest Page = new(250, "bookmark-1");

    public static readonly IReadOnlyDictionary<string, (string OperationId, Func<IPinterestClient, Task> Call)> Calls =
        new Dictionary<string, (string, Func<IPinterestClient, Task>)>
        {
            ["catalogs.list"] = ("catalogs/list", c => c.Catalogs.ListAsync(Page, AdAccount)),
            ["catalogs.create"] = ("catalogs/create", c => c.Catalogs.CreateAsync(new CreateCatalogRequest { CatalogType = CatalogTypes.Hotel, Name = "Stays" }, AdAccount)),
            ["feeds.list"] = ("feeds/list", c => c.Catalogs.ListFeedsAsync(Catalog, Page, AdAccount)),
            ["feeds.create.retail"] = ("feeds/create", c => c.Catalogs.CreateFeedAsync(new CreateCatalogFeedRequest
            {
                CatalogType = CatalogTypes.Retail,
                CatalogId = Catalog,
                Name = "Shop",
                Format = "CSV",
                Location = "https://shop.example/feed.csv",
                DefaultLocale = "en-US",
                DefaultCountry = "US",
                DefaultCurrency = "USD",
                DefaultAvailability = "IN_STOCK",
                Status = "ACTIVE",
                Credentials = new CatalogFeedCredentials { Username = "shop", Password = "s3cret" },
                PreferredProcessingSchedule = new CatalogFeedSchedule { Time = "02:59", Timezone = "Europe/London" },
            }, AdAccount)),
            ["feeds.create.hotel"] = ("feeds/create", c => c.Catalogs.CreateFeedAsync(new CreateCatalogFeedRequest
            {
                CatalogType = CatalogTypes.Hotel,
                CatalogId = Catalog,
                Name = "Stays",
                Format = "XML",
                Location = "sftp://stays.example/feed.xml",
                DefaultLocale = "en-US",
                DefaultCurrency = "EUR",
            })),
            ["feeds.create.creative"] = ("feeds/create", c => c.Catalogs.CreateFeedAsync(new CreateCatalogFeedRequest
            {
                CatalogType = CatalogTypes.CreativeAssets,
                CatalogId = Catalog,
                Name = "Creatives",
                Format = "TSV",
                Location = "https://ads.example/assets.tsv",
                DefaultLocale = "en-US",
                DefaultCountry = "GB",
            })),
            ["feeds.get"] = ("feeds/get", c => c.Catalogs.GetFeedAsync(Feed, AdAccount)),
            ["feeds.update"] = ("feeds/update", c => c.Catalogs.UpdateFeedAsync(Feed, new UpdateCatalogFeedRequest
            {
                CatalogType = CatalogTypes.Retail,
                Name = "Renamed",
                Format = "TSV",
                Location = "ftp://shop.example/feed.tsv",
                Status = "INACTIVE",
                DefaultCurrency = "GBP",
                DefaultAvailability = "PREORDER",
                Credentials = new CatalogFeedCredentials { Username = "shop", Password = "n3w" },
                PreferredProcessingSchedule = new CatalogFeedSchedule { Time = "23:00", Timezone = "America/Chicago" },
            }, AdAccount)),
            ["feeds.update.clear"] = ("feeds/update", c => c.Catalogs.UpdateFeedAsync(Feed, new UpdateCatalogFeedRequest
            {
                CatalogType = CatalogTypes.Retail,
                Credentials = Patch.Null<CatalogFeedCredentials>(),
                DefaultCurrency = Patch.Null<string>(),
                DefaultAvailability = Patch.Null<string>(),
            })),
            ["feeds.delete"] = ("feeds/delete", c => c.Catalogs.DeleteFeedAsync(Feed, AdAccount)),
            ["feeds.ingest"] = ("feeds/ingest", c => c.Catalogs.IngestFeedAsync(Feed, AdAccount)),
            ["processing_results.list"] = ("feed_processing_results/list", c => c.Catalogs.ListProcessingResultsAsync(Feed, Page, AdAccount)),
            ["item_issues.list"] = ("items_issues/list", c => c.Catalogs.ListItemIssuesAsync("5224831246441439241", new ListItemIssuesRequest { ItemNumbers = [1, 5], ItemValidationIssue = "TITLE_MISSING", Page = Page }, AdAccount)),
            ["reports.create.ingestion"] = ("reports/create", c => c.Catalogs.CreateReportAsync(new CreateCatalogReportRequest
            {
                CatalogType = CatalogTypes.Retail,
                Report = new CatalogReportFilter { ReportType = CatalogReportTypes.FeedIngestionIssues, FeedId = Feed, ProcessingResultId = "5224831246441439241" },
            }, AdAccount)),
            ["reports.create.distribution"] = ("reports/create", c => c.Catalogs.CreateReportAsync(new CreateCatalogReportRequest
            {
                CatalogType = CatalogTypes.Hotel,
                Report = new CatalogReportFilter { ReportType = CatalogReportTypes.DistributionIssues, CatalogId = Catalog },
            })),
            ["reports.create.all_items"] = ("reports/create", c => c.Catalogs.CreateReportAsync(new CreateCatalogReportRequest
            {
                CatalogType = CatalogTypes.Retail,
                Report = new CatalogReportFilter { ReportType = CatalogReportTypes.AllItems, CatalogId = Catalog },
            })),
            ["reports.get"] = ("reports/get", c => c.Catalogs.GetReportAsync("token-1", AdAccount)),
        };

    public static TheoryData<string> Names => [.. Calls.Keys];
}
