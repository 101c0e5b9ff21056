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
        ["multi_pins/analytics"] = c => c.GetAsync($"v5/pins/analytics?pin_ids={SeedIds.DinnerPin},93000000000000002&start_date={Ago(10)}&end_date={Today}&metric_types=IMPRESSION,PIN_CLICK"),

        ["media/list"] = c => c.GetAsync("v5/media"),
        ["media/create"] = c => c.SendAsync(HttpMethod.Post, "v5/media", new JsonObject { ["media_type"] = "video" }),
        ["media/get"] = async c =>
        {
            var created = await c.SendAsync(HttpMethod.Post, "v5/media", new JsonObject { ["media_type"] = "video" }, "media/create");
            return await c.GetAsync($"v5/media/{created.Body!["media_id"]}");
        },

        ["search_user_boards/get"] = c => c.GetAsync("v5/search/boards?query=ideas"),
        ["search_user_pins/list"] = c => c.GetAsync("v5/search/pins?query=pasta"),
        ["search_partner_pins"] = c => c.GetAsync("v5/search/partner/pins?term=concrete&country_code=US&limit=5"),
    }.Concat(AdsContractCases.All).ToDictionary(StringComparer.Ordinal);

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
