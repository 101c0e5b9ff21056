using System.Globalization;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Contract;

/// <summary>One representative successful call per served operation, each creating what it changes.</summary>
internal static class ContractCases
{
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Ago(int days) => DateTime.UtcNow.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static readonly Dictionary<string, Func<ContractCall, Task<ContractResult>>> All = new Dictionary<string, Func<ContractCall, Task<ContractResult>>>(StringComparer.Ordinal)
    {
        ["user_account/get"] = c => c.GetAsync("v5/user_account"),
        ["user_account/analytics"] = c => c.GetAsync($"v5/user_account/analytics?start_date={Ago(7)}&end_date={Today}"),
        ["user_account/analytics/top_pins"] = c => c.GetAsync($"v5/user_account/analytics/top_pins?start_date={Ago(7)}&end_date={Today}&sort_by=IMPRESSION&num_of_pins=5"),
        ["user_account/analytics/top_video_pins"] = c => c.GetAsync($"v5/user_account/analytics/top_video_pins?start_date={Ago(7)}&end_date={Today}&sort_by=IMPRESSION"),
        ["linked_business_accounts/get"] = c => c.GetAsync("v5/user_account/businesses"),
        ["followers/list"] = c => c.GetAsync("v5/user_account/followers"),
        ["user_following/get"] = c => c.GetAsync("v5/user_account/following"),
        ["boards_user_follows/list"] = c => c.GetAsync("v5/user_account/following/boards"),
        ["follow_user/update"] = c => c.SendAsync(HttpMethod.Post, $"v5/user_account/following/{SandboxDemoUsers.Curator}", new JsonObject { ["auto_follow"] = false }),
        ["user_websites/get"] = c => c.GetAsync("v5/user_account/websites"),
        ["verify_website/update"] = c => c.SendAsync(HttpMethod.Post, "v5/user_account/websites", new JsonObject { ["website"] = "pinner.example", ["verification_method"] = "METATAG" }),
        ["unverify_website/delete"] = async c =>
        {
            await c.SendAsync(HttpMethod.Post, "v5/user_account/websites", new JsonObject { ["website"] = "gone.example" }, "verify_website/update");
            return await c.SendAsync(HttpMethod.Delete, "v5/user_account/websites?website=gone.example", null);
        },
        ["website_verification/get"] = c => c.GetAsync("v5/user_account/websites/verification"),
        ["user_account/followed_interests"] = c => c.GetAsync($"v5/users/{SandboxDemoUsers.Pinner}/interests/follow"),

        ["boards/list"] = c => c.GetAsync("v5/boards"),
        ["boards/create"] = c => c.SendAsync(HttpMethod.Post, "v5/boards", new JsonObject { ["name"] = "Contract board", ["description"] = "made by a test", ["privacy"] = "PUBLIC" }),
        ["boards/get"] = c => c.GetAsync($"v5/boards/{SeedIds.DinnersBoard}"),
        ["boards/update"] = async c => await c.SendAsync(HttpMethod.Patch, $"v5/boards/{await c.NewBoardAsync()}", new JsonObject { ["name"] = "Renamed", ["privacy"] = "SECRET" }),
        ["boards/delete"] = async c => await c.SendAsync(HttpMethod.Delete, $"v5/boards/{await c.NewBoardAsync()}", null),
        ["boards/list_pins"] = c => c.GetAsync($"v5/boards/{SeedIds.DinnersBoard}/pins?pin_metrics=true"),
        ["board_sections/list"] = c => c.GetAsync($"v5/boards/{SeedIds.DinnersBoard}/sections"),
        ["board_sections/create"] = async c => await c.SendAsync(HttpMethod.Post, $"v5/boards/{await c.NewBoardAsync()}/sections", new JsonObject { ["name"] = "New section" }),
        ["board_sections/update"] = async c =>
        {
            var board = await c.NewBoardAsync();
            var section = await c.NewSectionAsync(board);
            return await c.SendAsync(HttpMethod.Patch, $"v5/boards/{board}/sections/{section}", new JsonObject { ["name"] = "Renamed section" });
        },
        ["board_sections/delete"] = async c =>
        {
            var board = await c.NewBoardAsync();
            return await c.SendAsync(HttpMethod.Delete, $"v5/boards/{board}/sections/{await c.NewSectionAsync(board)}", null);
        },
        ["board_sections/list_pins"] = c => c.GetAsync($"v5/boards/{SeedIds.DinnersBoard}/sections/{SeedIds.PastaSection}/pins"),

        ["pins/list"] = c => c.GetAsync("v5/pins?page_size=50"),
        ["pins/create"] = c => c.SendAsync(HttpMethod.Post, "v5/pins", NewPin()),
        ["pins/get"] = c => c.GetAsync($"v5/pins/{SeedIds.DinnerPin}?pin_metrics=true"),
        ["pins/update"] = async c => await c.SendAsync(HttpMethod.Patch, $"v5/pins/{await c.NewPinAsync()}", new JsonObject { ["title"] = "Updated title", ["alt_text"] = "updated" }),
        ["pins/delete"] = async c => await c.SendAsync(HttpMethod.Delete, $"v5/pins/{await c.NewPinAsync()}", null),
        ["pins/save"] = c => c.SendAsync(HttpMethod.Post, $"v5/pins/{SeedIds.ArchitecturePin}/save", new JsonObject { ["board_id"] = SeedIds.DinnersBoard }),
        ["pins/analytics"] = c => c.GetAsync($"v5/pins/{SeedIds.DinnerPin}/analytics?start_date={Ago(30)}&end_date={Today}&metric_types=IMPRESSION,SAVE,SAVE_RATE"),
        ["multi_pins/analytics"] = c => c.GetAsync($"v5/pins/analytics?pin_ids={SeedIds.DinnerPin},93000000000000002,{SeedIds.SpringVideoPin}&start_date={Ago(10)}&end_date={Today}&metric_types=IMPRESSION,PIN_CLICK,VIDEO_START"),

        ["media/list"] = c => c.GetAsync("v5/media"),
        ["media/create"] = c => c.SendAsync(HttpMethod.Post, "v5/media", new JsonObject { ["media_type"] = "video" }),
        ["media/get"] = async c =>
        {
            var created = await c.SendAsync(HttpMethod.Post, "v5/media", new JsonObject { ["media_type"] = "video" }, "media/create");
            return await c.GetAsync($"v5/media/{created.Body!["media_id"]}");
        },

        ["audiences/list"] = c => c.GetAsync($"v5/ad_accounts/{Ad}/audiences?order=DESCENDING&page_size=5"),
        ["audiences/get"] = c => c.GetAsync($"v5/ad_accounts/{Ad}/audiences/{AdSeedIds.PinnerAudience}"),
        ["audiences/create"] = c => c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/audiences", NewAudience()),
        ["audiences/update"] = async c =>
        {
            var created = await c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/audiences", NewAudience(), "audiences/create");
            return await c.SendAsync(HttpMethod.Patch, $"v5/ad_accounts/{Ad}/audiences/{created.Body!["id"]}", new JsonObject { ["name"] = "Renamed", ["description"] = "new", ["operation_type"] = "UPDATE" });
        },
        ["customer_lists/list"] = c => c.GetAsync($"v5/ad_accounts/{Ad}/customer_lists"),
        ["customer_lists/create"] = c => c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/customer_lists", NewCustomerList()),
        ["customer_lists/get"] = async c =>
        {
            var created = await c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/customer_lists", NewCustomerList(), "customer_lists/create");
            return await c.GetAsync($"v5/ad_accounts/{Ad}/customer_lists/{created.Body!["id"]}");
        },
        ["customer_lists/update"] = async c =>
        {
            var created = await c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/customer_lists", NewCustomerList(), "customer_lists/create");
            return await c.SendAsync(HttpMethod.Patch, $"v5/ad_accounts/{Ad}/customer_lists/{created.Body!["id"]}", new JsonObject { ["operation_type"] = "ADD", ["records"] = "c@example.test" });
        },
        ["conversion_tags/list"] = c => c.GetAsync($"v5/ad_accounts/{Ad}/conversion_tags?filter_deleted=true"),
        ["conversion_tags/get"] = c => c.GetAsync($"v5/ad_accounts/{Ad}/conversion_tags/{AdSeedIds.PinnerConversionTag}"),
        ["conversion_tags/create"] = c => c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/conversion_tags", new JsonObject { ["name"] = "Contract tag", ["aem_enabled"] = true }),
        ["keywords/create"] = c => c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/keywords", NewKeywords()),
        ["keywords/get"] = async c =>
        {
            await c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/keywords", NewKeywords(), "keywords/create");
            return await c.GetAsync($"v5/ad_accounts/{Ad}/keywords?match_types=BROAD&match_types=EXACT");
        },
        ["keywords/update"] = async c =>
        {
            var created = await c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/keywords", NewKeywords(), "keywords/create");
            var id = created.Body!["keywords"]![0]!["id"]!.GetValue<string>();
            return await c.SendAsync(HttpMethod.Patch, $"v5/ad_accounts/{Ad}/keywords", new JsonObject { ["keywords"] = new JsonArray(new JsonObject { ["id"] = id, ["archived"] = true, ["bid"] = 300000 }) });
        },
        ["ad_groups/audience_sizing"] = c => c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/ad_groups/audience_sizing",
            new JsonObject { ["targeting_spec"] = new JsonObject { ["LOCATION"] = new JsonArray("US"), ["AGE_BUCKET"] = new JsonArray("25-34") } }),
        ["ad_groups_bid_floor/get"] = c => c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/bid_floor",
            new JsonObject { ["bid_floor_specs"] = new JsonArray(new JsonObject { ["billable_event"] = "CLICKTHROUGH", ["currency"] = "USD" }) }),
        ["analytics/create_report"] = c => c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/reports", NewReport()),
        ["analytics/get_report"] = async c =>
        {
            var created = await c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/reports", NewReport(), "analytics/create_report");
            var token = Uri.EscapeDataString(created.Body!["token"]!.GetValue<string>());
            await c.GetAsync($"v5/ad_accounts/{Ad}/reports?token={token}");
            return await c.GetAsync($"v5/ad_accounts/{Ad}/reports?token={token}");
        },
        ["bulk_download/create"] = c => c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/bulk/download", new JsonObject { ["entity_types"] = new JsonArray("CAMPAIGN", "AD") }),
        ["bulk_request/get"] = async c =>
        {
            var created = await c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/bulk/download", new JsonObject { ["entity_types"] = new JsonArray("CAMPAIGN") }, "bulk_download/create");
            await c.GetAsync($"v5/ad_accounts/{Ad}/bulk/{created.Body!["request_id"]}");
            return await c.GetAsync($"v5/ad_accounts/{Ad}/bulk/{created.Body!["request_id"]}?include_details=true");
        },
        ["billing_profiles/get"] = c => c.GetAsync($"v5/ad_accounts/{Ad}/billing_profiles?is_active=true"),
        ["ads_credits_discounts/get"] = c => c.GetAsync($"v5/ad_accounts/{Ad}/ads_credit/discounts"),
        ["ads_credit/redeem"] = c => c.SendAsync(HttpMethod.Post, $"v5/ad_accounts/{Ad}/ads_credit/redeem", new JsonObject { ["offerCodeHash"] = AdSeedIds.OfferCodeHash, ["validateOnly"] = true }),
        ["billing_invoices/get"] = c => c.GetAsync($"v5/ad_accounts/{Ad}/billing_invoices?status=OPEN&document_type=INVOICE"),

        ["search_user_boards/get"] = c => c.GetAsync("v5/search/boards?query=ideas"),
        ["search_user_pins/list"] = c => c.GetAsync("v5/search/pins?query=pasta"),
        ["search_partner_pins"] = c => c.GetAsync("v5/search/partner/pins?term=concrete&country_code=US&limit=5"),
    }.Concat(AdsContractCases.All).Concat(CatalogsContractCases.All).Concat(CatalogItemsContractCases.All).ToDictionary(StringComparer.Ordinal);

    /// <summary>demo.pinner's ad account: the contract tests run as demo.pinner.</summary>
    private const string Ad = AdSeedIds.PinnerAccount;

    private static JsonObject NewAudience() => new()
    {
        ["name"] = "Contract audience",
        ["audience_type"] = "VISITOR",
        ["description"] = "made by a test",
        ["rule"] = new JsonObject { ["retention_days"] = 30, ["event"] = "checkout", ["visitor_source_id"] = AdSeedIds.PinnerConversionTag },
    };

    private static JsonObject NewCustomerList() => new() { ["name"] = "Contract list", ["records"] = "a@example.test,b@example.test", ["list_type"] = "EMAIL" };

    private static JsonObject NewKeywords() => new()
    {
        ["parent_id"] = Ad,
        ["keywords"] = new JsonArray(new JsonObject { ["value"] = "ceramic vase", ["match_type"] = "BROAD" }, new JsonObject { ["value"] = "x", ["match_type"] = "EXACT", ["bid"] = 150000 }),
    };

    private static JsonObject NewReport() => new()
    {
        ["start_date"] = Ago(7),
        ["end_date"] = Today,
        ["granularity"] = "DAY",
        ["level"] = "CAMPAIGN",
        ["columns"] = new JsonArray("SPEND_IN_MICRO_DOLLAR", "PAID_IMPRESSION"),
    };

    public static JsonObject NewPin(string boardId = SeedIds.DinnersBoard) => new()
    {
        ["board_id"] = boardId,
        ["title"] = "Contract pin",
        ["description"] = "Created by the contract tests.",
        ["link"] = "https://example.com/contract",
        ["alt_text"] = "A test image",
        ["media_source"] = new JsonObject { ["source_type"] = "image_url", ["url"] = "https://example.com/image.jpg" },
    };
}
