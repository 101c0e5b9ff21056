using System.Globalization;
using GraphApi.Pinterest.Sandbox.Data;

namespace GraphApi.Pinterest.Sandbox.Seed;

/// <summary>
/// The seeded ads world. demo.business owns "Demo Studio Ads" with 3 campaigns × 10 ad groups × 10 ads (300 ads
/// promoting its own Pins), the shape the gateway's call-count test browses; demo.pinner owns a small account (1 × 1 × 1)
/// so another user's ids can be tried. Fixed ids, like the rest of the seed.
/// </summary>
internal static class SeedAds
{
    public const string BusinessAdAccountId = "94000000000000001";
    public const string PinnerAdAccountId = "94000000000000002";
    public const int CampaignsPerAccount = 3;
    public const int AdGroupsPerCampaign = 10;
    public const int AdsPerAdGroup = 10;

    private static readonly string[] Objectives = ["AWARENESS", "CONSIDERATION", "WEB_CONVERSION"];
    private static readonly string[] CampaignStatuses = ["ACTIVE", "ACTIVE", "PAUSED"];

    public static string CampaignId(int number) => Id(95000000000000000L, number);

    public static string AdGroupId(int number) => Id(96000000000000000L, number);

    public static string AdId(int number) => Id(97000000000000000L, number);

    /// <summary>Adds the ads world to <paramref name="db"/>; the caller saves. Pins are those already in the store or tracked.</summary>
    public static void Add(SandboxDbContext db)
    {
        var epoch = SeedCatalog.Epoch;
        var businessPins = PinsOf(db, SeedCatalog.UserId(SandboxDemoUsers.Business));
        var pinnerPins = PinsOf(db, SeedCatalog.UserId(SandboxDemoUsers.Pinner));
        db.AdAccounts.Add(new AdAccountEntity
        {
            Id = BusinessAdAccountId,
            OwnerId = SeedCatalog.UserId(SandboxDemoUsers.Business),
            Name = "Demo Studio Ads",
            Country = "US",
            Currency = "USD",
            CreatedAt = epoch.AddDays(-120),
            UpdatedAt = epoch.AddDays(-120),
        });
        db.AdAccounts.Add(new AdAccountEntity
        {
            Id = PinnerAdAccountId,
            OwnerId = SeedCatalog.UserId(SandboxDemoUsers.Pinner),
            Name = "Pinner's Shop",
            Country = "GB",
            Currency = "GBP",
            CreatedAt = epoch.AddDays(-60),
            UpdatedAt = epoch.AddDays(-60),
        });

        int adGroupNumber = 0, adNumber = 0;
        for (var c = 1; c <= CampaignsPerAccount; c++)
        {
            AddCampaign(db, BusinessAdAccountId, c, $"Spring launch {c}", Objectives[c - 1], CampaignStatuses[c - 1], epoch.AddDays(-90 + c));
            for (var g = 1; g <= AdGroupsPerCampaign; g++)
            {
                adGroupNumber++;
                AddAdGroup(db, BusinessAdAccountId, CampaignId(c), adGroupNumber, $"Audience {g} of campaign {c}", epoch.AddDays(-80 + c));
                for (var a = 1; a <= AdsPerAdGroup; a++)
                {
                    adNumber++;
                    AddAd(db, BusinessAdAccountId, CampaignId(c), AdGroupId(adGroupNumber), adNumber, businessPins[(adNumber - 1) % businessPins.Count], epoch.AddDays(-70 + c));
                }
            }
        }

        AddCampaign(db, PinnerAdAccountId, 1001, "Pinner's test campaign", "AWARENESS", "ACTIVE", epoch.AddDays(-30));
        AddAdGroup(db, PinnerAdAccountId, CampaignId(1001), 1001, "Pinner's audience", epoch.AddDays(-29));
        AddAd(db, PinnerAdAccountId, CampaignId(1001), AdGroupId(1001), 1001, pinnerPins[0], epoch.AddDays(-28));
    }

    private static void AddCampaign(SandboxDbContext db, string account, int number, string name, string objective, string status, DateTime created) =>
        db.Campaigns.Add(new CampaignEntity
        {
            Id = CampaignId(number),
            AdAccountId = account,
            Name = name,
            Status = status,
            ObjectiveType = objective,
            LifetimeSpendCap = 50_000_000_000,
            DailySpendCap = 500_000_000,
            StartTime = Unix(created),
            CreatedAt = created,
            UpdatedAt = created,
        });

    private static void AddAdGroup(SandboxDbContext db, string account, string campaignId, int number, string name, DateTime created) =>
        db.AdGroups.Add(new AdGroupEntity
        {
            Id = AdGroupId(number),
            AdAccountId = account,
            CampaignId = campaignId,
            Name = name,
            Status = "ACTIVE",
            BillableEvent = "IMPRESSION",
            BudgetType = "DAILY",
            BudgetInMicroCurrency = 20_000_000 + (number * 1_000_000L),
            BidInMicroCurrency = 1_500_000,
            StartTime = Unix(created),
            CreatedAt = created,
            UpdatedAt = created,
        });

    private static void AddAd(SandboxDbContext db, string account, string campaignId, string adGroupId, int number, string pinId, DateTime created) =>
        db.Ads.Add(new AdEntity
        {
            Id = AdId(number),
            AdAccountId = account,
            CampaignId = campaignId,
            AdGroupId = adGroupId,
            PinId = pinId,
            Name = "Ad " + number.ToString(CultureInfo.InvariantCulture),
            Status = "ACTIVE",
            CreativeType = "REGULAR",
            DestinationUrl = "https://demo-studio.example/spring?ad=" + number.ToString(CultureInfo.InvariantCulture),
            CreatedAt = created,
            UpdatedAt = created,
        });

    private static List<string> PinsOf(SandboxDbContext db, string ownerId)
    {
        var tracked = db.Pins.Local.Where(p => p.OwnerId == ownerId).Select(p => p.Id);
        var stored = db.Pins.Where(p => p.OwnerId == ownerId).Select(p => p.Id).ToList();
        return tracked.Concat(stored).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static long Unix(DateTime time) => new DateTimeOffset(time).ToUnixTimeSeconds();

    private static string Id(long prefix, int number) => (prefix + number).ToString(CultureInfo.InvariantCulture);
}
