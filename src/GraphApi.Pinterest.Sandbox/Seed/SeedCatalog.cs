namespace GraphApi.Pinterest.Sandbox.Seed;

/// <summary>The fixed demo world: three users, eleven boards (public, protected, secret), 200 pins (6 of them videos, on Spring Collection).</summary>
internal static class SeedCatalog
{
    public static readonly DateTime Epoch = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    public static readonly (string Id, string Username, string Type, string? BusinessName, string About, string Website, string Color, int MonthlyViews)[] Users =
    [
        ("90000000000000001", SandboxDemoUsers.Pinner, "PINNER", null, "Home cook, weekend traveller, collector of ideas.", "https://pinner.example", "E60023", 1840),
        ("90000000000000002", SandboxDemoUsers.Business, "BUSINESS", "Demo Studio", "Demo Studio makes calm, colourful homeware.", "https://demo-studio.example", "2F6F8F", 52310),
        ("90000000000000003", SandboxDemoUsers.Curator, "PINNER", null, "Buildings, letters and other well-made things.", "https://curator.example", "4A4A4A", 930),
    ];

    public static readonly SeedBoard[] Boards =
    [
        new(1, SandboxDemoUsers.Pinner, "Weeknight Dinners", "Quick meals for busy evenings.", "PUBLIC", 25, ["Pasta", "Soups", "Salads"],
            ["D35400", "E67E22", "C0392B", "F1C40F", "27AE60"], ["lemon pasta", "tomato soup", "green salad", "ramen bowl", "veggie curry", "fried rice"]),
        new(2, SandboxDemoUsers.Pinner, "Travel Ideas", "Places to see next.", "PUBLIC", 25, ["Europe", "Asia"],
            ["2980B9", "3498DB", "1ABC9C", "16A085", "5DADE2"], ["Lisbon tram", "Kyoto temple", "Alps hike", "Seoul market", "Greek island", "Hanoi street"]),
        new(3, SandboxDemoUsers.Pinner, "Home Office", "", "PUBLIC", 15, [],
            ["7F8C8D", "95A5A6", "BDC3C7", "34495E"], ["standing desk", "cable tidy", "desk lamp", "plant corner", "shelf setup"]),
        new(4, SandboxDemoUsers.Pinner, "Gift Ideas", "Shh, secret.", "SECRET", 12, [],
            ["8E44AD", "9B59B6", "AF7AC5"], ["wool scarf", "ceramic mug", "photo book", "board game"]),
        new(5, SandboxDemoUsers.Pinner, "Wedding Plans", "Not public yet.", "SECRET", 13, ["Venues"],
            ["F5B7B1", "FADBD8", "F8C471"], ["garden venue", "flower arch", "table setting", "cake tier"]),
        new(6, SandboxDemoUsers.Business, "Spring Collection", "Our spring homeware line.", "PUBLIC", 30, ["Lookbook", "Behind the scenes"],
            ["A3E4D7", "76D7C4", "F9E79F", "FAD7A0", "AED6F1"], ["linen throw", "stoneware bowl", "oak tray", "glass vase", "cotton cushion"], VideoEvery: 5),
        new(7, SandboxDemoUsers.Business, "Brand Moodboard", "Colours and textures we love.", "PUBLIC", 20, [],
            ["2F6F8F", "1B4F72", "85C1E9", "D6EAF8"], ["sea blue", "sand texture", "morning light", "clay tone"]),
        new(8, SandboxDemoUsers.Business, "Ad-only Pins", "Pins made for campaigns.", "PROTECTED", 10, [],
            ["CB4335", "E74C3C"], ["spring sale", "free shipping", "new arrivals"], IsAdsOnly: true),
        new(9, SandboxDemoUsers.Business, "Upcoming Campaign", "Launching in autumn.", "SECRET", 10, [],
            ["6C3483", "512E5F"], ["autumn teaser", "launch visual", "product shot"]),
        new(10, SandboxDemoUsers.Curator, "Modern Architecture", "Concrete, glass and light.", "PUBLIC", 20, [],
            ["566573", "717D7E", "ABB2B9", "212F3D"], ["concrete stair", "glass facade", "brutalist tower", "courtyard"]),
        new(11, SandboxDemoUsers.Curator, "Typography", "Letters in the wild.", "PUBLIC", 20, [],
            ["17202A", "F4D03F", "EC7063", "FDFEFE"], ["serif poster", "neon sign", "hand lettering", "shop front"]),
    ];

    /// <summary>(follower, followee) pairs between demo users.</summary>
    public static readonly (string Follower, string Followee)[] Follows =
    [
        (SandboxDemoUsers.Pinner, SandboxDemoUsers.Curator),
        (SandboxDemoUsers.Pinner, SandboxDemoUsers.Business),
        (SandboxDemoUsers.Business, SandboxDemoUsers.Curator),
        (SandboxDemoUsers.Curator, SandboxDemoUsers.Pinner),
    ];

    /// <summary>(user, board number) pairs: boards followed without following their owner.</summary>
    public static readonly (string User, int Board)[] BoardFollows =
    [
        (SandboxDemoUsers.Pinner, 10), (SandboxDemoUsers.Pinner, 11), (SandboxDemoUsers.Pinner, 7), (SandboxDemoUsers.Curator, 6),
    ];

    public static string UserId(string username) => Users.Single(u => u.Username == username).Id;

    public static string BoardId(int number) => (91000000000000000L + number).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
