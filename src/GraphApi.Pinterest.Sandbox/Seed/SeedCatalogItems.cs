using System.Globalization;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Data;

namespace GraphApi.Pinterest.Sandbox.Seed;

/// <summary>
/// Items and product groups of the seeded catalogs (<see cref="SeedCatalogs"/>): a few dozen items per catalog of
/// demo.business (retail <c>SKU-1-NN</c>, hotel <c>HOTEL-2-NN</c>, creative assets <c>CA-3-NN</c>) and a dozen in
/// demo.pinner's shop (<c>SKU-4-NN</c>), product groups in the <c>985…</c> range. Retail items point at the owner's
/// Pins (round robin), so product groups have products. Deterministic: no random draws.
/// </summary>
internal static class SeedCatalogItems
{
    public const int BusinessRetailItems = 36;
    public const int BusinessHotelItems = 24;
    public const int BusinessCreativeAssetsItems = 24;
    public const int PinnerRetailItems = 12;

    public const string AllProductsGroupId = "98500000000000001";
    public const string AcmeGroupId = "98500000000000002";
    public const string UnderTwentyGroupId = "98500000000000003";
    public const string OutOfStockGroupId = "98500000000000004";
    public const string AllListingsGroupId = "98500000000000005";
    public const string CityStaysGroupId = "98500000000000006";
    public const string SpringCreativesGroupId = "98500000000000007";
    public const string PinnerPicksGroupId = "98500000000000008";

    private static readonly string[] Brands = ["Acme", "Birch", "Cobalt"];
    private static readonly string[] Availabilities = ["in stock", "in stock", "out of stock", "preorder"];
    private static readonly string[] Products = ["mug", "vase", "lamp", "throw", "bowl", "print"];

    /// <summary>Adds items and groups to <paramref name="db"/> (after the catalogs and pins); the caller saves.</summary>
    public static void Add(SandboxDbContext db)
    {
        var business = SeedCatalog.UserId(SandboxDemoUsers.Business);
        var pinner = SeedCatalog.UserId(SandboxDemoUsers.Pinner);
        var businessPins = PinsOf(db, business);
        var pinnerPins = PinsOf(db, pinner);
        var created = SeedCatalog.Epoch.AddDays(-90);

        for (var n = 1; n <= BusinessRetailItems; n++)
        {
            Item(db, SeedCatalogs.BusinessRetailCatalogId, business, "RETAIL", "item_id", $"SKU-1-{n:00}", Retail(n, "demo-studio"), Pin(businessPins, n), created);
        }

        for (var n = 1; n <= PinnerRetailItems; n++)
        {
            Item(db, SeedCatalogs.PinnerRetailCatalogId, pinner, "RETAIL", "item_id", $"SKU-4-{n:00}", Retail(n, "pinners-corner"), Pin(pinnerPins, n), created);
        }

        for (var n = 1; n <= BusinessHotelItems; n++)
        {
            Item(db, SeedCatalogs.BusinessHotelCatalogId, business, "HOTEL", "hotel_id", $"HOTEL-2-{n:00}", new JsonObject
            {
                ["name"] = $"Demo Stay {n}",
                ["link"] = $"https://demo-studio.example/stays/{n}",
                ["description"] = n % 2 == 0 ? "A quiet room in the city." : "A cabin by the lake.",
                ["brand"] = n % 2 == 0 ? "City" : "Lake",
                ["main_image"] = new JsonObject { ["link"] = $"https://demo-studio.example/stays/{n}.jpg" },
            }, Pin(businessPins, n + 100), created);
        }

        for (var n = 1; n <= BusinessCreativeAssetsItems; n++)
        {
            Item(db, SeedCatalogs.BusinessCreativeAssetsCatalogId, business, "CREATIVE_ASSETS", "creative_assets_id", $"CA-3-{n:00}", new JsonObject
            {
                ["title"] = $"Spring creative {n}",
                ["link"] = $"https://demo-studio.example/creatives/{n}",
                ["image_link"] = $"https://demo-studio.example/creatives/{n}.jpg",
            }, Pin(businessPins, n + 200), created);
        }

        Group(db, AllProductsGroupId, SeedCatalogs.BusinessRetailCatalogId, business, "RETAIL", "All products", "ALL_PRODUCTS", Filters("any_of"), created);
        Group(db, AcmeGroupId, SeedCatalogs.BusinessRetailCatalogId, business, "RETAIL", "Acme", "MERCHANT_CREATED", Filters("any_of", ("BRAND", Values("Acme"))), created);
        Group(db, UnderTwentyGroupId, SeedCatalogs.BusinessRetailCatalogId, business, "RETAIL", "Under $20", "MERCHANT_CREATED",
            Filters("all_of", ("MAX_PRICE", new JsonObject { ["values"] = 20 })), created);
        Group(db, OutOfStockGroupId, SeedCatalogs.BusinessRetailCatalogId, business, "RETAIL", "Out of stock", "MERCHANT_CREATED",
            Filters("any_of", ("AVAILABILITY", Values("out of stock"))), created);
        Group(db, AllListingsGroupId, SeedCatalogs.BusinessHotelCatalogId, business, "HOTEL", "All listings", "ALL_LISTINGS", Filters("any_of"), created);
        Group(db, CityStaysGroupId, SeedCatalogs.BusinessHotelCatalogId, business, "HOTEL", "City stays", "MERCHANT_CREATED", Filters("any_of", ("BRAND", Values("City"))), created);
        Group(db, SpringCreativesGroupId, SeedCatalogs.BusinessCreativeAssetsCatalogId, business, "CREATIVE_ASSETS", "Spring creatives", null,
            Filters("any_of", ("CREATIVE_ASSETS_ID", Values("CA-3-01", "CA-3-02", "CA-3-03"))), created);
        Group(db, PinnerPicksGroupId, SeedCatalogs.PinnerRetailCatalogId, pinner, "RETAIL", "Pinner picks", "MERCHANT_CREATED", Filters("any_of", ("BRAND", Values("Birch"))), created);
    }

    private static JsonObject Retail(int n, string shop)
    {
        var product = Products[n % Products.Length];
        return new JsonObject
        {
            ["title"] = $"{Brands[n % Brands.Length]} {product} {n}",
            ["description"] = $"A {product} from the demo shop.",
            ["link"] = $"https://{shop}.example/products/{product}-{n}",
            ["image_link"] = new JsonArray($"https://{shop}.example/products/{product}-{n}.jpg"),
            ["price"] = string.Create(CultureInfo.InvariantCulture, $"{8 + ((n * 7) % 40)}.00 USD"),
            ["availability"] = Availabilities[n % Availabilities.Length],
            ["brand"] = Brands[n % Brands.Length],
            ["condition"] = "new",
            ["item_group_id"] = $"{product.ToUpperInvariant()}-GROUP",
            ["product_type"] = $"Home > {product}",
        };
    }

    private static void Item(SandboxDbContext db, string catalogId, string ownerId, string vertical, string idField, string id, JsonObject attributes, string? pinId, DateTime created) =>
        db.CatalogItemRecords.Add(new CatalogItemRecordEntity
        {
            CatalogId = catalogId,
            Kind = CatalogItemRecordKinds.Item,
            Id = id,
            OwnerId = ownerId,
            PinId = pinId,
            CreatedAt = created,
            Json = new JsonObject { ["catalog_type"] = vertical, [idField] = id, ["attributes"] = attributes }.ToJsonString(),
        });

    private static void Group(SandboxDbContext db, string id, string catalogId, string ownerId, string vertical, string name, string? type, JsonObject filters, DateTime created)
    {
        var at = new DateTimeOffset(created).ToUnixTimeSeconds();
        var body = new JsonObject
        {
            ["id"] = id,
            ["catalog_id"] = catalogId,
            ["catalog_type"] = vertical,
            ["name"] = name,
            ["description"] = null,
            ["filters"] = filters,
            ["created_at"] = at,
            ["updated_at"] = at,
        };
        if (vertical == "RETAIL")
        {
            body["feed_id"] = null;
            body["status"] = "ACTIVE";
            body["country"] = "US";
            body["locale"] = "en-US";
        }

        if (type is not null)
        {
            body["type"] = type;
        }

        db.CatalogItemRecords.Add(new CatalogItemRecordEntity
        {
            CatalogId = catalogId,
            Kind = CatalogItemRecordKinds.ProductGroup,
            Id = id,
            OwnerId = ownerId,
            CreatedAt = created,
            Json = body.ToJsonString(),
        });
    }

    private static JsonObject Filters(string mode, params (string Key, JsonObject Criteria)[] criteria) =>
        new() { [mode] = new JsonArray(criteria.Select(c => (JsonNode)new JsonObject { [c.Key] = c.Criteria }).ToArray()) };

    private static JsonObject Values(params string[] values) =>
        new() { ["values"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()) };

    private static List<string> PinsOf(SandboxDbContext db, string ownerId) =>
        db.Pins.Local.Where(p => p.OwnerId == ownerId).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();

    private static string? Pin(List<string> pins, int n) => pins.Count == 0 ? null : pins[n % pins.Count];
}
