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
    }

    public static string Id(long prefix, int number) => (prefix + number).ToString(CultureInfo.InvariantCulture);

    private static void AddCatalog(SandboxDbContext db, string id, string ownerId, string name, string type, int days)
    {
        var created = SeedCatalog.Epoch.AddDays(days);
        db.Catalogs.Add(new CatalogEntity { Id = id, OwnerId = ownerId, Name = name, CatalogType = type, CreatedAt = created, UpdatedAt = created });
    }
}
