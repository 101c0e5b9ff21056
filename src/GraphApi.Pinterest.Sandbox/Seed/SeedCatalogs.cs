using System.Globalization;
using GraphApi.Pinterest.Sandbox.Data;

namespace GraphApi.Pinterest.Sandbox.Seed;

/// <summary>
/// The seeded commerce catalogs (not <see cref="SeedCatalog"/>, the boards/pins demo world): demo.business owns one
/// catalog per vertical (retail, hotel, creative assets), demo.pinner owns one retail catalog so another user's ids can
/// be tried. Fixed ids in the catalogs range <c>981…</c>.
/// </summary>
internal static class SeedCatalogs
{
    public const string BusinessRetailCatalogId = "98100000000000001";
    public const string BusinessHotelCatalogId = "98100000000000002";
    public const string BusinessCreativeAssetsCatalogId = "98100000000000003";
    public const string PinnerRetailCatalogId = "98100000000000004";

    /// <summary>Adds the catalogs to <paramref name="db"/>; the caller saves.</summary>
    public static void Add(SandboxDbContext db)
    {
        var business = SeedCatalog.UserId(SandboxDemoUsers.Business);
        var pinner = SeedCatalog.UserId(SandboxDemoUsers.Pinner);
        AddCatalog(db, BusinessRetailCatalogId, business, "Demo Studio Shop", "RETAIL", -100);
        AddCatalog(db, BusinessHotelCatalogId, business, "Demo Studio Stays", "HOTEL", -80);
        AddCatalog(db, BusinessCreativeAssetsCatalogId, business, "Demo Studio Creatives", "CREATIVE_ASSETS", -60);
        AddCatalog(db, PinnerRetailCatalogId, pinner, "Pinner's Corner Shop", "RETAIL", -50);

        // One feed per catalog, each with one completed processing result.
        AddFeed(db, 1, business, BusinessRetailCatalogId, "RETAIL", "Shop feed", "https://demo-studio.example/feeds/shop.csv", "CSV");
        AddFeed(db, 2, business, BusinessHotelCatalogId, "HOTEL", "Stays feed", "https://demo-studio.example/feeds/stays.xml", "XML");
        AddFeed(db, 3, business, BusinessCreativeAssetsCatalogId, "CREATIVE_ASSETS", "Creatives feed", "https://demo-studio.example/feeds/creatives.tsv", "TSV");
        AddFeed(db, 4, pinner, PinnerRetailCatalogId, "RETAIL", "Corner shop feed", "https://pinner.example/feed.csv", "CSV");
    }

    public static string FeedId(int number) => Id(98200000000000000L, number);

    public static string ProcessingResultId(int number) => Id(98300000000000000L, number);

    private static void AddFeed(SandboxDbContext db, int number, string ownerId, string catalogId, string type, string name, string location, string format)
    {
        var created = SeedCatalog.Epoch.AddDays(-40 + number);
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["name"] = name,
            ["format"] = format,
            ["location"] = location,
            ["default_locale"] = "en-US",
            ["default_currency"] = "USD",
            ["preferred_processing_schedule"] = new System.Text.Json.Nodes.JsonObject { ["time"] = "02:30", ["timezone"] = "America/New_York" },
        };
        if (type != "HOTEL")
        {
            body["default_country"] = "US";
        }

        if (type == "RETAIL")
        {
            body["default_availability"] = "IN_STOCK";
            // The seeded retail feeds are password-protected: the password is never stored, the answer shows a mask.
            body["credentials"] = new System.Text.Json.Nodes.JsonObject { ["username"] = "feedbot", ["password"] = "seeded-secret" };
        }

        var feedId = FeedId(number);
        Api.Catalogs.CatalogStore.Add(db, ownerId, CatalogResourceKinds.Feed, feedId, catalogId, Api.Catalogs.CatalogFeedEndpoints.NewFeed(feedId, catalogId, type, body, created), created);
        var result = Api.Catalogs.FeedProcessingEndpoints.Start(db, ownerId, feedId, ProcessingResultId(number), created.AddHours(1));
        var completed = Api.Catalogs.CatalogStore.Body(result);
        Api.Catalogs.FeedProcessingEndpoints.Complete(completed, created.AddHours(2));
        Api.Catalogs.CatalogStore.Save(result, completed);
    }

    public static string Id(long prefix, int number) => (prefix + number).ToString(CultureInfo.InvariantCulture);

    private static void AddCatalog(SandboxDbContext db, string id, string ownerId, string name, string type, int days)
    {
        var created = SeedCatalog.Epoch.AddDays(days);
        db.Catalogs.Add(new CatalogEntity { Id = id, OwnerId = ownerId, Name = name, CatalogType = type, CreatedAt = created, UpdatedAt = created });
    }
}
