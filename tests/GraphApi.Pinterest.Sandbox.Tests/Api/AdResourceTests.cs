using System.Net;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Pinterest.Sandbox.Tests.Api;

/// <summary>The emulator's resources around the ads hierarchy: the report state machine, owner and scope checks, customer records.</summary>
public sealed class AdResourceTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly string[] AdsScopes = ["ads:read", "ads:write", "billing:read", "billing:write"];
    private const string Business = AdSeedIds.BusinessAccount;

    [Fact]
    public async Task A_report_is_in_progress_at_the_first_poll_then_finished_with_a_file_of_the_accounts_campaigns()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, AdsScopes);
        using var created = await client.PostJsonAsync($"v5/ad_accounts/{Business}/reports", new
        {
            start_date = DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            end_date = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            granularity = "TOTAL",
            level = "CAMPAIGN",
            columns = new[] { "SPEND_IN_MICRO_DOLLAR", "PAID_IMPRESSION" },
        });
        var start = await created.JsonAsync();
        var token = Uri.EscapeDataString(start["token"]!.GetValue<string>());

        var first = await client.GetJsonAsync($"v5/ad_accounts/{Business}/reports?token={token}");
        var second = await client.GetJsonAsync($"v5/ad_accounts/{Business}/reports?token={token}");
        using var anonymous = fixture.Host.CreateClient();
        using var file = await anonymous.GetAsync(new Uri(second["url"]!.GetValue<string>()));
        var rows = (await file.JsonAsync())["CAMPAIGN"]!.AsArray();

        start["report_status"]!.GetValue<string>().ShouldBe("IN_PROGRESS");
        first["report_status"]!.GetValue<string>().ShouldBe("IN_PROGRESS");
        first["url"].ShouldBeNull();
        second["report_status"]!.GetValue<string>().ShouldBe("FINISHED");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        rows.Count.ShouldBe(3);
        rows[0]!["SPEND_IN_MICRO_DOLLAR"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task A_bulk_download_runs_once_then_succeeds_and_its_file_is_404_until_then()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, AdsScopes);
        using var created = await client.PostJsonAsync($"v5/ad_accounts/{Business}/bulk/download", new { entity_types = new[] { "CAMPAIGN", "AD_GROUP" } });
        var id = (await created.JsonAsync())["request_id"]!.GetValue<string>();
        using var anonymous = fixture.Host.CreateClient();
        using var early = await anonymous.GetAsync(new Uri($"{SandboxHost.PathBase.TrimStart('/')}/files/exports/{id}", UriKind.Relative));

        var first = await client.GetJsonAsync($"v5/ad_accounts/{Business}/bulk/{id}");
        var second = await client.GetJsonAsync($"v5/ad_accounts/{Business}/bulk/{id}");
        using var file = await anonymous.GetAsync(new Uri(second["result_url"]!.GetValue<string>()));
        var body = await file.JsonAsync();

        early.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        first["status"]!.GetValue<string>().ShouldBe("RUNNING");
        second["status"]!.GetValue<string>().ShouldBe("SUCCEEDED");
        body["CAMPAIGN"]!.AsArray().Count.ShouldBe(3);
        body["AD_GROUP"]!.AsArray().Count.ShouldBe(30);
    }

    [Theory]
    [InlineData("v5/ad_accounts/94000000000000001/audiences")]
    [InlineData("v5/ad_accounts/94000000000000001/customer_lists/98200000000000001")]
    [InlineData("v5/ad_accounts/94000000000000001/billing_invoices")]
    [InlineData("v5/ad_accounts/94000000000000001/reports?token=x")]
    public async Task Another_users_ad_account_is_refused_as_pinterest_does(string url)
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, AdsScopes);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.JsonAsync()).Code().ShouldBe(29);
    }

    [Fact]
    public async Task Billing_needs_a_billing_scope_besides_ads_read()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, "ads:read");
        using var response = await client.GetAsync(new Uri($"v5/ad_accounts/{Business}/billing_profiles?is_active=true", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.JsonAsync()).Code().ShouldBe(3);
    }

    [Fact]
    public async Task A_customer_list_keeps_counts_and_never_the_records()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, AdsScopes);
        using var created = await client.PostJsonAsync($"v5/ad_accounts/{Business}/customer_lists",
            new { name = "Secret leads", records = "first.secret@example.test,second.secret@example.test" });
        var list = await created.JsonAsync();
        using var updated = await client.PatchJsonAsync($"v5/ad_accounts/{Business}/customer_lists/{list["id"]}", new { operation_type = "REMOVE", records = "first.secret@example.test" });

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<SandboxDbContext>().AdResources.AsNoTracking().Select(r => r.Json).ToListAsync();

        list["num_uploaded_user_records"]!.GetValue<long>().ShouldBe(2);
        (await updated.JsonAsync())["num_removed_user_records"]!.GetValue<long>().ShouldBe(1);
        stored.ShouldNotContain(json => json.Contains("secret@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sandbox_offer_code_is_redeemed_once_and_only_its_hash_is_accepted()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, AdsScopes);
        async Task<JsonNode> RedeemAsync(string hash, bool validateOnly)
        {
            using var response = await client.PostJsonAsync($"v5/ad_accounts/{Business}/ads_credit/redeem", new JsonObject { ["offerCodeHash"] = hash, ["validateOnly"] = validateOnly });
            return await response.JsonAsync();
        }

        var check = await RedeemAsync(AdSeedIds.OfferCodeHash, validateOnly: true);
        var redeemed = await RedeemAsync(AdSeedIds.OfferCodeHash, validateOnly: false);
        var again = await RedeemAsync(AdSeedIds.OfferCodeHash, validateOnly: false);
        var unknown = await RedeemAsync("00", validateOnly: true);

        check["success"]!.GetValue<bool>().ShouldBeTrue();
        redeemed["success"]!.GetValue<bool>().ShouldBeTrue();
        again["success"]!.GetValue<bool>().ShouldBeFalse();
        again["errorCode"]!.GetValue<int>().ShouldBe(2708);
        unknown["success"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Keywords_on_another_accounts_ad_group_are_refused_and_bad_ones_come_back_as_errors()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, AdsScopes);
        using var foreign = await client.PostJsonAsync($"v5/ad_accounts/{AdSeedIds.PinnerAccount}/keywords",
            new { parent_id = "AG" + AdSeedIds.BusinessFirstAdGroup, keywords = new[] { new { value = "tea", match_type = "BROAD" } } });
        using var mixed = await client.PostJsonAsync($"v5/ad_accounts/{AdSeedIds.PinnerAccount}/keywords",
            new { parent_id = AdSeedIds.PinnerAccount, keywords = new object[] { new { value = "tea", match_type = "BROAD" }, new { value = new string('x', 121), match_type = "BROAD" } } });
        var result = await mixed.JsonAsync();

        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        result["keywords"]!.AsArray().Count.ShouldBe(1);
        result["errors"]!.AsArray().Count.ShouldBe(1);
    }
}
